/// Why a front-matter value was rejected by a typed wrapper's initialiser;
/// the loader places it at the value's line and column.
public struct InvalidValue: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was found, what was expected, and a hint where one helps.
    public var message: String

    /// Creates an error with a message.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
