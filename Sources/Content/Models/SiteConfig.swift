/// The site settings from `content/site.yml`.
public struct SiteConfig: Sendable, Hashable {
    /// A value under `params`, passed through to templates as written.
    public indirect enum Param: Sendable, Hashable, Codable {
        /// Text (also numbers and booleans written in quotes).
        case string(String)
        /// `true` / `false`.
        case bool(Bool)
        /// A whole number.
        case int(Int)
        /// A decimal number.
        case double(Double)
        /// A list.
        case list([Param])
        /// A mapping; keys sorted when iterated by callers that need determinism.
        case map([String: Param])
        /// An empty value.
        case null
    }

    /// `title` (required).
    public var title: String
    /// `description`.
    public var description: String?
    /// `base_url` (required, http or https), always ending in `/`.
    public var baseURL: String
    /// `default_language` (default `en`).
    public var defaultLanguage: LanguageCode
    /// `languages`: always contains the default language, which comes first if it was not listed.
    public var languages: [LanguageCode]
    /// `per_page` (default 20, 1…1000).
    public var perPage: Int
    /// `unsafe_html` (default false): pass raw HTML in Markdown through.
    public var unsafeHTML: Bool
    /// `organisation`: who publishes the site.
    public var organisation: String?
    /// `params`: anything else for the theme.
    public var params: [String: Param]
    /// `tags`: the declared tag vocabulary with labels per language; `nil` when site.yml declares none
    /// (then any tag is accepted).
    public var tags: TagVocabulary?
    /// `publish_media`: files under `content/media/` published even when no content links to them (`logo.svg`).
    public var publishMedia: [String]

    /// Creates a configuration.
    public init(title: String, description: String? = nil, baseURL: String, defaultLanguage: LanguageCode = .english,
                languages: [LanguageCode] = [.english], perPage: Int = 20, unsafeHTML: Bool = false, organisation: String? = nil,
                params: [String: Param] = [:], tags: TagVocabulary? = nil, publishMedia: [String] = []) {
        self.publishMedia = publishMedia
        self.title = title
        self.description = description
        self.baseURL = baseURL
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        self.perPage = perPage
        self.unsafeHTML = unsafeHTML
        self.organisation = organisation
        self.params = params
        self.tags = tags
    }
}
