import Content
import Liquid

/// An item as the site publishes it: what templates, feeds and the sitemap
/// need, taken from one content file.
struct PublishedItem: Sendable {
    /// Story, evaluation, opening or free page.
    typealias Kind = ContentKind

    var kind: Kind
    var slug: String
    var title: String
    var language: String
    var isRightToLeft: Bool
    var summary: String
    /// Normalised tag names.
    var tags: [String]
    /// `YYYY-MM-DD`: the date lists sort by (an opening's `posted`); may be empty for pages.
    var date: String
    var translationKey: String?
    /// The content file, relative to the site root.
    var sourcePath: String
    /// The line the Markdown body starts on in `sourcePath`.
    var bodyStartLine: Int
    var markdown: String
    /// The body as HTML, filled in by the Markdown stage.
    var html: String = ""
    /// Links found in the body, filled in by the Markdown stage.
    var bodyLinks: [String] = []
    /// Whether an opening has expired: its page stays, it leaves every list.
    var closed: Bool = false
    /// A free page's place in the navigation.
    var menuOrder: Int?
    /// Files beside a bundle's index.md: their path from the site root and their name inside the bundle.
    var bundleFiles: [(path: String, name: String)] = []
    /// Fields only this kind has, ready for templates.
    var fields: [String: Value] = [:]
    /// What search engines are told about an opening; its description and URL are filled in late.
    var jobPosting: JobPostingFacts?
    /// The schema.org JobPosting JSON-LD block, for open openings.
    var jsonLD: String?

    /// The item's output folder, e.g. `stories/amal/`. Free pages sit at the top: `about/`.
    var folder: String { kind == .page ? "\(slug)/" : "\(kind.folder)/\(slug)/" }

    /// Whether lists, tag pages, feeds, the sitemap and search may show it.
    var isListed: Bool { !closed }
}

extension PublishedItem {
    /// Newest first; ties broken by slug so output never depends on load order.
    static func newestFirst(_ a: PublishedItem, _ b: PublishedItem) -> Bool {
        a.date != b.date ? a.date > b.date : a.slug < b.slug
    }
}
