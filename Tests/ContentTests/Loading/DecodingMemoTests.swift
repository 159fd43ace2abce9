import Content
import Foundation
import Testing
import TestSupport

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

extension RecordShelf {
    /// A decoding memo that reads and keeps its records here (a text's digest: its hash in this process, and length).
    var memo: DecodingMemo {
        DecodingMemo(stored: { [self] path in record(for: path) }, store: { [self] path, record in hold(path, record) },
                     digest: { text in Array(String(text.hashValue, radix: 16).utf8) + Array(String(text.utf8.count).utf8) })
    }
}

@Suite struct StoredDecodingMemoTests {
    /// Whether two loads give the same items and report the same problems.
    func same(_ one: LoadedContent, _ other: LoadedContent) -> Bool {
        one.stories == other.stories && one.evaluations == other.evaluations && one.openings == other.openings
            && one.pages == other.pages && one.diagnostics.map(\.description) == other.diagnostics.map(\.description)
    }

    let story = "---\ntitle: Amal\ndate: 2026-01-01\nconsent: given\ntags: [welding]\nparams: {quote: \"x\", stars: 4}\n---\nBody\r\nwith é.\n"

    @Test func filesKeptOutsideAreReadBackAsDecodedAndOnlyChangedOnesAreDecodedAgain() throws {
        let fixture = try SiteFixture([
            "content/stories/amal.md": story,
            "content/stories/samir/index.md": story.replacingOccurrences(of: "Amal", with: "Samir"),
            "content/stories/samir/photo.txt": "not a photo",
            "content/openings/welder.md": "---\ntitle: Welder\norganisation: Metalworks\nlocation: Irbid\nexpires: 2026-12-01\nsalary: {min: 10, max: 12, currency: EUR, period: hour}\napply_url: https://jobs.metalworks.jo/welder\n---\nWeld.\n",
            "content/stories/odd.md": story.replacingOccurrences(of: "title: Amal", with: "title: Odd\nlang: de"),
        ])
        defer { try? FileManager.default.removeItem(at: fixture.root) }
        let loader = ContentLoader(root: fixture.root)
        let shelf = RecordShelf()
        let reference = loader.load()
        #expect(reference.diagnostics.map(\.description) == ["content/stories/odd.md:3:7: warning: language 'de' is not one of site.yml's languages (ar, en)"])

        let first = loader.load(memo: shelf.memo)
        #expect(same(first, reference))
        // The file with a warning is not kept: it is decoded again, and its warning reported again, every time.
        #expect(shelf.shelve().sorted() == ["content/openings/welder.md", "content/stories/amal.md", "content/stories/samir/index.md"])

        let memo = shelf.memo
        let second = loader.load(memo: memo)
        #expect(memo.reusedByLastLoad == 3)
        #expect(same(second, reference))
        _ = shelf.shelve()

        // An edited body, and a bundle given another file: each decoded again.
        try Data(story.replacingOccurrences(of: "with é", with: "with ü").utf8).write(to: fixture.root.appendingPathComponent("content/stories/amal.md"))
        try Data("more".utf8).write(to: fixture.root.appendingPathComponent("content/stories/samir/notes.txt"))
        let third = shelf.memo
        let edited = loader.load(memo: third)
        #expect(third.reusedByLastLoad == 1)
        #expect(same(edited, loader.load()))
        #expect(edited.stories.contains { $0.metadata.body == "Body\r\nwith ü.\n" })
        _ = shelf.shelve()

        // Other site settings (a language added): nothing is reused.
        try Data(SiteFixture.siteYML.replacingOccurrences(of: "[en, ar]", with: "[en, ar, de]").utf8)
            .write(to: fixture.root.appendingPathComponent("content/site.yml"))
        let fourth = shelf.memo
        #expect(same(loader.load(memo: fourth), loader.load()))
        #expect(fourth.reusedByLastLoad == 0)
    }
}
