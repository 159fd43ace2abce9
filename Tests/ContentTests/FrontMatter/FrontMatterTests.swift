@testable import Content
import Testing

@Suite struct FrontMatterTests {
    let path = "content/pages/about.md"

    @Test func splitsYAMLAndBodyKeepingTheBodyLine() throws {
        let split = try FrontMatter.split("---\ntitle: About\n---\n\nHello\n").get()
        #expect(split.yaml == "title: About\n")
        #expect(split.body == "\nHello\n")
        #expect(split.bodyStartLine == 4)
    }

    @Test func reportsMissingFrontMatter() throws {
        #expect(try SiteFixture.messages(path, "# About\n") == [
            "content/pages/about.md:1:1: error: missing front matter; a content file starts with a '---' line, then 'field: value' lines, then '---'",
        ])
    }

    @Test func reportsUnterminatedFrontMatter() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: About\n\nHello\n") == [
            "content/pages/about.md:1:1: error: unterminated front matter; no '---' line closes the one on line 1",
        ])
    }

    @Test func placesYAMLSyntaxErrorsOnFileLines() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: About\nsummary: a: b\n---\n") == [
            "content/pages/about.md:3:11: error: invalid YAML: mapping values are not allowed in this context",
        ])
    }

    @Test func reportsDuplicateFields() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: About\ntitle: Again\n---\n") == [
            "content/pages/about.md:2:1: error: duplicate field 'title'",
        ])
    }

    @Test func warnsAboutUnknownFieldsWithAHint() throws {
        #expect(try SiteFixture.messages(path, "---\ntitel: About\ntitle: About\ncolour: red\n---\n") == [
            "content/pages/about.md:2:1: warning: unknown field 'titel'; did you mean 'title'?",
            "content/pages/about.md:4:1: warning: unknown field 'colour'",
        ])
    }

    @Test func countsColumnsInCharactersAfterArabicText() throws {
        // "تدريب" is 5 characters and 10 UTF-8 bytes; the bad tag starts at character column 15.
        #expect(try SiteFixture.messages(path, "---\ntitle: About\ntags: [تدريب, a/b]\n---\n") == [
            "content/pages/about.md:3:15: error: tag 'a/b' contains '/'; use letters, digits, '-' and '_' only",
        ])
    }
}
