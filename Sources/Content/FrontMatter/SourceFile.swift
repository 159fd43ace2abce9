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
        return location(yamlLine: mark.line, scalarColumn: mark.column)
    }

    /// The file location of a 1-based YAML line and a column in Unicode scalars.
    func location(yamlLine: Int, scalarColumn: Int) -> SourceLocation {
        let line = yamlLine + lineOffset
        return SourceLocation(line: line, column: LineTable.characterColumn(in: text(ofLine: line), scalarColumn: scalarColumn))
    }

    /// The text of a 1-based line. Front matter is at the top of the file: walking to its line is cheaper than indexing
    /// the whole file, which every decoded file paid for while recording where its tags are.
    private func text(ofLine number: Int) -> Substring {
        if let lineTable { return lineTable.line(number) }
        var cursor = LineCursor(Substring(text))
        var current = 0
        while let line = cursor.next() {
            current += 1
            if current == number { return line.content.utf8.last == UInt8(ascii: "\r") ? line.content.dropLast() : line.content }
        }
        return ""
    }

    /// The file's line table, built on first use.
    var lines: LineTable {
        if lineTable == nil { lineTable = LineTable(text) }
        return lineTable!
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
}
