import Testing
@testable import DevServer

/// What `serve` prints in the terminal.
@Suite struct DevServerMessageTests {
    @Test func aFewPreviewedPagesAreNamed() {
        let message = DevServerMessage.previewed(pages: ["/openings/cook/", "/stories/amal/"], seconds: 0.0123)
        #expect(message.description == "previewed /openings/cook/ /stories/amal/ in 0.012 s; rebuilding the rest")
    }

    @Test func manyPreviewedPagesAreCounted() {
        let pages = ["/openings/cook/", "/openings/", "/tags/food/", "/ar/openings/", "/ar/tags/food/"]
        let message = DevServerMessage.previewed(pages: pages, seconds: 0.05)
        #expect(message.description == "previewed /openings/cook/ /openings/ and 3 more pages in 0.050 s; rebuilding the rest")
    }

    @Test func aFailureEndsWithWhatIsStillServed() {
        let message = DevServerMessage.rebuildFailed(diagnostics: ["content/openings/cook.md:2:8: error: bad date"])
        #expect(message.isError)
        #expect(message.description == "content/openings/cook.md:2:8: error: bad date\nbuild failed; still serving the last good site")
    }
}
