/// The fields every kind of content has, plus where it came from.
public struct ItemMetadata: Sendable, Hashable, Codable {
    /// Story, evaluation, opening or page.
    public var kind: ContentKind
    /// `title` (required).
    public var title: String
    /// `slug`, else the file or bundle name.
    public var slug: Slug
    /// `lang`, else site.yml's `default_language`.
    public var lang: LanguageCode
    /// `tags`, normalised, in the order written, without duplicates.
    public var tags: [Tag]
    /// `summary`.
    public var summary: String?
    /// `draft`: drafts are only loaded with `includeDrafts`.
    public var draft: Bool
    /// `translation_key`: items sharing it are translations of one another.
    public var translationKey: String?
    /// The content file relative to the site root, e.g. `content/stories/amal.md` or `content/stories/samir/index.md`.
    public var sourcePath: String
    /// The Markdown body (everything after the closing `---`).
    public var body: String
    /// The file line the body starts on, for locating problems found in it.
    public var bodyStartLine: Int
    /// For a bundle, the folder relative to the site root (`content/stories/samir`); `nil` for a single file.
    public var bundleFolder: String?
    /// For a bundle, the other files in its folder (and subfolders), relative to the site root, sorted.
    public var bundleFiles: [String]
    /// `params`: free-form data for the theme, typed as written (quoted values stay text).
    public var params: [String: SiteConfig.Param]

    /// Creates metadata; the loader fills these from front matter.
    public init(kind: ContentKind, title: String, slug: Slug, lang: LanguageCode, tags: [Tag] = [], summary: String? = nil,
                draft: Bool = false, translationKey: String? = nil, sourcePath: String, body: String = "", bodyStartLine: Int = 1,
                bundleFolder: String? = nil, bundleFiles: [String] = [], params: [String: SiteConfig.Param] = [:]) {
        self.kind = kind
        self.title = title
        self.slug = slug
        self.lang = lang
        self.tags = tags
        self.summary = summary
        self.draft = draft
        self.translationKey = translationKey
        self.sourcePath = sourcePath
        self.body = body
        self.bodyStartLine = bodyStartLine
        self.bundleFolder = bundleFolder
        self.bundleFiles = bundleFiles
        self.params = params
    }
}

/// A loaded content item of any kind: everything has ``ItemMetadata``.
public protocol ContentItem: Sendable {
    /// The fields all kinds share.
    var metadata: ItemMetadata { get }
}

extension ContentItem {
    /// The item's title.
    public var title: String { metadata.title }
    /// The item's slug.
    public var slug: Slug { metadata.slug }
    /// The item's language.
    public var lang: LanguageCode { metadata.lang }
    /// The item's normalised tags.
    public var tags: [Tag] { metadata.tags }
    /// The content file relative to the site root.
    public var sourcePath: String { metadata.sourcePath }
}
