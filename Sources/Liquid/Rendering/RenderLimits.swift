/// Bounds on a render, so that hostile or mistaken templates fail cleanly instead of hanging or crashing.
public struct RenderLimits: Sendable {
    /// How deep `include`, `render`, `extends` and nested blocks may go; also how
    /// deep `(` and `[` may nest in one expression (both checked at parse time).
    public var maxDepth: Int
    /// How many loop iterations (`for`, `tablerow`) one render may run in total;
    /// also the most items an array built by a filter may have.
    public var maxLoopIterations: Int
    /// How many bytes of output one render may produce; also the longest text a filter may build.
    public var maxOutputBytes: Int
    /// How much filters and `capture` may build in one render, in total: the
    /// bytes of every text and the items of every array they return. It bounds
    /// the work of a value regrown in a loop (`assign s = s | prepend: 'x'`),
    /// which copies the whole value each time. Appending to a variable in place
    /// (`assign s = s | append: 'x'`) counts only the bytes appended.
    public var maxBuiltSize: Int

    public init(maxDepth: Int = 100, maxLoopIterations: Int = 1_000_000, maxOutputBytes: Int = 64 << 20,
                maxBuiltSize: Int = 1 << 30) {
        self.maxDepth = maxDepth
        self.maxLoopIterations = maxLoopIterations
        self.maxOutputBytes = maxOutputBytes
        self.maxBuiltSize = maxBuiltSize
    }
}
