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

    @Test func capsTheLength() throws {
        #expect(try Slug(String(repeating: "a", count: 100)).rawValue.count == 100)
        #expect(throws: InvalidValue("slug is 101 characters long; the limit is 100; shorten it")) {
            try Slug(String(repeating: "a", count: 101))
        }
        #expect(throws: InvalidValue("file name '\(String(repeating: "b", count: 120)).md' as a slug is 120 characters long; "
            + "the limit is 100; rename the file or set a shorter 'slug'")) {
            try Slug(fileName: String(repeating: "b", count: 120) + ".md")
        }
        #expect(Slug.suggestion(for: String(repeating: "Ab ", count: 60))?.count == 100)
    }

    @Test func locatesAnOverlongSlug() throws {
        let long = String(repeating: "x", count: 300)
        #expect(try SiteFixture.messages("content/pages/about.md", "---\ntitle: About\nslug: \(long)\n---\n") == [
            "content/pages/about.md:3:7: error: slug is 300 characters long; the limit is 100; shorten it",
        ])
    }
}
