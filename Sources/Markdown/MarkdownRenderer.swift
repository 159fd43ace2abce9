/// Renders GitHub Flavored Markdown (tables, strikethrough, autolinks,
/// tagfilter, task lists) to HTML with cmark-gfm.
///
/// By default raw HTML is replaced by `<!-- raw HTML omitted -->` (each one listed in
/// ``RenderedMarkdown/droppedHTML`` so the site can warn) and links to
/// `javascript:`, `vbscript:`, `file:` and most `data:` URLs lose their
/// destination; `allowUnsafeHTML` passes both through. Quotes and dashes stay
/// as written (no "smart" punctuation), which matters for Arabic and Ukrainian text.
/// Table cells carry `class="align-left|align-center|align-right"` instead of HTML5's
/// obsolete `align` attribute, for the stylesheet to align.
///
/// Safe to call from many threads at once: every call makes its own parser.
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML and unsafe link destinations are passed through (`unsafe_html: true` in site.yml).
    public let allowUnsafeHTML: Bool

    /// Creates a renderer; `allowUnsafeHTML` passes raw HTML and unsafe links through.
    public init(allowUnsafeHTML: Bool = false) {
        self.allowUnsafeHTML = allowUnsafeHTML
    }

    /// Renders one Markdown document.
    /// - Complexity: O(n) in the length of `markdown`.
    public func render(_ markdown: String) -> RenderedMarkdown {
        let document = CMarkDocument(markdown: markdown, unsafe: allowUnsafeHTML)
        let html = document.html()
        var summary = document.summary()
        if !allowUnsafeHTML {
            summary.links.removeAll(where: MarkdownRenderer.isDangerous)
        }
        return RenderedMarkdown(html: html, plainText: summary.plainText, links: summary.links, headings: summary.headings,
                                droppedHTML: MarkdownRenderer.characterColumns(summary.dropped, in: markdown),
                                images: summary.images.map { image in
                                    var converted = image
                                    converted.column = MarkdownRenderer.characterColumn(line: image.line, byteColumn: image.column, in: markdown)
                                    return converted
                                })
    }

    /// cmark-gfm's 1-based byte column on `line` as a 1-based character column of `markdown`.
    static func characterColumn(line: Int, byteColumn: Int, in markdown: String) -> Int {
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return byteColumn }
        let text = lines[line - 1]
        guard let end = text.index(text.startIndex, offsetBy: byteColumn - 1, limitedBy: text.endIndex) else { return byteColumn }
        return Substring(text[text.startIndex..<end]).count + 1
    }

    /// `dropped` with cmark-gfm's byte columns turned into character columns of `markdown`'s lines.
    static func characterColumns(_ dropped: [RenderedMarkdown.DroppedHTML], in markdown: String) -> [RenderedMarkdown.DroppedHTML] {
        guard !dropped.isEmpty else { return [] }
        let lines = markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        return dropped.map { item in
            guard item.line >= 1, item.line <= lines.count else { return item }
            let line = lines[item.line - 1]
            guard let end = line.index(line.startIndex, offsetBy: item.column - 1, limitedBy: line.endIndex) else { return item }
            var converted = item
            converted.column = Substring(line[line.startIndex..<end]).count + 1
            return converted
        }
    }

    /// Whether cmark-gfm's safe mode blanks this destination: `javascript:`, `vbscript:`, `file:`,
    /// and `data:` except PNG, GIF, JPEG and WebP images (case-insensitive, like cmark-gfm).
    static func isDangerous(_ url: String) -> Bool {
        let lower = url.lowercased()
        if lower.hasPrefix("data:") {
            return !["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains(where: lower.hasPrefix)
        }
        return lower.hasPrefix("javascript:") || lower.hasPrefix("vbscript:") || lower.hasPrefix("file:")
    }
}
