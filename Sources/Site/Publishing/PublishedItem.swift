import Content
import Markdown

/// An item as the site publishes it: its typed content, its body rendered,
/// and whether it is still listed. Templates see it only through ``TemplateValues``.
struct PublishedItem: Sendable {
    /// The typed content of each kind.
    enum Detail: Sendable {
        case story(Story)
        case evaluation(Evaluation)
        case opening(Opening)
        case page(FreePage)
    }

    let detail: Detail
    /// The body as HTML.
    var html: String = ""
    /// The body without markup, for search and descriptions.
    var plainText: String = ""
    /// Links found in the body.
    var bodyLinks: [String] = []
    /// Images written in the body, with their places in the Markdown (see ``ItemMetadata/bodyStartLine``).
    var bodyImages: [RenderedMarkdown.Image] = []
    /// The story's lead photo, resized, once media are published.
    var picture: Picture?
    /// The media files the item uses (paths from the site root), once media are published: inputs of its page.
    var mediaSources: [String] = []
    /// The link preview (`og:image`), once media are published.
    var preview: LinkPreview?
    /// Whether an opening has expired: its page stays, it leaves every list.
    var closed: Bool = false
    /// The tags the page links to: a closed opening links only to tags that still have a page.
    var linkedTags: [Tag]

    /// The fields every kind has (kept apart from ``detail`` so reading one does not copy the whole model).
    let metadata: ItemMetadata
    let kind: ContentKind
    let slug: String
    let title: String
    let language: LanguageCode
    let sourcePath: String
    /// The item's output folder, e.g. `stories/amal/`. Free pages sit at the top: `about/`.
    let folder: String

    init(_ detail: Detail, closed: Bool = false) {
        self.detail = detail
        self.closed = closed
        let metadata: ItemMetadata
        switch detail {
        case .story(let story): metadata = story.metadata
        case .evaluation(let evaluation): metadata = evaluation.metadata
        case .opening(let opening): metadata = opening.metadata
        case .page(let page): metadata = page.metadata
        }
        self.metadata = metadata
        self.kind = metadata.kind
        self.slug = metadata.slug.rawValue
        self.title = metadata.title
        self.language = metadata.lang
        self.sourcePath = metadata.sourcePath
        self.folder = metadata.kind == .page ? "\(metadata.slug.rawValue)/" : "\(metadata.kind.folder)/\(metadata.slug.rawValue)/"
        self.linkedTags = metadata.tags
    }

    /// The date lists sort by: a story's date, an evaluation's date (else its period's end), an opening's `posted`.
    var date: ContentDate? {
        switch detail {
        case .story(let story): return story.date
        case .evaluation(let evaluation): return evaluation.date ?? evaluation.period?.end
        case .opening(let opening): return opening.posted
        case .page: return nil
        }
    }


    /// Whether lists, tag pages, feeds, the sitemap and search may show it.
    var isListed: Bool { !closed }

    /// Files beside a bundle's index.md: their path from the site root and their name inside the bundle.
    var bundleFiles: [(path: String, name: String)] {
        let prefix = (metadata.bundleFolder ?? "") + "/"
        return metadata.bundleFiles.map { path in
            (path: path, name: path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : String(path.split(separator: "/").last ?? ""))
        }
    }

    /// Newest first; ties broken by slug so output never depends on load order.
    static func newestFirst(_ a: PublishedItem, _ b: PublishedItem) -> Bool {
        let left = a.date?.text ?? "", right = b.date?.text ?? ""
        return left != right ? left > right : a.slug < b.slug
    }
}
