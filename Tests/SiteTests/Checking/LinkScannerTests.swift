import Testing
@testable import Site

@Suite struct LinkScannerTests {
    @Test func findsHrefAndSrcInOrderWithAmpersandsDecoded() {
        let html = #"<a href="/openings/">x</a><img src="/media/a.jpg" alt=""><a href="/search/?q=a&amp;b">s</a><p data-href="no">"#
        #expect(LinkScanner.links(in: html) == ["/openings/", "/media/a.jpg", "/search/?q=a&b"])
    }

    @Test func linksRepeatedAcrossPagesShareOneText() {
        let known = SharedLinks()
        let first = LinkScanner.links(in: #"<a href="/openings/pipeline/remote-employment/">a</a>"#, sharing: known)
        let second = LinkScanner.links(in: #"<a href="/openings/pipeline/remote-employment/">b</a><a href="/tags/">t</a>"#, sharing: known)
        #expect(first == ["/openings/pipeline/remote-employment/"])
        #expect(second == ["/openings/pipeline/remote-employment/", "/tags/"])
        let address = { (text: String) in text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        // A link longer than a small string lives in one buffer, shared by both pages' lists.
        #expect(address(first[0]) != nil)
        #expect(address(first[0]) == address(second[0]))
        #expect(known.count == 2)
    }
}
