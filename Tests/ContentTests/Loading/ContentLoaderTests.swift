import Content
import Foundation
import Testing
import TestSupport

@Suite struct ContentLoaderTests {
    @Test func reportsAllErrorsFromAllFilesInOneRunSorted() throws {
        let content = try SiteFixture([
            "content/stories/b.md": "---\ntitle: B\ndate: 2026-01-01\nconsent: yes\n---\n",
            "content/stories/a.md": "---\ntitle: A\ndate: soon\nconsent: given\n---\n",
            "content/openings/job.md": "---\ntitle: Job\nremote: true\norganisation: Org\napply_url: https://example.org/jobs/1\n---\n",
            "content/pages/Bad Name.md": "---\ntitle: Page\n---\n",
            "content/storys/x.md": "---\ntitle: X\n---\n",
        ]).load()
        #expect(content.diagnostics.map(\.description) == [
            "content/openings/job.md:1:1: error: missing required field 'expires'",
            "content/pages/Bad Name.md:1:1: error: file name 'Bad Name.md' is not a valid slug; rename it using only lowercase a-z, 0-9 and '-' "
                + "or set 'slug' in the front matter (for example 'bad-name')",
            "content/stories/a.md:3:7: error: 'date' must be a date (YYYY-MM-DD), found 'soon'",
            "content/stories/b.md:4:10: error: unknown consent 'yes'; expected one of given, pending, withdrawn",
            "content/storys:1:1: warning: 'content/storys' is not a content folder and is ignored; expected one of stories, evaluations, "
                + "openings, pages, media; did you mean 'stories'?",
        ])
        #expect(content.hasErrors)
    }

    @Test func rejectsDuplicateSlugsWithinAKindInAnyLanguage() throws {
        let story = "---\ntitle: T\ndate: 2026-01-01\nconsent: given\n"
        let content = try SiteFixture([
            "content/stories/amal.md": story + "---\n",
            "content/stories/zz-amal.md": story + "slug: amal\n---\n",
            "content/stories/amal-ar.md": story + "slug: amal\nlang: ar\n---\n",
        ]).load()
        // Translations share the kind's folder, so one slug in two languages would write one page over the other.
        #expect(content.diagnostics.map(\.description) == [
            "content/stories/amal.md:1:1: error: duplicate slug 'amal': content/stories/amal-ar.md already uses it (in another language: "
                + "give each translation its own slug and the same translation_key)",
            "content/stories/zz-amal.md:5:7: error: duplicate slug 'amal': content/stories/amal-ar.md already uses it (in another language: "
                + "give each translation its own slug and the same translation_key)",
        ])
        #expect(content.stories.map(\.sourcePath) == ["content/stories/amal-ar.md"])
    }

    @Test func skipsDraftsUnlessAsked() throws {
        let files = [
            "content/pages/about.md": "---\ntitle: About\nmenu_order: 2\n---\n",
            "content/pages/wip.md": "---\ntitle: WIP\ndraft: true\n---\n",
            "content/media/photos/a.jpg": "x",
            "content/media/logo.svg": "x",
        ]
        let published = try SiteFixture(files).load()
        #expect(published.pages.map(\.slug.rawValue) == ["about"])
        #expect(published.pages.first?.menuOrder == 2)
        #expect(published.mediaFiles == ["logo.svg", "photos/a.jpg"])
        #expect(try SiteFixture(files).load(includeDrafts: true).pages.map(\.slug.rawValue) == ["about", "wip"])
    }

    @Test func defaultsTheLanguageFromSiteYMLAndWarnsAboutOthers() throws {
        let content = try SiteFixture([
            "content/pages/about.md": "---\ntitle: About\n---\n",
            "content/pages/uber.md": "---\ntitle: Über\nlang: de\n---\n",
        ]).load()
        #expect(content.pages.map(\.lang.code) == ["en", "de"])
        #expect(content.diagnostics.map(\.description) == [
            "content/pages/uber.md:3:7: warning: language 'de' is not one of site.yml's languages (ar, en)",
        ])
    }

    @Test(.enabled(if: SharedFolder.file("bench/gen_corpus.py") != nil, "skipped: ../shared/bench/gen_corpus.py is absent"))
    func loadsTheBenchmarkCorpusWithoutProblems() throws {
        let generator = try #require(SharedFolder.file("bench/gen_corpus.py"))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", generator.path, root.path, "200"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        try Data(SiteFixture.siteYML.utf8).write(to: root.appendingPathComponent("content/site.yml"))
        let content = ContentLoader(root: root).load()
        #expect(content.diagnostics.map(\.description) == [])
        #expect(content.stories.count + content.evaluations.count + content.openings.count == 200)
    }

    @Test func warnsAboutOneTagSpeltTwoWaysWithoutAVocabulary() throws {
        let content = try SiteFixture([
            "content/pages/a.md": "---\ntitle: A\ntags: [welcometalent]\n---\n",
            "content/pages/b.md": "---\ntitle: B\ntags: [welcometalent, level-1]\n---\n",
            "content/pages/c.md": "---\ntitle: C\ntags: [Welcome Talent, level-2]\n---\n",
            "content/pages/d.md": "---\ntitle: D\ntags: [welcometallent]\n---\n",
        ]).load()
        #expect(content.diagnostics.map(\.description) == [
            "content/pages/c.md:3:8: warning: tag 'welcome-talent' looks like 'welcometalent' (used in 2 files); use one spelling, "
                + "or declare the site's tags under 'tags:' in content/site.yml",
            "content/pages/d.md:3:8: warning: tag 'welcometallent' looks like 'welcometalent' (used in 2 files); use one spelling, "
                + "or declare the site's tags under 'tags:' in content/site.yml",
        ])
    }

    /// A misspelling used as often as the right spelling: neither is known to be the right one, so both are shown.
    @Test func warnsAtBothSpellingsOfATagUsedAsOftenAsEachOther() throws {
        let content = try SiteFixture([
            "content/pages/a.md": "---\ntitle: A\ntags: [data-collection]\n---\n",
            "content/pages/b.md": "---\ntitle: B\ntags: [remote, data-colection]\n---\n",
            "content/pages/c.md": "---\ntitle: C\ntags: [remote]\n---\n",
        ]).load()
        #expect(content.diagnostics.map(\.description) == [
            "content/pages/a.md:3:8: warning: tag 'data-collection' looks like 'data-colection', used as often (in 1 file); use one spelling, "
                + "or declare the site's tags under 'tags:' in content/site.yml",
            "content/pages/b.md:3:16: warning: tag 'data-colection' looks like 'data-collection', used as often (in 1 file); use one spelling, "
                + "or declare the site's tags under 'tags:' in content/site.yml",
        ])
    }

    @Test func loadsTheExampleSiteWithTheRCTsOwnEffect() throws {
        let content = ContentLoader(root: SharedFolder.repositoryRoot).load()
        #expect(content.diagnostics.filter(\.isError).map(\.description) == [])
        let rct = try #require(content.evaluations.first { $0.sourcePath.hasSuffix("remote-support-academy-rct.md") })
        let employed = try #require(rct.outcomes.first)
        #expect(employed.estimatedEffect?.source == .reported)
        #expect(employed.estimatedEffect?.estimate == OutcomeDifference(value: 12, unit: .percentagePoints))
        #expect(employed.differenceInDifferences == OutcomeDifference(value: 12, unit: .percentagePoints))
        #expect(employed.beforeAfterChange == OutcomeDifference(value: 17, unit: .percentagePoints))
        let prePost = try #require(content.evaluations.first { $0.method == .prePost })
        #expect(prePost.outcomes.allSatisfy { $0.estimatedEffect == nil })
    }
}
