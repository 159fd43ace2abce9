import Testing
import Liquid

@Suite struct AutoescapeTests {
    let data: [String: Value] = ["html": "<b>\"Tom\" & 'Jerry'</b>", "trusted": .safeString("<i>ok</i>"), "n": 3]

    @Test func escapesStringsWhenOn() throws {
        #expect(try renderTemplate("{{ html }}", data, autoescape: true) == "&lt;b&gt;&#34;Tom&#34; &amp; &#39;Jerry&#39;&lt;/b&gt;")
    }

    @Test func leavesSafeStringsAndNumbersAlone() throws {
        #expect(try renderTemplate("{{ trusted }}{{ n }}", data, autoescape: true) == "<i>ok</i>3")
    }

    @Test(arguments: ["safe", "raw"])
    func safeAndRawFiltersMarkOutputSafe(_ filter: String) throws {
        #expect(try renderTemplate("{{ html | \(filter) }}", data, autoescape: true) == "<b>\"Tom\" & 'Jerry'</b>")
    }

    @Test func offByDefault() throws {
        #expect(try renderTemplate("{{ html }}", data) == "<b>\"Tom\" & 'Jerry'</b>")
    }

    @Test func literalTextIsNeverEscaped() throws {
        #expect(try renderTemplate("<p>{{ html }}</p>", data, autoescape: true).hasPrefix("<p>&lt;b&gt;"))
    }
}
