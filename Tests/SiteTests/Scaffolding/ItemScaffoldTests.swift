import Content
import Foundation
import Testing
import TestSupport
@testable import Site

@Suite struct ItemScaffoldTests {
    @Test(arguments: [
        ("Remote Arabic–English Translator", "remote-arabic-english-translator"),
        ("  Café  owner, Irbid!  ", "cafe-owner-irbid"),
        ("مترجمة عن بعد", "story-2026-11-23"),
    ])
    func slugsAreLowercaseASCII(_ title: String, _ slug: String) {
        #expect(ItemScaffold.slug(for: title, fallback: "story-2026-11-23") == slug)
    }

    @Test func openingScaffoldHasEveryField() {
        let text = ItemScaffold.text(kind: .opening, title: "Data \"annotator\"", today: "2026-11-23", expires: "2026-12-23", language: "en")
        for field in ["title: \"Data \\\"annotator\\\"\"", "organisation:", "posted: 2026-11-23", "expires: 2026-12-23", "workplace:",
                      "applicant_countries:", "employment_type:", "pipeline:", "languages:", "devices:", "salary:", "apply_url:", "work_permit:"] {
            #expect(text.contains(field), "missing \(field)")
        }
        #expect(text.hasPrefix("---\n"))
    }

    /// Loads one scaffolded file with `draft: true` turned off, returning its diagnostics as printed.
    private func loadUndrafted(_ kind: ItemScaffold.Kind, _ edit: (String) -> String = { $0 }) throws -> [String] {
        let folder = TemporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder.url) }
        let text = ItemScaffold.text(kind: kind, title: "New item", today: "2026-11-23", expires: "2026-12-23", language: .english)
        try folder.write([
            "content/site.yml": "title: T\nbase_url: https://example.org\n",
            "content/\(kind.folder)/new-item.md": edit(text.replacingOccurrences(of: "draft: true", with: "draft: false")),
        ])
        return ContentLoader(root: folder.url).load().diagnostics.filter(\.isError).map(\.description)
    }

    @Test func aScaffoldedOpeningCannotPublishEmpty() throws {
        let advice = "from 'pathways new'; replace it with the item's own text, or keep 'draft: true'"
        #expect(try loadUndrafted(.opening) == [
            "content/openings/new-item.md:8:15: error: 'organisation' still holds the placeholder 'Who is hiring' \(advice)",
            "content/openings/new-item.md:26:12: error: 'apply_url' still holds the placeholder 'https://example.org/apply' \(advice)",
            "content/openings/new-item.md:32:1: error: the body still holds the prompt 'Describe the work, the hours and the team.' \(advice)",
            "content/openings/new-item.md:36:1: error: the body still holds the prompt 'List the skills, languages and devices the work needs.' \(advice)",
            "content/openings/new-item.md:40:1: error: the body still holds the prompt 'Say how to apply, by when, and what happens next.' \(advice)",
        ])
    }

    @Test func aScaffoldedStoryWithConsentCannotPublishItsPrompt() throws {
        let messages = try loadUndrafted(.story) { $0.replacingOccurrences(of: "consent: pending", with: "consent: given") }
        #expect(messages == [
            "content/stories/new-item.md:19:1: error: the body still holds the prompt 'What was life like before, what changed, and what "
                + "comes next, in their words.' from 'pathways new'; replace it with the item's own text, or keep 'draft: true'",
        ])
    }

    @Test func aScaffoldedDraftLoadsWithoutErrors() throws {
        for kind in ItemScaffold.Kind.allCases {
            let folder = TemporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder.url) }
            let text = ItemScaffold.text(kind: kind, title: "New item", today: "2026-11-23", expires: "2026-12-23", language: .english)
            try folder.write(["content/site.yml": "title: T\nbase_url: https://example.org\n", "content/\(kind.folder)/new-item.md": text])
            #expect(ContentLoader(root: folder.url).load().diagnostics.map(\.description) == [], "\(kind)")
        }
    }

    @Test func aLanguageWithALineBreakCannotAddAField() throws {
        #expect(throws: InvalidValue("unknown language code 'en\\nconsent: given'; expected an ISO 639-1 code such as 'en', 'ar' or 'uk'")) {
            try LanguageCode("en\nconsent: given")
        }
        let text = ItemScaffold.text(kind: .story, title: "T", today: "2026-11-23", expires: "2026-12-23", language: "en\nconsent: given")
        #expect(text.contains("lang: \"en\\nconsent: given\"\n"))
        #expect(!text.contains("\nconsent: given\n"))
    }
}

@Suite struct ItemScaffoldCreateTests {
    @Test func writesThroughTheFileSystemAndNeverReplaces() throws {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/site/content/site.yml", "title: T\n")
        let path = try ItemScaffold.create(kind: .opening, title: "Tutor", slug: "tutor", today: "2026-11-23", expires: "2026-12-23",
                                           language: try LanguageCode("ar"), siteRoot: "/site", fileSystem: &fileSystem)
        #expect(path == "content/openings/tutor.md")
        let text = String(decoding: try fileSystem.contents(of: "/site/content/openings/tutor.md"), as: UTF8.self)
        #expect(text.contains("lang: ar\n"))
        #expect(throws: ScaffoldError.self) {
            _ = try ItemScaffold.create(kind: .opening, title: "Tutor", slug: "tutor", today: "2026-11-23", expires: "2026-12-23",
                                        language: try LanguageCode("en"), siteRoot: "/site", fileSystem: &fileSystem)
        }
    }
}
