import Testing
@testable import DevServer

struct ReloadInjectionTests {
    private func inject(_ html: String, overlay: String? = nil) -> String {
        String(decoding: ReloadInjection.inject(into: Array(html.utf8), overlay: overlay), as: UTF8.self)
    }

    @Test func theScriptGoesBeforeTheLastClosingBodyInAnyCase() {
        let page = "<body><pre>&lt;/body&gt; </body> in code</pre></BODY>\n</html>"
        #expect(inject(page) == "<body><pre>&lt;/body&gt; </body> in code</pre>\(ReloadInjection.scriptTag)</BODY>\n</html>")
    }

    @Test func aPageWithoutBodyGetsTheScriptAtTheEnd() {
        #expect(inject("<p>fragment") == "<p>fragment\(ReloadInjection.scriptTag)")
        #expect(inject("") == ReloadInjection.scriptTag)
    }

    @Test func theOverlayComesBeforeTheScript() {
        #expect(inject("<body></body>", overlay: "<div>x</div>") == "<body><div>x</div>\(ReloadInjection.scriptTag)</body>")
    }

    @Test func theScriptIsLoadedFromTheSiteItselfSoAStrictCSPHolds() {
        #expect(ReloadInjection.scriptTag == "<script src=\"/__pathways/reload.js\" async></script>")
    }

    @Test func arabicTextAroundTheTagIsKeptByteForByte() {
        let page = "<body dir=\"rtl\"><p>وظيفة طباخ</p></body>"
        #expect(inject(page) == "<body dir=\"rtl\"><p>وظيفة طباخ</p>\(ReloadInjection.scriptTag)</body>")
    }
}
