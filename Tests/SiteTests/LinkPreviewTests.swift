import Foundation
import Testing
@testable import Site

/// Every page previews well when shared (Open Graph, Twitter card), and openings and stories carry a share link.
@Suite struct LinkPreviewTests {
    static let story = "---\ntitle: \"Tom & \\\"Jerry\\\" <b>\"\ndate: 2026-09-01\nconsent: given\nsummary: \"Fish & <chips>\"\n---\nA story.\n"

    @Test func everyPageCarriesOpenGraphAndTwitterTags() throws {
        let site = try FixtureSite(["content/stories/tom.md": Self.story, "content/openings/tutor.md": FixtureSite.opening(lang: "ar")])
        defer { site.remove() }
        #expect(site.report.errorCount == 0, "\(site.report.diagnostics)")
        for page in site.htmlPages {
            let head = try site.page(page).between("<head>", "</head>")
            for tag in ["property=\"og:title\"", "property=\"og:url\"", "property=\"og:type\"", "property=\"og:locale\"",
                        "property=\"og:site_name\" content=\"Test site\""] {
                #expect(head.contains(tag), "\(page) lacks \(tag)")
            }
            // Stories and openings have a preview picture, so they get the large card; other pages the plain one.
            let card = head.contains("property=\"og:image\"") ? "summary_large_image" : "summary"
            #expect(head.contains("name=\"twitter:card\" content=\"\(card)\""), "\(page)")
            // X falls back to og:title and og:description, so they are written once.
            #expect(!head.contains("twitter:title") && !head.contains("twitter:description"), "\(page)")
        }
        let story = try site.page("stories/tom/index.html")
        #expect(story.contains("<meta property=\"og:title\" content=\"Tom &amp; &#34;Jerry&#34; &lt;b&gt;\">"))
        #expect(story.contains("<meta property=\"og:description\" content=\"Fish &amp; &lt;chips&gt;\">"))
        #expect(story.contains("<meta property=\"og:url\" content=\"https://example.org/stories/tom/\">"))
        #expect(story.contains("<meta property=\"og:type\" content=\"article\">"))
        #expect(story.contains("<meta property=\"og:locale\" content=\"en_US\">"))
        #expect(try site.page("openings/tutor/index.html").contains("<meta property=\"og:locale\" content=\"ar_AR\">"))
        #expect(try site.page("index.html").contains("<meta property=\"og:type\" content=\"website\">"))
    }

    @Test func feedsAreAnnouncedOnTheHomePageAndTheirOwnLists() throws {
        let site = try FixtureSite(["content/stories/tom.md": Self.story, "content/openings/tutor.md": FixtureSite.opening()])
        defer { site.remove() }
        func feeds(_ page: String) throws -> [String] {
            try site.page(page).between("<head>", "</head>").components(separatedBy: "\n")
                .filter { $0.hasPrefix("<link rel=\"alternate\" type=") }
                .compactMap { $0.components(separatedBy: "href=\"").last?.components(separatedBy: "\"").first }
        }
        #expect(try feeds("index.html") == ["/feeds/openings.xml", "/feeds/openings.json", "/feeds/stories.xml"])
        #expect(try feeds("openings/index.html") == ["/feeds/openings.xml", "/feeds/openings.json"])
        #expect(try feeds("stories/index.html") == ["/feeds/stories.xml"])
        #expect(try feeds("stories/tom/index.html").isEmpty, "an item page announces no feed")
        #expect(try feeds("openings/tutor/index.html").isEmpty)
        #expect(try site.page("index.html").contains("<a href=\"/feeds/stories.xml\" type=\"application/atom+xml\">"), "the home page's footer lists the feeds")
        #expect(!(try site.page("stories/tom/index.html")).contains("href=\"/feeds/"))
    }

    @Test func openingsAndStoriesHaveAShareLinkWithoutScript() throws {
        let site = try FixtureSite(["content/stories/tom.md": Self.story, "content/openings/tutor.md": FixtureSite.opening()])
        defer { site.remove() }
        #expect(try site.page("openings/tutor/index.html").contains(
            "<p class=\"share\"><a href=\"https://wa.me/?text=Tutor%20https%3A%2F%2Fexample.org%2Fopenings%2Ftutor%2F\">Share on WhatsApp</a></p>"))
        let story = try site.page("stories/tom/index.html")
        #expect(story.contains("href=\"https://wa.me/?text=Tom%20%26%20%22Jerry%22%20%3Cb%3E%20https%3A%2F%2Fexample.org%2Fstories%2Ftom%2F\""))
        #expect(!story.contains("<script"))
        #expect(story.contains("<time datetime=\"2026-09-01\">1 September 2026</time>"), "story dates are for people too")
    }

    @Test func aThemeCanAddAnImageThroughTheHook() throws {
        let site = try FixtureSite(["content/openings/tutor.md": FixtureSite.opening()])
        defer { site.remove() }
        try site.folder.write(["templates/layouts/opening.liquid": "{%- extends 'base' -%}{%- block og_image %}\n<meta property=\"og:image\" content=\"https://example.org/card.png\">{% endblock -%}{% block content %}<h1>x</h1>{% endblock %}"])
        let rebuilt = SiteBuilder(settings: BuildSettings(root: site.folder.url, output: site.folder.url.appendingPathComponent("public"), now: try BuildDate("2026-11-23"))).build()
        #expect(rebuilt.errorCount == 0, "\(rebuilt.diagnostics)")
        #expect(try site.page("openings/tutor/index.html").contains("<meta property=\"og:image\" content=\"https://example.org/card.png\">"))
    }
}
