import Content
import Testing
@testable import Site

@Suite struct LinkCheckerTests {
    let checker = LinkChecker(routes: Routes(baseURL: try! BaseURL("https://example.org/site/")),
                              outputs: ["index.html", "stories/amal/index.html", "assets/site.css", "stories/amal/photo.png"])

    @Test(arguments: [
        ("/site/stories/amal/", "stories/amal/index.html"),
        ("/site/stories/amal/#top", "stories/amal/index.html"),
        ("photo.png", "stories/amal/photo.png"),
        ("../../assets/site.css", "assets/site.css"),
        ("/elsewhere/", "/elsewhere/"),
        ("/site/stories/amal/?lang=ar#top", "stories/amal/index.html"),
        ("/site/stories/amal/#a?b", "stories/amal/index.html"),
        ("/site/stories/caf%C3%A9/", "stories/café/index.html"),
        ("/site/stories/café/", "stories/café/index.html"),
        ("./photo.png?v=2", "stories/amal/photo.png"),
        ("../amal/../../index.html", "index.html"),
        ("/site/a:b/", "a:b/index.html"),
        ("/site/", "index.html"),
    ])
    func resolvesInternalLinks(_ link: String, _ expected: String) {
        #expect(checker.outputPath(of: link, from: "stories/amal/") == expected)
    }

    @Test(arguments: ["https://example.com/", "mailto:jobs@example.org", "#content", "//cdn.example.org/x.js", "?page=2", "tel:+4930123"])
    func ignoresExternalLinksAndAnchors(_ link: String) {
        #expect(checker.outputPath(of: link, from: "stories/amal/") == nil)
    }

    @Test func scannerFindsHrefAndSrc() {
        let html = #"<a href="/a/?x=1&amp;y=2">a</a><img src="b.png" alt=""><link rel="x" href="c">"#
        #expect(LinkScanner.links(in: html) == ["/a/?x=1&y=2", "b.png", "c"])
    }

    /// A page planned at `folder`, as the check sees it (its path and layout name a broken link's place).
    private static func page(_ folder: String) -> PlannedPage {
        PlannedPage(path: folder + "index.html", urlPath: folder, layout: "list", language: .english, content: .notFound, inputs: OutputInputs())
    }

    @Test("a root-relative link is looked up once for every page; a relative one is resolved from each page's folder")
    func checksEachPagesLinks() {
        let texts = ["/site/stories/amal/", "/site/missing/", "photo.png", "https://example.com/", "#top", "/elsewhere/"]
        let pages = [Self.page("stories/amal/"), Self.page("stories/other/")]
        let links: [(page: Int, links: [LinkTable.Number])] = [(0, [0, 1, 2, 3, 4]), (1, [0, 1, 2, 5])]
        let messages = checker.check(links, of: pages, texts: texts, items: []).map(\.message)
        #expect(messages == [
            "broken link '/elsewhere/' on stories/other/index.html: the site has no page /elsewhere/",
            "broken link '/site/missing/' on stories/amal/index.html: the site has no page missing/index.html",
            "broken link '/site/missing/' on stories/other/index.html: the site has no page missing/index.html",
            "broken link 'photo.png' on stories/other/index.html: the site has no page stories/other/photo.png",
        ])
    }
}

