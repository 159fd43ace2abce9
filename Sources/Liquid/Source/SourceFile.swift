/// A template's text with the bookkeeping to turn byte offsets into lines and columns.
///
/// Tokens and nodes keep UTF-8 byte offsets; a line and a column are computed
/// only when an error is reported. Columns count characters, so a caret under
/// Arabic or accented text points at the right place.
struct SourceFile: Sendable {
    /// The template's name, as errors report it.
    let name: String
    /// The template text.
    let text: String
    /// The text as UTF-8 bytes, which the lexer scans.
    let bytes: [UInt8]

    init(name: String, text: String) {
        self.name = name
        self.text = text
        self.bytes = Array(text.utf8)
    }

    /// The 1-based line and character column of the byte at `offset`.
    /// - Complexity: O(offset); only called when reporting an error.
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        let end = Swift.min(Swift.max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for i in 0..<end where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let slice = bytes[lineStart..<end]
        let column = String(decoding: slice, as: UTF8.self).count + 1
        return (line, column)
    }

    /// The text of the byte range `range`.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// A located error at byte `offset`.
    func error(at offset: Int, _ message: String) -> TemplateError {
        let (line, column) = lineAndColumn(of: offset)
        return TemplateError(templateName: name, line: line, column: column, message: message)
    }

    /// The line of byte `offset`, for "(opened at line N)" notes.
    func line(of offset: Int) -> Int { lineAndColumn(of: offset).line }
}
