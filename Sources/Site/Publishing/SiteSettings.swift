import Content

/// The site-wide settings a build uses: site.yml, with `--base-url` applied.
struct SiteSettings: Sendable {
    var title: String
    var description: String
    var organisation: String
    var baseURL: BaseURL
    var defaultLanguage: LanguageCode
    /// Every site language, the default first.
    var languages: [LanguageCode]
    var perPage: Int
    var allowUnsafeHTML: Bool
    /// Free-form theme data from site.yml's `params`.
    var params: [String: SiteConfig.Param]
    /// Files under `content/media/` published even when no content links to them (site.yml's `publish_media`).
    var publishMedia: [String] = []
    /// site.yml's declared tags with their labels per language, or `nil`.
    var tagLabels: TagVocabulary?

    /// The settings from site.yml, with `override` (already checked) replacing its base URL.
    init(config: SiteConfig, baseURLOverride: String?) {
        title = config.title
        description = config.description ?? ""
        organisation = config.organisation ?? ""
        // site.yml's value was checked when it was read; the override by the command line.
        baseURL = (try? BaseURL(baseURLOverride ?? config.baseURL)) ?? (try! BaseURL("https://example.org/"))
        defaultLanguage = config.defaultLanguage
        languages = [config.defaultLanguage] + config.languages.filter { $0 != config.defaultLanguage }
        perPage = config.perPage
        allowUnsafeHTML = config.unsafeHTML
        params = config.params
        publishMedia = config.publishMedia
        tagLabels = config.tags
    }
}
