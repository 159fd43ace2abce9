/// Bounds on a render, so that hostile or mistaken templates fail cleanly instead of hanging or crashing.
public struct RenderLimits: Sendable {
    /// How deep `include`, `render`, `extends` and nested blocks may go.
    public var maxDepth: Int
    /// How many loop iterations (`for`, `tablerow`) one render may run in total.
    public var maxLoopIterations: Int
    /// How many bytes of output one render may produce.
    public var maxOutputBytes: Int

    public init(maxDepth: Int = 100, maxLoopIterations: Int = 1_000_000, maxOutputBytes: Int = 64 << 20) {
        self.maxDepth = maxDepth
        self.maxLoopIterations = maxLoopIterations
        self.maxOutputBytes = maxOutputBytes
    }
}
