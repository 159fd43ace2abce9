import Diagnostics
import Yams

/// One input file being decoded: its path, its text, and the diagnostics found in it.
///
/// Yams' marks count lines in the YAML and columns in Unicode scalars; this
/// turns them into file lines (shifted by the opening `---`) and columns in
/// `Character`s.
final class SourceFile {
    /// The path as reported, relative to the site root.
    let path: String
    /// The whole file.
    let text: String
    /// Lines to add to a Yams line to get a file line.
    let lineOffset: Int
    /// Problems found so far.
    private(set) var diagnostics: [Diagnostic] = []
    private var lineTable: LineTable?

    init(path: String, text: String, lineOffset: Int) {
        self.path = path
        self.text = text
        self.lineOffset = lineOffset
    }

    /// The file location of a Yams mark (line 1, column 1 when there is none).
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return .start }
        let line = mark.line + lineOffset
        if lineTable == nil { lineTable = LineTable(text) }
        return SourceLocation(line: line, column: lineTable!.characterColumn(line: line, scalarColumn: mark.column))
    }

    /// Records an error.
    func addError(_ message: String, at location: SourceLocation) {
        diagnostics.append(error(message, at: location))
    }

    /// Records a warning.
    func addWarning(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(severity: .warning, path: path, at: location, message: message))
    }

    /// Records a diagnostic made elsewhere.
    func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// An error in this file.
    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(severity: .error, path: path, at: location, message: message)
    }

    /// Whether an error has been recorded.
    var hasErrors: Bool { diagnostics.contains(where: \.isError) }

    /// A YAML syntax error placed at its (shifted) mark.
    func diagnostic(for error: YamlError) -> Diagnostic {
        func describe(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let context, !context.text.isEmpty else { return problem }
            return "\(problem) (\(context.text))"
        }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            return self.error("invalid YAML: \(describe(context, problem))", at: location(of: mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let names = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return self.error("duplicate field \(names)", at: location(of: context.mark))
        case let .reader(problem, _, _, _):
            return self.error("unreadable text: \(problem)", at: .start)
        default:
            return self.error("invalid YAML: \(error)", at: .start)
        }
    }
}
