@testable import Content
import Testing

@Suite struct TagTests {
    @Test(arguments: [
        ("#WelcomeTalent", "welcometalent"),
        ("  Data Annotation ", "data-annotation"),
        ("عمل_رقمي", "عمل_رقمي"),
        ("python", "python"),
        ("under_score-9", "under_score-9"),
        ("Python3", "python3"),
        ("python ", "python"),
    ])
    func normalises(text: String, expected: String) throws {
        #expect(try Tag(text).name == expected)
    }

    @Test func rejectsCharactersThatBreakURLs() {
        #expect(throws: InvalidValue("tag 'a/b' contains '/'; use letters, digits, '-' and '_' only")) { try Tag("a/b") }
        #expect(throws: InvalidValue("empty tag '#'")) { try Tag("#") }
    }

    @Test func normalisesToNFCSoBothSpellingsOfAnAccentAreOneTag() throws {
        let precomposed = try Tag("caf\u{E9}")
        let decomposed = try Tag("Cafe\u{301}")
        // Swift's == already treats the two as equal; the URL uses the bytes, which must match too.
        #expect(Array(decomposed.name.unicodeScalars) == Array(precomposed.name.unicodeScalars))
        #expect(Array(decomposed.name.utf8) == Array("caf\u{E9}".utf8))
    }

    @Test func squashesSeparators() throws {
        #expect(try Tag("Welcome Talent").squashed == Tag("welcometalent").squashed)
    }
}
