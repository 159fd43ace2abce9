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

    /// What the publishing stages add to the typed content (see the properties of the same names).
    private struct Published {
        var html = ""
        var bodyLinks: [String] = []
        var bodyImages: [RenderedMarkdown.Image] = []
        var picture: Picture?
        var mediaSources: [String] = []
        var preview: LinkPreview?
        var closed: Bool
        var linkedTags: [Tag]
    }

    /// Every field, in one reference: lists, pages and plans hold many copies of an item, and each copy
    /// costs one reference count instead of a copy of the whole model. A change copies it first when shared.
    ///
    /// `@unchecked Sendable` is sound because storage is changed only through ``PublishedItem``'s setters,
    /// after `isKnownUniquelyReferenced` has made it this item's own.
    private final class Storage: @unchecked Sendable {
        let detail: Detail
        let metadata: ItemMetadata
        let folder: String
        var published: Published

        init(detail: Detail, metadata: ItemMetadata, folder: String, published: Published) {
            self.detail = detail
            self.metadata = metadata
            self.folder = folder
            self.published = published
        }

        func copy() -> Storage {
            Storage(detail: detail, metadata: metadata, folder: folder, published: published)
        }
    }

    private var storage: Storage

    /// Whether `other` is this very copy: the two share their storage, as every page planned from one published
    /// item does (an item changed after planning no longer is).
    func isIdentical(to other: PublishedItem) -> Bool { storage === other.storage }

    /// Names this very copy (see ``isIdentical(to:)``) while it lives: a key cheaper to look up than its path.
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    init(_ detail: Detail, closed: Bool = false) {
        let metadata: ItemMetadata
        switch detail {
        case .story(let story): metadata = story.metadata
        case .evaluation(let evaluation): metadata = evaluation.metadata
        case .opening(let opening): metadata = opening.metadata
        case .page(let page): metadata = page.metadata
        }
        let folder = metadata.kind == .page ? "\(metadata.slug.rawValue)/" : "\(metadata.kind.folder)/\(metadata.slug.rawValue)/"
        storage = Storage(detail: detail, metadata: metadata, folder: folder,
                          published: Published(closed: closed, linkedTags: metadata.tags))
    }

    /// What the publishing stages added, made this item's own before a change.
    private var published: Published {
        get { storage.published }
        _modify {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            yield &storage.published
        }
    }

    var detail: Detail { storage.detail }
    /// The fields every kind has (kept apart from ``detail`` so reading one does not copy the whole model).
    var metadata: ItemMetadata { storage.metadata }
    var kind: ContentKind { storage.metadata.kind }
    var slug: String { storage.metadata.slug.rawValue }
    var title: String { storage.metadata.title }
    var language: LanguageCode { storage.metadata.lang }
    var sourcePath: String { storage.metadata.sourcePath }
    /// The item's output folder, e.g. `stories/amal/`. Free pages sit at the top: `about/`.
    var folder: String { storage.folder }

    /// The body as HTML.
    var html: String { get { published.html } set { published.html = newValue } }
    /// Links found in the body.
    var bodyLinks: [String] { get { published.bodyLinks } set { published.bodyLinks = newValue } }
    /// Images written in the body, with their places in the Markdown (see ``ItemMetadata/bodyStartLine``).
    var bodyImages: [RenderedMarkdown.Image] { get { published.bodyImages } set { published.bodyImages = newValue } }
    /// The story's lead photo, resized, once media are published.
    var picture: Picture? { get { published.picture } set { published.picture = newValue } }
    /// The media files the item uses (paths from the site root), once media are published: inputs of its page.
    var mediaSources: [String] { get { published.mediaSources } set { published.mediaSources = newValue } }
    /// The link preview (`og:image`), once media are published.
    var preview: LinkPreview? { get { published.preview } set { published.preview = newValue } }
    /// Whether an opening has expired: its page stays, it leaves every list.
    var closed: Bool { get { published.closed } set { published.closed = newValue } }
    /// The tags the page links to: a closed opening links only to tags that still have a page.
    var linkedTags: [Tag] { get { published.linkedTags } set { published.linkedTags = newValue } }

    /// The date lists sort by: a story's date, an evaluation's date (else its period's end), an opening's `posted`.
    var date: ContentDate? {
        switch detail {
        case .story(let story): return story.date
        case .evaluation(let evaluation): return evaluation.date ?? evaluation.period?.end
        case .opening(let opening): return opening.posted
        case .page: return nil
        }
    }


    /// Lets go of the body's Markdown once it is rendered (a tenth of a large build's memory): nothing after
    /// publishing reads it but the link check, which reads the file again to place a broken link.
    mutating func forgetMarkdownSource() {
        guard !metadata.body.isEmpty else { return }
        var detail = storage.detail
        switch detail {
        case .story(var story): story.metadata.body = ""; detail = .story(story)
        case .evaluation(var evaluation): evaluation.metadata.body = ""; detail = .evaluation(evaluation)
        case .opening(var opening): opening.metadata.body = ""; detail = .opening(opening)
        case .page(var page): page.metadata.body = ""; detail = .page(page)
        }
        var metadata = storage.metadata
        metadata.body = ""
        storage = Storage(detail: detail, metadata: metadata, folder: storage.folder, published: storage.published)
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
        // An item without a date sorts after every dated one, as its empty date text always did.
        switch (a.date, b.date) {
        case let (left?, right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.slug < b.slug
        }
    }
}
