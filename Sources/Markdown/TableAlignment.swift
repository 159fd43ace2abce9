/// Rewrites cmark-gfm's table cell alignment (`<td align="right">`, obsolete in HTML5) as classes
/// (`<td class="align-right">`) that the site's stylesheet aligns, with no inline styles.
enum TableAlignment {
    /// The classes used: `align-left`, `align-center`, `align-right`.
    static let classNames = ["align-left", "align-center", "align-right"]

    /// `html` with every `<th align="…">` and `<td align="…">` that cmark-gfm writes turned into a class.
    /// Only these exact openings change: text is escaped (`"` is `&quot;`), so they cannot come from content.
    /// - Complexity: one pass over the bytes.
    static func classes(in html: String) -> String {
        guard html.utf8.count >= 16, html.contains(" align=\"") else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), let (side, length) = alignedCell(bytes, at: index) {
                // "<td" or "<th", then the class in place of the attribute.
                result.append(contentsOf: bytes[index..<index + 3])
                result.append(contentsOf: Array(" class=\"align-\(side)\">".utf8))
                index += length
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let sides = ["left", "center", "right"]

    /// The side and length of a `<th align="side">` or `<td align="side">` opening at `start`, if there is one.
    private static func alignedCell(_ bytes: [UInt8], at start: Int) -> (String, Int)? {
        guard start + 3 < bytes.count, bytes[start + 1] == UInt8(ascii: "t"),
              bytes[start + 2] == UInt8(ascii: "h") || bytes[start + 2] == UInt8(ascii: "d") else { return nil }
        let attribute = Array(" align=\"".utf8)
        var position = start + 3
        guard position + attribute.count <= bytes.count, Array(bytes[position..<position + attribute.count]) == attribute else { return nil }
        position += attribute.count
        for side in sides {
            let ending = Array((side + "\">").utf8)
            if position + ending.count <= bytes.count, Array(bytes[position..<position + ending.count]) == ending {
                return (side, position + ending.count - start)
            }
        }
        return nil
    }
}
