/// Finds the source text of templates by name (for `include`, `render`, `extends`).
public protocol TemplateLoader: Sendable {
    /// The text of the template `name`, or `nil` when there is no such template.
    /// - Throws: when the template exists but cannot be read, or the name is refused.
    func source(named name: String) throws -> String?
}

/// Why a loader refused a name.
public struct TemplateLoaderError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
