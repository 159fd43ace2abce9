import Testing
@testable import DevServer

struct ErrorOverlayTests {
    @Test func everyDiagnosticIsEscapedAndKeptOnItsOwnLine() {
        let markup = ErrorOverlay.markup(diagnostics: [
            "content/openings/a.md:2:7: error: expected a date, found \"<soon>\"",
            "templates/page.liquid:1:1: error: unknown filter 'upcasee' & more",
        ])
        #expect(markup.contains(
            "<pre>content/openings/a.md:2:7: error: expected a date, found &quot;&lt;soon&gt;&quot;\n"
                + "templates/page.liquid:1:1: error: unknown filter &#39;upcasee&#39; &amp; more</pre>"
        ))
        #expect(markup.hasPrefix("<div id=\"__pathways-build-errors\" role=\"alert\" lang=\"en\" dir=\"ltr\">"))
    }

    @Test func theOverlayHasNoInlineStyleThatAStrictCSPWouldBlock() {
        #expect(!ErrorOverlay.markup(diagnostics: ["x"]).contains("style="))
        #expect(ReloadScript.source.contains("getElementById(\"__pathways-build-errors\")"))
    }
}
