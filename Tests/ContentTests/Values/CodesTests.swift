@testable import Content
import Testing

@Suite struct CodesTests {
    @Test func knowsRightToLeftLanguages() throws {
        for code in ["ar", "fa", "ur", "he"] { #expect(try LanguageCode(code).isRightToLeft) }
        #expect(try !LanguageCode("uk").isRightToLeft)
        #expect(try LanguageCode("AR").code == "ar")
    }

    @Test func rejectsUnknownLanguagesWithAHint() {
        #expect(throws: InvalidValue("unknown language code 'Arabic'; expected an ISO 639-1 code such as 'en', 'ar' or 'uk'; did you mean 'ar'?")) {
            try LanguageCode("Arabic")
        }
        #expect(throws: InvalidValue("unknown language code 'xx'; expected an ISO 639-1 code such as 'en', 'ar' or 'uk'")) {
            try LanguageCode("xx")
        }
        #expect(throws: InvalidValue("unknown language code 'english'; expected an ISO 639-1 code such as 'en', 'ar' or 'uk'; did you mean 'en'?")) {
            try LanguageCode("english")
        }
    }

    @Test func validatesCountriesAgainstTheRealList() throws {
        #expect(try CountryCode("jo").code == "JO")
        #expect(try CountryCode("UA").englishName == "Ukraine")
        #expect(throws: InvalidValue("unknown country code 'XX'; expected an ISO 3166-1 alpha-2 code such as 'JO' or 'UG'")) {
            try CountryCode("XX")
        }
        #expect(throws: InvalidValue("unknown country code 'Uganda'; expected an ISO 3166-1 alpha-2 code such as 'JO' or 'UG'; did you mean 'UG'?")) {
            try CountryCode("Uganda")
        }
        #expect(try CountryCode(codeOrName: "Turkey").code == "TR")
        #expect(try CountryCode(codeOrName: "TR").code == "TR")
    }

    @Test func validatesCurrencies() throws {
        #expect(try CurrencyCode.validated("usd") == "USD")
        #expect(throws: InvalidValue("unknown currency 'DOLLARS'; expected an ISO 4217 code such as 'USD', 'EUR' or 'JOD'")) {
            try CurrencyCode.validated("DOLLARS")
        }
    }
}
