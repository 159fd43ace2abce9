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

    /// Raw HTML the renderer left out (safe mode), so the site can warn instead of dropping it silently.
    public struct DroppedHTML: Sendable, Hashable {
        /// Whether it was a block (`<div>` on its own lines) or inline (`<a href>` within text).
        public enum Kind: String, Sendable, Hashable {
            /// An HTML block.
            case block
            /// Inline HTML.
            case inline
        }

        /// Block or inline.
        public var kind: Kind
        /// The 1-based line in the Markdown given to the renderer (the site adds the body's first file line, minus 1).
        public var line: Int
        /// The 1-based column in that line, in `Character`s.
        public var column: Int
        /// The start of the dropped HTML (its first line, at most 80 characters), for the message.
        public var snippet: String

        /// Creates a record of dropped HTML.
        public init(kind: Kind, line: Int, column: Int, snippet: String) {
            self.kind = kind
            self.line = line
            self.column = column
            self.snippet = snippet
        }
    }

    /// An image written in the body (`![alt](source)`), where it starts, so the site can check and replace it.
    public struct Image: Sendable, Hashable {
        /// The destination as written.
        public var source: String
        /// The alt text: the image's description without markup.
        public var alt: String
        /// The 1-based line in the Markdown given to the renderer.
        public var line: Int
        /// The 1-based column in that line, in `Character`s.
        public var column: Int

        /// Creates a record of an image.
        public init(source: String, alt: String, line: Int, column: Int) {
            self.source = source
            self.alt = alt
            self.line = line
            self.column = column
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
    /// Raw HTML blocks and inlines that were replaced by `<!-- raw HTML omitted -->`, in document order;
    /// empty when unsafe HTML is allowed.
    public var droppedHTML: [DroppedHTML]
    /// Images in document order, also those whose destination safe mode blanked.
    public var images: [Image]

    /// Creates a rendered body.
    public init(html: String, plainText: String, links: [String], headings: [Heading], droppedHTML: [DroppedHTML] = [],
                images: [Image] = []) {
        self.images = images
        self.html = html
        self.plainText = plainText
        self.links = links
        self.headings = headings
        self.droppedHTML = droppedHTML
    }
}
