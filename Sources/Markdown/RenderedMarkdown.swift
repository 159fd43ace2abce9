/// A Markdown body turned into HTML, plus what the site needs to know about it.
public struct RenderedMarkdown: Sendable, Hashable {
    /// A heading of the body, in document order.
    public struct Heading: Sendable, Hashable {
        /// 1 for `#`, up to 6.
        public var level: Int
        /// The heading's text without markup.
        public var text: String

        /// Creates a heading.
        public init(level: Int, text: String) {
            self.level = level
            self.text = text
        }
    }

    /// The body as an HTML fragment.
    public var html: String
    /// The text without markup (blocks on their own lines, no image alt text, no raw HTML), for summaries and search.
    public var plainText: String
    /// Destinations of links and images that reach the HTML, in document order, for link checking.
    public var links: [String]
    /// Headings in document order.
    public var headings: [Heading]

    /// Creates a rendered body.
    public init(html: String, plainText: String, links: [String], headings: [Heading]) {
        self.html = html
        self.plainText = plainText
        self.links = links
        self.headings = headings
    }
}
