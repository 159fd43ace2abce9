import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Site

@Suite struct FeedWriterTests {
    let channel = FeedChannel(title: "Jobs & stories", feedURL: "https://example.org/feeds/openings.xml",
                              pageURL: "https://example.org/openings/", language: "en", updated: "2026-11-20")
    let entry = FeedEntry(url: "https://example.org/openings/a/", title: "Translator <Arabic>", summary: "Remote",
                          contentHTML: "<p>Work & pay</p>", date: "2026-11-20", language: "ar", tags: ["welcometalent"])

    @Test func atomIsWellFormedAndEscaped() throws {
        let xml = FeedWriter.atom(channel, entries: [entry])
        let parser = XMLParser(data: Data(xml.utf8))
        #expect(parser.parse())
        #expect(xml.contains("<title>Translator &lt;Arabic&gt;</title>"))
        #expect(xml.contains("<content type=\"html\">&lt;p&gt;Work &amp; pay&lt;/p&gt;</content>"))
        #expect(xml.contains("<published>2026-11-20T00:00:00Z</published>"))
    }

    @Test func jsonFeedFollowsVersion1_1() throws {
        let text = FeedWriter.jsonFeed(channel, entries: [entry])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["version"] as? String == "https://jsonfeed.org/version/1.1")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items[0]["id"] as? String == "https://example.org/openings/a/")
        #expect(items[0]["content_html"] as? String == "<p>Work & pay</p>")
        #expect(items[0]["date_published"] as? String == "2026-11-20T00:00:00Z")
    }

    @Test func sitemapListsAlternates() throws {
        let xml = SitemapWriter.sitemap([SitemapEntry(url: "https://example.org/stories/amal/", lastModified: "2026-09-01",
                                                      alternates: [("en", "https://example.org/stories/amal/"), ("ar", "https://example.org/stories/amal-ar/")])])
        #expect(XMLParser(data: Data(xml.utf8)).parse())
        #expect(xml.contains("<xhtml:link rel=\"alternate\" hreflang=\"ar\" href=\"https://example.org/stories/amal-ar/\"/>"))
    }
}
