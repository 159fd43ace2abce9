import Content

/// What a planned output was made from: the incremental build compares these
/// between builds to know what to render again.
struct OutputInputs: Sendable, Hashable {
    /// Content files (relative to the site root) whose text the output shows.
    var contentFiles: [String] = []
    /// Collections whose membership or order the output depends on: `openings`, `tag:remote`, `home`.
    var collections: [String] = []
    /// The layout rendered (its partials and parents come with it), or `nil` for files made without templates.
    var layout: String?
    /// The language whose interface strings the output uses, or `nil`.
    var strings: LanguageCode?
    /// Whether the build date changes the output (expiry, "closes in N days").
    var buildDate: Bool = false
    /// Every output depends on site.yml; it is listed for completeness.
    var siteConfig: Bool = true
}

/// The typed content of a planned page; ``TemplateValues`` turns it into template variables.
enum PageContent: Sendable {
    /// One item's page.
    case item(PublishedItem)
    /// One page of a kind's list.
    case list(ContentKind, PageSlice<PublishedItem>, totalItems: Int)
    /// One page of a tag's list.
    case tag(TagSummary, PageSlice<PublishedItem>)
    /// The page of every tag.
    case tags([TagSummary])
    /// One page of the openings that share a typed field's value (remote, a pathway, a language, ...).
    case facet(FacetSummary, PageSlice<PublishedItem>)
    /// The search page: a plain form, links to the facet pages, and the search script's hooks.
    case search
    /// The home page's selections, each newest first.
    case home(openings: [PublishedItem], stories: [PublishedItem], evaluations: [PublishedItem])
    /// The 404 page.
    case notFound
}

/// A tag with how many listed items carry it.
struct TagSummary: Sendable {
    var tag: Tag
    var count: Int
    /// The tag page's folder: `tags/remote/`.
    var folder: String { "tags/\(tag.name)/" }
}

/// A version of a page in another language, for `hreflang` links and the language switcher.
enum PageAlternate: Sendable {
    /// A translation of an item.
    case item(PublishedItem)
    /// The same list page in another site language, at `folder` (e.g. `ar/openings/`).
    case list(LanguageCode, folder: String)

    /// The alternate's language.
    var language: LanguageCode {
        switch self {
        case .item(let item): return item.language
        case .list(let language, _): return language
        }
    }

    /// The alternate's output folder.
    var folder: String {
        switch self {
        case .item(let item): return item.folder
        case .list(_, let folder): return folder
        }
    }
}

/// One HTML page to render: which layout, into which file, with what.
struct PlannedPage: Sendable {
    /// The output file, e.g. `stories/page/2/index.html`.
    var path: String
    /// The folder the page's URL names (`stories/page/2/`), or the file itself for `404.html`.
    var urlPath: String
    /// The layout in `templates/layouts/`.
    var layout: String
    /// The language of the page's interface.
    var language: LanguageCode
    /// Whether search engines should skip the page.
    var noindex: Bool = false
    /// The page in the languages it is in: an item's translations, or the same list under each language's root,
    /// this page's own language among them. Every language's copy of a list page shares one array (at 50,000 items, an
    /// array of its own for each copy held 45 MB more at the build's peak).
    var versions: [PageAlternate] = []
    /// The page in other languages (``versions`` less its own).
    var alternates: [PageAlternate] { versions.filter(isAlternate) }
    /// Whether `version`, one of ``versions``, is another page than this one (an item's translations all are).
    func isAlternate(_ version: PageAlternate) -> Bool {
        if case .list(let code, _) = version { return code != language }
        return true
    }
    /// Other items the page points readers to: a closed opening's open openings, same tags first.
    var related: [PublishedItem] = []
    var content: PageContent
    var inputs: OutputInputs
    /// The content file behind the page, for locating errors.
    var sourcePath: String? {
        if case .item(let item) = content { return item.sourcePath }
        return nil
    }
}

/// A file the build writes as it is, without a template (feeds, sitemap, robots.txt, the search index).
struct PlannedFile: Sendable {
    var path: String
    var bytes: [UInt8]
    var inputs: OutputInputs

    init(path: String, bytes: [UInt8], inputs: OutputInputs) {
        self.path = path
        self.bytes = bytes
        self.inputs = inputs
    }

    /// A text file, written as UTF-8.
    init(path: String, contents: String, inputs: OutputInputs) {
        self.init(path: path, bytes: Array(contents.utf8), inputs: inputs)
    }

    /// The file as text (feeds and the sitemap are UTF-8).
    var contents: String { String(decoding: bytes, as: UTF8.self) }
}

/// Everything a build writes, decided before anything is rendered.
struct SitePlan: Sendable {
    var pages: [PlannedPage]
    var files: [PlannedFile]
    /// Every facet with a page, in group then code order, for the "Browse by" links.
    var facets: [FacetSummary] = []
    /// The open openings by tag, as the plan suggested them on closed openings' pages (kept for ``PagePreview``).
    var relatedOpenings: RelatedOpenings?
}
