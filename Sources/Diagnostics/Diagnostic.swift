/// One located problem in an input file: `path:line:column: error: message`.
///
/// Diagnostics order by path, line, column, severity (errors first), then
/// message, so a sorted list prints the same way on every run.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a problem is: an error stops a build, a warning does not.
    public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
        /// A problem that makes the input unusable; the build fails.
        case error
        /// A likely mistake that does not stop the build.
        case warning

        /// Errors sort before warnings at the same place.
        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// Whether this is an error or a warning.
    public var severity: Severity
    /// The file, as given (usually relative to the site root, e.g. `content/stories/amal.md`).
    public var path: String
    /// The 1-based line.
    public var line: Int
    /// The 1-based column, counted in `Character`s (not bytes), so right-to-left lines point right.
    public var column: Int
    /// What was found, what was expected, and a hint where one helps.
    public var message: String

    /// Creates a diagnostic at a place in a file.
    public init(severity: Severity, path: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.path = path
        self.line = line
        self.column = column
        self.message = message
    }

    /// Creates a diagnostic at a ``SourceLocation`` in a file.
    public init(severity: Severity, path: String, at location: SourceLocation, message: String) {
        self.init(severity: severity, path: path, line: location.line, column: location.column, message: message)
    }

    /// An error at a place in a file.
    public static func error(_ message: String, path: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        Diagnostic(severity: .error, path: path, line: line, column: column, message: message)
    }

    /// A warning at a place in a file.
    public static func warning(_ message: String, path: String, line: Int = 1, column: Int = 1) -> Diagnostic {
        Diagnostic(severity: .warning, path: path, line: line, column: column, message: message)
    }

    /// Whether this diagnostic is an error.
    public var isError: Bool { severity == .error }

    /// The place as a value: line and column.
    public var location: SourceLocation { SourceLocation(line: line, column: column) }

    /// `path:line:column: error: message` (or `warning:`).
    public var description: String {
        "\(path):\(line):\(column): \(severity.rawValue): \(message)"
    }

    /// Orders by path, line, column, severity, message.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        return lhs.message < rhs.message
    }
}
