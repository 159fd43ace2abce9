import Testing
@testable import Site

@Suite struct LinkScannerTests {
    @Test func findsHrefAndSrcInOrderWithAmpersandsDecoded() {
        let html = #"<a href="/openings/">x</a><img src="/media/a.jpg" alt=""><a href="/search/?q=a&amp;b">s</a><p data-href="no">"#
        #expect(LinkScanner.links(in: html) == ["/openings/", "/media/a.jpg", "/search/?q=a&b"])
    }

    @Test func linksRepeatedAcrossPagesAreNumberedOnce() {
        let table = LinkTable()
        let first = LinkScanner.links(in: #"<a href="/openings/pipeline/remote-employment/">a</a>"#, numberedBy: table)
        let second = LinkScanner.links(in: #"<a href="/openings/pipeline/remote-employment/">b</a><a href="/tags/">t</a>"#, numberedBy: table)
        #expect(first == [0])
        #expect(second == [0, 1])
        #expect(table.texts == ["/openings/pipeline/remote-employment/", "/tags/"])
    }

    @Test("a table started from the previous build's texts keeps their numbers")
    func aSeededTableKeepsTheNumbersItStartsWith() {
        let table = LinkTable(texts: ["/a/", "/b/"])
        #expect(table.numbers(of: ["/b/", "/c/", "/a/"]) == [1, 2, 0])
        #expect(table.texts == ["/a/", "/b/", "/c/"])
    }
}
