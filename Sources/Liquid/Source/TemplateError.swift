/// A problem in a template, located by template name, line and column.
public struct TemplateError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The name of the template the problem is in.
    public let templateName: String
    /// The 1-based line.
    public let line: Int
    /// The 1-based column, counted in characters.
    public let column: Int
    /// What is wrong, with what was found and what was expected.
    public let message: String

    public init(templateName: String, line: Int, column: Int, message: String) {
        self.templateName = templateName
        self.line = line
        self.column = column
        self.message = message
    }

    /// `name:line:column: error: message`.
    public var description: String { "\(templateName):\(line):\(column): error: \(message)" }
}

/// Every problem found in a template (parsing collects them all before failing).
public struct TemplateErrors: Error, Sendable, CustomStringConvertible {
    /// The problems, in source order.
    public let errors: [TemplateError]

    public init(_ errors: [TemplateError]) { self.errors = errors }

    /// One located message per line.
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
