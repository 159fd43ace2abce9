/// Renders GitHub Flavored Markdown (tables, strikethrough, autolinks,
/// tagfilter, task lists) to HTML with cmark-gfm.
///
/// By default raw HTML is replaced by `<!-- raw HTML omitted -->` and links to
/// `javascript:`, `vbscript:`, `file:` and most `data:` URLs lose their
/// destination; `allowUnsafeHTML` passes both through. Quotes and dashes stay
/// as written (no "smart" punctuation), which matters for Arabic and Ukrainian text.
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
        return RenderedMarkdown(html: html, plainText: summary.plainText, links: summary.links, headings: summary.headings)
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
