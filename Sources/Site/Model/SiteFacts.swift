/// The site-wide settings the build uses, taken from site.yml.
struct SiteFacts: Sendable {
    var title: String
    var description: String
    var organisation: String
    var baseURL: String
    var defaultLanguage: String
    var languages: [String]
    var perPage: Int
    var allowUnsafeHTML: Bool
}
