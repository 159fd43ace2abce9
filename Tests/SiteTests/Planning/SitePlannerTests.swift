import Content
import Testing
@testable import Site

@Suite struct SitePlannerTests {
    let site = MemorySite([
        "content/openings/a.md": MemorySite.opening("A", posted: "2026-10-01", expires: "2026-12-31"),
        "content/openings/b.md": MemorySite.opening("B", posted: "2026-10-03", expires: "2026-12-31"),
        "content/openings/c.md": MemorySite.opening("C", posted: "2026-10-02", expires: "2026-12-31"),
        "content/openings/old.md": MemorySite.opening("Old", posted: "2026-09-01", expires: "2026-11-01"),
        "content/stories/s.md": MemorySite.story("S", date: "2026-09-10"),
    ])

    @Test func listsArePaginatedNewestFirstWithoutClosedOpenings() {
        let plan = site.plan()
        let lists = plan.pages.filter { $0.layout == "list" && $0.urlPath.hasPrefix("openings/") }
        #expect(lists.map(\.path) == ["openings/index.html", "openings/page/2/index.html"])
        guard case .list(_, let first, let total) = lists[0].content else { Issue.record("not a list"); return }
        #expect(first.items.map(\.slug) == ["b", "c"])
        #expect(total == 3)
    }

    @Test func everyItemGetsAPageAndClosedOnesAreNoindex() {
        let pages = site.plan().pages.filter { if case .item = $0.content { return true } else { return false } }
        #expect(pages.map(\.path).sorted() == ["openings/a/index.html", "openings/b/index.html", "openings/c/index.html",
                                                "openings/old/index.html", "stories/s/index.html"])
        #expect(pages.filter(\.noindex).map(\.path) == ["openings/old/index.html"])
    }

    @Test func eachOutputNamesItsInputs() {
        let plan = site.plan()
        let page = plan.pages.first { $0.path == "openings/a/index.html" }!
        #expect(page.inputs.contentFiles == ["content/openings/a.md"])
        #expect(page.inputs.layout == "opening")
        #expect(page.inputs.buildDate)
        let tagPage = plan.pages.first { $0.path == "tags/welcometalent/index.html" }!
        #expect(tagPage.inputs.collections == ["tag:welcometalent"])
        #expect(tagPage.inputs.contentFiles == ["content/openings/b.md", "content/openings/c.md"])
        let feed = plan.files.first { $0.path == "feeds/openings.xml" }!
        #expect(feed.inputs.contentFiles.count == 3)
    }

    @Test func theSitemapLeavesClosedOpeningsOutAndUsesTheBasePath() {
        let sitemap = site.plan().files.first { $0.path == "sitemap.xml" }!.contents
        #expect(sitemap.contains("<loc>https://example.org/jobs/openings/a/</loc>"))
        #expect(!sitemap.contains("openings/old/"))
    }
}
