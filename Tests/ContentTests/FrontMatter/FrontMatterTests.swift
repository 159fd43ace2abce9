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
            "content/pages/about.md:3:11: error: put the summary in quotes: a colon followed by a space starts a new key (summary: \"a: b\")",
        ])
    }

    @Test func explainsAColonInAValue() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: Translator: Arabic-English\n---\n") == [
            "content/pages/about.md:2:18: error: put the title in quotes: a colon followed by a space starts a new key "
                + "(title: \"Translator: Arabic-English\")",
        ])
    }

    @Test func pointsAnUnclosedQuoteAtItsOwnLine() throws {
        // libyaml notices only at the quote in the comment on line 8, and says "did not find expected key".
        let text = "---\ntitle: About\nlang: en\nsummary: \"Helps people into work\ndraft: false\ntags: [work]\n\n# keep \"this\" short\n---\n"
        #expect(try SiteFixture.messages(path, text) == [
            "content/pages/about.md:4:10: error: the quote that starts this value is not closed on this line; close it at the end "
                + "of the value, or remove it",
        ])
    }

    @Test func pointsAQuoteNeverClosedAtItsStart() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: About\nsummary: \"never closed\n---\n") == [
            "content/pages/about.md:3:10: error: the quote that starts this value is not closed on this line; close it at the end "
                + "of the value, or remove it",
        ])
    }

    @Test(arguments: [
        ("title: 'it's'", "content/pages/about.md:2:12: error: text after the closing quote; put the whole value inside the quotes; "
            + "inside single quotes write an apostrophe as '', or use double quotes"),
        ("title: About\ntags: [a, b\nlang: en", "content/pages/about.md:3:7: error: the list opened with '[' here is not closed; "
            + "end it with ']' on the same line, with ', ' between items"),
        ("title: About\n\tlang: en", "content/pages/about.md:3:1: error: indent with spaces, not tabs"),
        ("title: About\nsummary: `x`", "content/pages/about.md:3:10: error: a value cannot start with '`'; put the value in quotes"),
        ("title: *Important*", "content/pages/about.md:2:8: error: a value starting with '*' or '&' is read as a YAML reference; "
            + "put the value in quotes if the '*' or '&' is part of the text"),
        ("title: *Important", "content/pages/about.md:2:8: error: a value starting with '*' or '&' is read as a YAML reference; "
            + "put the value in quotes if the '*' or '&' is part of the text"),
        ("title: About\n  lang: en", "content/pages/about.md:3:7: error: this line is indented more than the field above it, which "
            + "does not take nested fields; remove the spaces at the start of the line"),
    ])
    func explainsCommonYAMLMistakes(yaml: String, message: String) throws {
        #expect(try SiteFixture.messages(path, "---\n\(yaml)\n---\n") == [message])
    }

    @Test func refusesAnAliasUsedAsAKey() throws {
        var yaml = "title: About\na: &a [x, x]\n"
        for (name, previous) in zip("bcdefgh", "abcdefg") { yaml += "\(name): &\(name) [*\(previous), *\(previous)]\n" }
        yaml += "? *h\n: 1\n"
        #expect(try SiteFixture.messages(path, "---\n\(yaml)---\n") == [
            "content/pages/about.md:11:3: error: an alias ('*h') cannot be used as a field name; write the name out",
        ])
    }

    @Test func keepsSmallAliasesAndStarsInText() throws {
        let text = "---\ntitle: \"*Important* news\"\nsummary: |\n  *bold* and & more\nparams:\n  colour: &c red\n  border: *c\n---\n"
        let content = try SiteFixture([path: text]).load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.pages.first?.metadata.params == ["colour": .string("red"), "border": .string("red")])
    }

    @Test func boundsWhatAliasesExpandTo() throws {
        var yaml = "title: About\nparams:\n  a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcde", "abcd") {
            yaml += "  \(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let messages = try SiteFixture.messages(path, "---\n\(yaml)---\n")
        #expect(messages == [
            "content/pages/about.md:7:34: error: aliases here expand to more than 10000 values; write the values out instead of "
                + "repeating '*' references",
        ])
    }

    @Test func refusesAFileOverTheSizeLimit() throws {
        let body = String(repeating: "Long story. ", count: ContentLimits.maximumFileBytes / 12 + 1)
        #expect(try SiteFixture.messages(path, "---\ntitle: About\n---\n" + body) == [
            "content/pages/about.md:1:1: error: file is 4.1 MB; a content file may be at most 4 MB. Split it, or move large "
                + "data and pictures to content/media",
        ])
    }

    @Test func reportsDuplicateFields() throws {
        #expect(try SiteFixture.messages(path, "---\ntitle: About\ntitle: Again\n---\n") == [
            "content/pages/about.md:2:1: error: duplicate field 'title'; keep one",
        ])
    }

    @Test func refusesUnknownFieldsWithAHint() throws {
        #expect(try SiteFixture.messages(path, "---\ntitel: About\ntitle: About\ncolour: red\ndrafts: true\n---\n") == [
            "content/pages/about.md:2:1: error: unknown field 'titel'; did you mean 'title'?",
            "content/pages/about.md:4:1: error: unknown field 'colour'; put data for the theme under 'params:'",
            "content/pages/about.md:5:1: error: unknown field 'drafts'; did you mean 'draft'?",
        ])
    }

    @Test func keepsThemeDataUnderParamsTyped() throws {
        let content = try SiteFixture([path: "---\ntitle: About\nparams:\n  colour: red\n  wide: true\n  order: 3\n  code: \"007\"\n---\n"]).load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.pages.first?.metadata.params == ["colour": .string("red"), "wide": .bool(true), "order": .int(3), "code": .string("007")])
    }

    @Test func countsColumnsInCharactersAfterArabicText() throws {
        // "تدريب" is 5 characters and 10 UTF-8 bytes; the bad tag starts at character column 15.
        #expect(try SiteFixture.messages(path, "---\ntitle: About\ntags: [تدريب, a/b]\n---\n") == [
            "content/pages/about.md:3:15: error: tag 'a/b' contains '/'; use letters, digits, '-' and '_' only",
        ])
    }
}
