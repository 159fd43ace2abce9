import Content
import Foundation
import Testing

@Suite struct DecodingMemoTests {
    let story = "---\ntitle: Amal\ndate: 2026-01-01\nconsent: given\n---\nBody.\n"

    /// What a load says, as a user sees it: every diagnostic and every item's path and title.
    func summary(_ content: LoadedContent) -> [String] {
        content.diagnostics.map(\.description) + content.stories.map { "\($0.metadata.sourcePath) \($0.metadata.title)" }
    }

    @Test func unchangedFilesComeFromTheMemoWithTheirProblemsAndChangedOnesAreDecoded() throws {
        let fixture = try SiteFixture([
            "content/stories/amal.md": story,
            "content/stories/samir.md": story.replacingOccurrences(of: "Amal", with: "Samir"),
            "content/stories/broken.md": "---\ntitle: Broken\ndate: soon\nconsent: given\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let loader = ContentLoader(root: fixture.root)
        let memo = DecodingMemo()
        let first = loader.load(memo: memo)
        #expect(memo.reusedByLastLoad == 0)
        #expect(first.diagnostics.map(\.description) == ["content/stories/broken.md:3:7: error: 'date' must be a date (YYYY-MM-DD), found 'soon'"])

        let second = loader.load(memo: memo)
        #expect(memo.reusedByLastLoad == 3)
        #expect(summary(second) == summary(first))

        try Data(story.replacingOccurrences(of: "Amal", with: "Amal Haddad").utf8).write(to: fixture.root.appendingPathComponent("content/stories/amal.md"))
        let third = loader.load(memo: memo)
        #expect(memo.reusedByLastLoad == 2)
        #expect(summary(third) == summary(loader.load()))
        #expect(third.stories.contains { $0.metadata.title == "Amal Haddad" })
    }

    @Test func aChangedSiteYmlDecodesEveryFileAgain() throws {
        let fixture = try SiteFixture(["content/stories/amal.md": story.replacingOccurrences(of: "consent", with: "lang: fr\nconsent")])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let loader = ContentLoader(root: fixture.root)
        let memo = DecodingMemo()
        let before = loader.load(memo: memo)
        #expect(before.diagnostics.contains { $0.message.contains("fr") }, "fr is not one of the site's languages: \(before.diagnostics)")
        try Data(SiteFixture.siteYML.replacingOccurrences(of: "[en, ar]", with: "[en, ar, fr]").utf8)
            .write(to: fixture.root.appendingPathComponent("content/site.yml"))
        let after = loader.load(memo: memo)
        #expect(memo.reusedByLastLoad == 0)
        #expect(after.diagnostics.isEmpty, "\(after.diagnostics)")
    }
}
