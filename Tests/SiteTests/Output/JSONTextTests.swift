import Foundation
import Testing
@testable import Site

@Suite struct JSONTextTests {
    @Test func keepsKeyOrderAndLeavesOutNil() {
        let json = JSONText.object(["b": .int(1), "a": nil, "c": .array([.bool(true), .null, .number(2.5)])])
        #expect(json.serialized() == #"{"b":1,"c":[true,null,2.5]}"#)
    }

    @Test func escapesWhatCouldCloseAScriptElement() throws {
        let text = JSONText.string("</script><b>\"x\" & y\n<!-- c -->").serialized()
        #expect(text == #""<\/script><b>\"x\" & y\n\u003c!-- c -->""#)
        #expect(!text.lowercased().contains("</script") && !text.contains("<!--"))
        let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == "</script><b>\"x\" & y\n<!-- c -->")
    }

    @Test func escapesLineSeparatorsAndControlCharacters() {
        #expect(JSONText.string("a\u{2028}b\u{2029}c\u{1}é—").serialized() == #""a\u2028b\u2029c\u0001é—""#)
    }

    @Test func wholeNumbersPrintWithoutAFraction() {
        #expect(JSONText.number(1200).serialized() == "1200")
        #expect(JSONText.number(12.75).serialized() == "12.75")
    }
}
