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
    ])
    func resolvesInternalLinks(_ link: String, _ expected: String) {
        #expect(checker.outputPath(of: link, from: "stories/amal/") == expected)
    }

    @Test(arguments: ["https://example.com/", "mailto:jobs@example.org", "#content", "//cdn.example.org/x.js"])
    func ignoresExternalLinksAndAnchors(_ link: String) {
        #expect(checker.outputPath(of: link, from: "stories/amal/") == nil)
    }

    @Test func scannerFindsHrefAndSrc() {
        let html = #"<a href="/a/?x=1&amp;y=2">a</a><img src="b.png" alt=""><link rel="x" href="c">"#
        #expect(LinkScanner.links(in: html) == ["/a/?x=1&y=2", "b.png", "c"])
    }
}
