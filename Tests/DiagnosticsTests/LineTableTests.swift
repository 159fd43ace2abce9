import Diagnostics
import Testing

@Suite struct LineTableTests {
    @Test func findsLineAndColumnOfByteOffsets() {
        let table = LineTable("ab\ncd\n\nef")
        #expect(table.location(ofUTF8Offset: 0) == SourceLocation(line: 1, column: 1))
        #expect(table.location(ofUTF8Offset: 1) == SourceLocation(line: 1, column: 2))
        #expect(table.location(ofUTF8Offset: 3) == SourceLocation(line: 2, column: 1))
        #expect(table.location(ofUTF8Offset: 7) == SourceLocation(line: 4, column: 1))
        #expect(table.location(ofUTF8Offset: 9) == SourceLocation(line: 4, column: 3))
        #expect(table.lineCount == 4)
        #expect(table.line(2) == "cd")
    }

    @Test func countsColumnsInCharactersOnArabicLines() {
        // "عمل" is 3 characters but 6 UTF-8 bytes.
        let text = "title: عمل x\n"
        let table = LineTable(text)
        let x = text.firstIndex(of: "x")!
        #expect(table.location(of: x) == SourceLocation(line: 1, column: 12))
        #expect(text.utf8.distance(from: text.startIndex, to: x) == 14)
        #expect(table.location(ofUTF8Offset: 14) == SourceLocation(line: 1, column: 12))
    }

    @Test func convertsScalarColumnsToCharacterColumns() {
        // "é" written as e + combining acute: 2 scalars, 1 character.
        let table = LineTable("a: e\u{301}b\nplain: x")
        #expect(table.characterColumn(line: 1, scalarColumn: 6) == 5)
        #expect(table.characterColumn(line: 2, scalarColumn: 8) == 8)
    }
}
