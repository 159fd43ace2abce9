/// Rewrites cmark-gfm's table cell alignment (`<td align="right">`, obsolete in HTML5) as classes
/// (`<td class="align-right">`) that the site's stylesheet aligns, with no inline styles.
enum TableAlignment {
    /// The classes used: `align-left`, `align-center`, `align-right`.
    static let classNames = ["align-left", "align-center", "align-right"]

    /// `html` with every `<th align="…">` and `<td align="…">` that cmark-gfm writes turned into a class.
    /// Only these exact openings change: text is escaped (`"` is `&quot;`), so they cannot come from content.
    static func classes(in html: String) -> String {
        guard html.utf8.count >= 16, html.contains(" align=\"") else { return html }
        var result = html
        for cell in ["th", "td"] {
            for side in ["left", "center", "right"] {
                result = result.replacing("<\(cell) align=\"\(side)\">", with: "<\(cell) class=\"align-\(side)\">")
            }
        }
        return result
    }
}
