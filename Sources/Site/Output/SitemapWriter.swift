import Liquid
/// One page listed in the sitemap.
public struct SitemapEntry: Sendable {
    /// Absolute URL of the page.
    public var url: String
    /// Last modification, `YYYY-MM-DD`, when known.
    public var lastModified: String?
    /// Translations of the page: language code and absolute URL.
    public var alternates: [(language: String, url: String)]

    public init(url: String, lastModified: String? = nil, alternates: [(language: String, url: String)] = []) {
        self.url = url
        self.lastModified = lastModified
        self.alternates = alternates
    }
}

/// Writes sitemap.xml (sitemaps.org 0.9, with `xhtml:link` alternates) and robots.txt.
public enum SitemapWriter {
    /// The sitemap for `entries`, in the order given.
    public static func sitemap(_ entries: [SitemapEntry]) -> String {
        let e = HTMLEscaping.escape
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n"
        for entry in entries {
            out += "<url><loc>\(e(entry.url))</loc>"
            if let lastModified = entry.lastModified { out += "<lastmod>\(e(lastModified))</lastmod>" }
            for alternate in entry.alternates {
                out += "<xhtml:link rel=\"alternate\" hreflang=\"\(e(alternate.language))\" href=\"\(e(alternate.url))\"/>"
            }
            out += "</url>\n"
        }
        out += "</urlset>\n"
        return out
    }

    /// robots.txt allowing everything and pointing at the sitemap.
    public static func robots(sitemapURL: String) -> String {
        "User-agent: *\nAllow: /\n\nSitemap: \(sitemapURL)\n"
    }
}
