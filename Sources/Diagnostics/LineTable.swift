/// Turns UTF-8 byte offsets and string indices in one text into 1-based
/// lines and `Character` columns, for reporting.
///
/// Keep byte offsets while scanning and build a table only when there is
/// something to report: building it is one pass over the text.
/// - Complexity: O(n) to build; O(log lines + line length) per lookup.
public struct LineTable: Sendable {
    /// The text the offsets point into.
    public let text: String
    /// UTF-8 offset of the first byte of each line.
    private let lineStarts: [Int]

    /// Indexes the line starts of `text` (lines end at `\n`; a `\r` before it belongs to the line).
    public init(_ text: String) {
        self.text = text
        var starts = [0]
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte == UInt8(ascii: "\n") { starts.append(offset) }
        }
        lineStarts = starts
    }

    /// The number of lines (a text ending in a newline has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The location of a UTF-8 byte offset (clamped to the text).
    public func location(ofUTF8Offset offset: Int) -> SourceLocation {
        let offset = max(0, min(offset, text.utf8.count))
        // The last line start that is <= offset.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let utf8 = text.utf8
        let lineStart = utf8.index(utf8.startIndex, offsetBy: lineStarts[low])
        let target = utf8.index(utf8.startIndex, offsetBy: offset)
        return SourceLocation(line: low + 1, column: Self.characterCount(text, from: lineStart, to: target) + 1)
    }

    /// The location of an index in the text.
    public func location(of index: String.Index) -> SourceLocation {
        location(ofUTF8Offset: text.utf8.distance(from: text.utf8.startIndex, to: index))
    }

    /// The text of a 1-based line, without its line break; empty past the end.
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end = number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return text[start..<end]
    }

    /// Converts a column counted in Unicode scalars (as libyaml and many C
    /// libraries count) on a 1-based line into a column counted in `Character`s.
    public func characterColumn(line number: Int, scalarColumn: Int) -> Int {
        Self.characterColumn(in: line(number), scalarColumn: scalarColumn)
    }

    /// Converts a column counted in Unicode scalars on `line` (one line's text) into a column counted in `Character`s.
    public static func characterColumn(in line: Substring, scalarColumn: Int) -> Int {
        if line.utf8.allSatisfy({ $0 < 0x80 }) { return scalarColumn }
        let scalars = line.unicodeScalars
        guard let index = scalars.index(scalars.startIndex, offsetBy: scalarColumn - 1, limitedBy: scalars.endIndex) else {
            return line.count + 1 + (scalarColumn - 1 - scalars.count)
        }
        return characterCount(line.base, from: line.startIndex, to: index) + 1
    }

    /// Characters between two indices; an index inside a character counts that character as started.
    private static func characterCount(_ text: String, from start: String.Index, to end: String.Index) -> Int {
        var count = 0
        var index = start
        while index < end {
            index = text.index(after: index)
            if index <= end { count += 1 } else { break }
        }
        return count
    }
}
