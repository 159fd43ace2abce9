/// One page to be found: its display data, the text to search and the facet values to filter by.
public struct SearchDocument: Sendable, Hashable {
    /// The page's address as links should use it, e.g. `/ar/jobs/translator/`.
    public var url: String
    /// The title, shown as the result's link and weighted most.
    public var title: String
    /// A short description, shown under the title and weighted above the body.
    public var summary: String
    /// The page's text as plain text (see `SearchIndexBuilder.plainText(fromHTML:)`).
    public var body: String
    /// Keywords, weighted like the summary.
    public var tags: [String]
    /// Further short texts worth more than the body, such as an organisation or a country.
    public var extraText: [String]
    /// Filter values by facet name, e.g. `["tag": ["design"], "remote": ["true"]]`; names are `[a-z0-9_-]`.
    public var facets: [String: [String]]
    /// The text's language code (`ar`, `uk`), so results can carry `lang`.
    public var language: String
    /// `YYYY-MM-DD`; newer documents win ties.
    public var date: String

    /// Makes a document; every text may be empty.
    public init(
        url: String, title: String, summary: String = "", body: String = "", tags: [String] = [],
        extraText: [String] = [], facets: [String: [String]] = [:], language: String, date: String
    ) {
        self.url = url
        self.title = title
        self.summary = summary
        self.body = body
        self.tags = tags
        self.extraText = extraText
        self.facets = facets
        self.language = language
        self.date = date
    }
}
