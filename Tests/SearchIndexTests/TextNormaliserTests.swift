import Foundation
import Testing
@testable import SearchIndex

/// One row of Fixtures/normalisation.json, which the browser client's test reads too.
struct NormalisationCase: Decodable, CustomTestStringConvertible, Sendable {
    let name: String
    let input: String
    let normalised: String
    let terms: [String]
    var testDescription: String { name }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/normalisation.json")

    static func all() -> [NormalisationCase] {
        (try? JSONDecoder().decode([NormalisationCase].self, from: Data(contentsOf: fixture))) ?? []
    }
}

@Suite struct TextNormaliserTests {
    @Test("the shared table holds the languages the site serves")
    func tableIsThere() {
        let names = NormalisationCase.all().map(\.name).joined(separator: " ")
        for language in ["English", "French", "Arabic", "Persian", "Ukrainian", "Russian"] {
            #expect(names.contains(language))
        }
    }

    @Test(arguments: NormalisationCase.all())
    func normalisesLikeTheTable(_ row: NormalisationCase) {
        #expect(TextNormaliser().normalise(row.input) == row.normalised)
        #expect(TextNormaliser().terms(row.input) == row.terms)
    }

    @Test func arabicWithAndWithoutDiacriticsGiveOneTerm() {
        let normaliser = TextNormaliser()
        #expect(normaliser.terms("مُهَارَات") == normaliser.terms("مهارات"))
        #expect(normaliser.terms("فُرْصَة") == ["فرصه"])
    }

    @Test func persianLettersMatchArabicOnes() {
        #expect(TextNormaliser().terms("یک کار") == TextNormaliser().terms("يك كار"))
    }

    @Test func ukrainianCapitalsFoldToLowerCase() {
        #expect(TextNormaliser().terms("ДИЗАЙН") == ["дизайн"])
    }

    @Test func punctuationSplitsTerms() {
        #expect(TextNormaliser().terms("web-development, design/data") == ["web", "development", "design", "data"])
    }
}
