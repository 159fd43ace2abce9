import Liquid

/// One HTML page to render: which layout, into which file, with what.
struct PlannedPage: Sendable {
    /// The output file, e.g. `stories/page/2/index.html`.
    var path: String
    /// The folder the page's URL names (`stories/page/2/`), or the file itself for `404.html`.
    var urlPath: String
    /// The layout in `templates/layouts/`.
    var layout: String
    /// The language of the page's interface.
    var language: String
    var isRightToLeft: Bool
    /// Whether search engines should skip the page.
    var noindex: Bool = false
    /// Translations of the page (`{lang, url, canonical, title}` values).
    var alternates: [Value] = []
    /// Variables only this page has: `page`, `paginator`, `list`, `tag`, `tags`, `home`.
    var variables: [String: Value]
    /// The content file behind the page, for locating errors.
    var sourcePath: String?
}

/// A file the build writes as it is, without a template (feeds, sitemap, robots.txt).
struct PlannedFile: Sendable {
    var path: String
    var contents: String
}
