import Testing
import Content

@Suite struct StringByteSearchTests {
    @Test func findsTheFirstRangeByBytes() {
        let text = "Offre à Kyiv: مرحبا %{name} et %{name}"
        let range = text.byteRange(of: "%{name}")
        #expect(range.map { String(text[$0]) } == "%{name}")
        #expect(range.map { String(text[..<$0.lowerBound]) } == "Offre à Kyiv: مرحبا ")
        #expect(text.byteRange(of: "absent") == nil)
        #expect(text.containsBytes("Kyiv"))
        #expect(!"".containsBytes("x"))
    }

    @Test func replacesEveryOccurrence() {
        #expect("Jobs in %{name}, %{name}".replacingBytes(of: "%{name}", with: "Amman") == "Jobs in Amman, Amman")
        #expect("data-entry-clerk".replacingBytes(of: "-", with: " ") == "data entry clerk")
        #expect("no placeholder".replacingBytes(of: "%{name}", with: "x") == "no placeholder")
        #expect("%{tag}".replacingBytes(of: "%{tag}", with: "") == "")
        #expect("وظائف %{tag}".replacingBytes(of: "%{tag}", with: "#تصميم") == "وظائف #تصميم")
        #expect("aaa".replacingBytes(of: "", with: "b") == "aaa")
    }

    @Test func splitsAtEverySeparator() {
        #expect("a<mark>b<mark>".byteComponents(separatedBy: "<mark>") == ["a", "b", ""])
        #expect("no mark".byteComponents(separatedBy: "<mark>") == ["no mark"])
        #expect("x".byteComponents(separatedBy: "") == ["x"])
    }

    @Test func comparesBytesNotCharacters() {
        // "é" as one code point and as e + combining accent are different bytes: no match, as intended.
        #expect("caf\u{E9}".replacingBytes(of: "e\u{301}", with: "E") == "caf\u{E9}")
    }
}
