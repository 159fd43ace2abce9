import Content
import Testing
@testable import Site

@Suite struct LocalTextTests {
    func text(_ code: String) -> LocalText {
        LocalText(language: try! LanguageCode(code), strings: InterfaceStrings(table: [:], defaultLanguage: "en"), names: LocaleNames())
    }

    @Test func numbersUseEachLanguagesSeparators() {
        #expect(text("en").number(6200) == "6,200")
        #expect(text("uk").number(6200) == "6\u{202F}200")
        #expect(text("en").number(12.5) == "12.5")
        #expect(text("fr").number(12.5) == "12,5")
    }

    @Test func aPayRangeKeepsItsOrderOnRightToLeftPages() {
        let salary = Opening.Salary(min: 260, max: 300, currency: "JOD", period: nil)
        #expect(text("en").salary(salary) == "260–300 JOD")
        // Isolated left to right, or the bidirectional algorithm would show "300–260" on an Arabic page.
        #expect(text("ar").salary(salary) == "\u{2066}260–300 JOD\u{2069}")
    }
}
