@testable import Content
import Testing

@Suite struct SlugTests {
    @Test(arguments: ["amal", "amal-translator-2025", "a1"])
    func acceptsValidSlugs(text: String) throws {
        #expect(try Slug(text).rawValue == text)
    }

    @Test(arguments: [
        ("Amal", "invalid slug 'Amal'; use only lowercase a-z, 0-9 and '-', not at the start or end (for example 'amal')"),
        ("-amal", "invalid slug '-amal'; use only lowercase a-z, 0-9 and '-', not at the start or end (for example 'amal')"),
        ("", "slug must not be empty"),
        ("عمل", "invalid slug 'عمل'; use only lowercase a-z, 0-9 and '-', not at the start or end"),
    ])
    func rejectsInvalidSlugs(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try Slug(text) }
    }

    @Test func derivesFromFileNames() throws {
        #expect(try Slug(fileName: "amal-story.md").rawValue == "amal-story")
        #expect(try Slug(fileName: "samir-workshop").rawValue == "samir-workshop")
        #expect(throws: InvalidValue("file name 'Café Story.md' is not a valid slug; rename it using only lowercase a-z, 0-9 and '-' "
            + "or set 'slug' in the front matter (for example 'cafe-story')")) { try Slug(fileName: "Café Story.md") }
    }
}
