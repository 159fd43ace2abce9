/// A collection of diagnostics from one or more files: append while
/// checking, merge results from parallel work, then sort and summarise.
public struct DiagnosticBag: Sendable, Hashable, Sequence {
    /// The diagnostics in the order they were added (call ``sort()`` or use ``sorted`` for output).
    public private(set) var all: [Diagnostic]

    /// Creates a bag holding `diagnostics`.
    public init(_ diagnostics: [Diagnostic] = []) {
        all = diagnostics
    }

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Adds an error at a place in a file.
    public mutating func error(_ message: String, path: String, line: Int = 1, column: Int = 1) {
        all.append(.error(message, path: path, line: line, column: column))
    }

    /// Adds a warning at a place in a file.
    public mutating func warning(_ message: String, path: String, line: Int = 1, column: Int = 1) {
        all.append(.warning(message, path: path, line: line, column: column))
    }

    /// Adds every diagnostic of a sequence (another bag, an array).
    public mutating func merge<S: Sequence>(_ other: S) where S.Element == Diagnostic {
        all.append(contentsOf: other)
    }

    /// Sorts in place by path, line, column, severity, message.
    public mutating func sort() {
        all.sort()
    }

    /// The diagnostics sorted by path, line, column, severity, message.
    public var sorted: [Diagnostic] { all.sorted() }

    /// The number of diagnostics.
    public var count: Int { all.count }

    /// Whether there are no diagnostics.
    public var isEmpty: Bool { all.isEmpty }

    /// The number of errors.
    public var errorCount: Int { all.count(where: { $0.severity == .error }) }

    /// The number of warnings.
    public var warningCount: Int { all.count(where: { $0.severity == .warning }) }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { all.contains(where: { $0.severity == .error }) }

    /// A count such as `2 errors, 1 warning`, `1 error` or `no problems`.
    public var summary: String { Self.summary(errors: errorCount, warnings: warningCount) }

    /// A count such as `2 errors, 1 warning` for the given numbers (`no problems` when both are 0).
    public static func summary(errors: Int, warnings: Int) -> String {
        func counted(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts: [String] = []
        if errors > 0 { parts.append(counted(errors, "error")) }
        if warnings > 0 { parts.append(counted(warnings, "warning")) }
        return parts.isEmpty ? "no problems" : parts.joined(separator: ", ")
    }

    /// Iterates in insertion order.
    public func makeIterator() -> IndexingIterator<[Diagnostic]> {
        all.makeIterator()
    }
}
