/// Rewrites cmark-gfm's table cell alignment (`<td align="right">`, obsolete in HTML5) as classes
/// (`<td class="align-right">`) that the site's stylesheet aligns, with no inline styles.
enum TableAlignment {
    /// The classes used: `align-left`, `align-center`, `align-right`.
    static let classNames = ["align-left", "align-center", "align-right"]

    /// `html` with every `<th align="…">` and `<td align="…">` that cmark-gfm writes turned into a class.
    /// Only these exact openings change: text is escaped (`"` is `&quot;`), so they cannot come from content.
    /// - Complexity: one pass over the bytes.
    static func classes(in html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // Most documents have no table: look for the first aligned cell before copying anything.
            guard let first = bytes.indices.first(where: { bytes[$0] == UInt8(ascii: "<") && alignedCell(bytes, at: $0) != nil }) else {
                return nil
            }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            result.append(contentsOf: bytes[..<first])
            var index = first
            while index < bytes.count {
                if bytes[index] == UInt8(ascii: "<"), let (replacement, length) = alignedCell(bytes, at: index) {
                    // "<td" or "<th", then the class in place of the attribute.
                    result.append(contentsOf: bytes[index..<index + 3])
                    result.append(contentsOf: replacement)
                    index += length
                } else {
                    result.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: result, as: UTF8.self)
        } ?? html
    }

    private static let sides = ["left", "center", "right"]
    private static let attribute = Array(" align=\"".utf8)
    /// For each side, what follows the attribute (`left">`) and what replaces the attribute (` class="align-left">`).
    private static let endings = sides.map { (Array(($0 + "\">").utf8), Array(" class=\"align-\($0)\">".utf8)) }

    /// The class attribute and length of a `<th align="side">` or `<td align="side">` opening at `start`, if there is one.
    private static func alignedCell(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> ([UInt8], Int)? {
        guard start + 3 < bytes.count, bytes[start + 1] == UInt8(ascii: "t"),
              bytes[start + 2] == UInt8(ascii: "h") || bytes[start + 2] == UInt8(ascii: "d") else { return nil }
        var position = start + 3
        guard bytes[position...].starts(with: attribute) else { return nil }
        position += attribute.count
        for (ending, replacement) in endings where bytes[position...].starts(with: ending) {
            return (replacement, position + ending.count - start)
        }
        return nil
    }
}
