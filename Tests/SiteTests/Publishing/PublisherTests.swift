import Content
import Testing
@testable import Site

@Suite struct PublisherTests {
    @Test func consentAndExpiryDecideWhatIsListed() {
        let site = MemorySite([
            "content/stories/yes.md": MemorySite.story("Yes", date: "2026-09-01"),
            "content/stories/pending.md": MemorySite.story("Pending", date: "2026-09-01", consent: "pending"),
            "content/openings/open.md": MemorySite.opening("Open", posted: "2026-10-01", expires: "2026-11-23"),
            "content/openings/closed.md": MemorySite.opening("Closed", posted: "2026-10-01", expires: "2026-11-22"),
        ])
        let (_, items, problems, _) = site.publish()
        #expect(problems.isEmpty, "\(problems)")
        #expect(items.map(\.slug).sorted() == ["closed", "open", "yes"])
        #expect(items.first { $0.slug == "closed" }?.closed == true)
        #expect(items.first { $0.slug == "open" }?.isListed == true)
    }

    @Test func aClosedOpeningLinksOnlyToTagsThatStillHaveAPage() {
        let site = MemorySite([
            "content/openings/closed.md": MemorySite.opening("Closed", posted: "2026-10-01", expires: "2026-11-01", extra: "tags: [welcometalent, rare]\n")
                .replacingOccurrences(of: "tags: [welcometalent]\n", with: ""),
            "content/openings/open.md": MemorySite.opening("Open", posted: "2026-10-01", expires: "2026-12-01"),
        ])
        let closed = site.publish().items.first { $0.slug == "closed" }!
        #expect(closed.linkedTags.map(\.name) == ["welcometalent"])
    }

    @Test func droppedRawHTMLWarnsAtItsLineInTheFile() {
        let site = MemorySite(["content/pages/about.md": "---\ntitle: About\n---\nFirst line.\n\nSee <a href=\"https://x.org\">x</a>.\n"])
        #expect(site.publish().problems == [
            "content/pages/about.md:6:5: warning: raw HTML '<a href=\"https://x.org\">' is left out of the page: site.yml does not set "
                + "unsafe_html. Write it in Markdown instead, e.g. [text](https://…) for a link"])
    }
}
