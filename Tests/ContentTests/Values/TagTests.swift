@testable import Content
import Testing

@Suite struct TagTests {
    @Test(arguments: [
        ("#WelcomeTalent", "welcometalent"),
        ("  Data Annotation ", "data-annotation"),
        ("عمل_رقمي", "عمل_رقمي"),
        ("python", "python"),
    ])
    func normalises(text: String, expected: String) throws {
        #expect(try Tag(text).name == expected)
    }

    @Test func rejectsCharactersThatBreakURLs() {
        #expect(throws: InvalidValue("tag 'a/b' contains '/'; use letters, digits, '-' and '_' only")) { try Tag("a/b") }
        #expect(throws: InvalidValue("empty tag '#'")) { try Tag("#") }
    }
}
