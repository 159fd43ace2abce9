import Foundation
import Testing
import TestSupport
@testable import Site

/// The SPEC's guarantees, each on a small fixture site with the default theme.
@Suite struct GuaranteeTests {
    static let siteYML = "title: Test site\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [en, ar]\nper_page: 2\n"

    static func story(_ slug: String, title: String = "A story", consent: String = "given", extra: String = "") -> (String, String) {
        ("content/stories/\(slug).md", "---\ntitle: \"\(title)\"\ndate: 2026-09-01\nconsent: \(consent)\ntags: [welcometalent]\n\(extra)---\nBody of \(slug).\n")
    }

    func makeSite(_ files: [String: String]) throws -> TemporaryFolder {
        let folder = TemporaryFolder(prefix: "fixture-site")
        try folder.copyFromRepository("templates")
        try folder.write(["content/site.yml": Self.siteYML].merging(files) { _, new in new })
        return folder
    }

    func build(_ site: TemporaryFolder, output: URL? = nil, now: String = "2026-11-23") -> BuildReport {
        SiteBuilder(settings: BuildSettings(root: site.url, output: output ?? site.url.appendingPathComponent("public"), now: try! BuildDate(now))).build()
    }

    func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in TemporaryFolder.files(under: folder) { result[file] = try Data(contentsOf: folder.appendingPathComponent(file)) }
        return result
    }

    @Test func failedBuildLeavesPreviousOutputByteIdentical() throws {
        let site = try makeSite(Dictionary(uniqueKeysWithValues: [Self.story("first")]))
        defer { site.remove() }
        let output = site.url.appendingPathComponent("public")
        #expect(build(site).succeeded)
        let before = try contents(of: output)

        try site.write(["content/stories/second.md": "---\ntitle: Broken\ndate: not-a-date\nconsent: given\n---\nx\n",
                        "templates/layouts/story.liquid": "{% extends 'base' %}{% block content %}{% if %}{% endblock %}"])
        let report = build(site)
        #expect(!report.succeeded)
        #expect(report.errorCount >= 2, "content and template errors are reported in one run")
        #expect(report.diagnostics.contains { $0.description.hasPrefix("content/stories/second.md:3:7: error:") }, "\(report.diagnostics)")
        #expect(report.diagnostics.contains { $0.description.hasPrefix("templates/layouts/story.liquid:1:") })
        #expect(try contents(of: output) == before)
        // `.pathways-cache` keeps the first build's link previews.
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path).sorted() == [".pathways-cache", "content", "public", "templates"])
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = try makeSite(Dictionary(uniqueKeysWithValues: [Self.story("a"), Self.story("b"), Self.story("c", title: "Ç")]))
        defer { site.remove() }
        let first = site.url.appendingPathComponent("out1"), second = site.url.appendingPathComponent("out2")
        #expect(build(site, output: first).succeeded)
        #expect(build(site, output: second).succeeded)
        let a = try contents(of: first), b = try contents(of: second)
        #expect(a.count > 10)
        #expect(a == b)
    }

    @Test func hostileSlugsAndTagsWriteNothingOutside() throws {
        let site = try makeSite([
            "content/stories/evil.md": "---\ntitle: Evil\nslug: ../../escaped\ndate: 2026-09-01\nconsent: given\n---\nx\n",
            "content/stories/evil-tag.md": "---\ntitle: Evil tag\ndate: 2026-09-01\nconsent: given\ntags: [\"../../escaped\"]\n---\nx\n",
        ])
        defer { site.remove() }
        let report = build(site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.contains { $0.path == "content/stories/evil.md" && $0.line == 3 })
        #expect(report.diagnostics.contains { $0.path == "content/stories/evil-tag.md" })
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path).sorted() == ["content", "templates"])
        #expect(!FileManager.default.fileExists(atPath: site.url.deletingLastPathComponent().appendingPathComponent("escaped").path))
    }

    @Test func scriptInATitleStaysText() throws {
        let site = try makeSite(Dictionary(uniqueKeysWithValues: [Self.story("xss", title: "<script>alert(1)</script>"),
                                                                  ("content/stories/raw.md", "---\ntitle: Raw\ndate: 2026-09-01\nconsent: given\n---\n<script>alert(2)</script>\n")]))
        defer { site.remove() }
        #expect(build(site).succeeded)
        let output = site.url.appendingPathComponent("public")
        for file in TemporaryFolder.files(under: output) where file.hasSuffix(".html") || file.hasSuffix(".xml") {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            #expect(!text.contains("<script>alert"), "\(file)")
        }
        let page = try String(contentsOf: output.appendingPathComponent("stories/xss/index.html"), encoding: .utf8)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test func onlyStoriesWithConsentArePublished() throws {
        let site = try makeSite(Dictionary(uniqueKeysWithValues: [Self.story("yes"), Self.story("later", consent: "pending"), Self.story("no", consent: "withdrawn")]))
        defer { site.remove() }
        #expect(build(site).succeeded)
        let files = TemporaryFolder.files(under: site.url.appendingPathComponent("public"))
        #expect(files.contains("stories/yes/index.html"))
        #expect(!files.contains { $0.contains("later") || $0.contains("no/") })
    }

    @Test func openingsCloseAfterTheirExpiryDate() throws {
        let opening = "---\ntitle: Tutor\norganisation: Org\nposted: 2026-10-01\nexpires: 2026-11-22\nremote: true\napply_url: mailto:jobs@example.org\nemployment_type: part-time\ntags: [welcometalent]\n---\nTeach.\n"
        let site = try makeSite(["content/openings/tutor.md": opening])
        defer { site.remove() }
        let output = site.url.appendingPathComponent("public")
        #expect(build(site, now: "2026-11-22").succeeded)
        #expect(try String(contentsOf: output.appendingPathComponent("openings/index.html"), encoding: .utf8).contains("/openings/tutor/"))
        #expect(build(site, now: "2026-11-23").succeeded)
        #expect(!(try String(contentsOf: output.appendingPathComponent("openings/index.html"), encoding: .utf8)).contains("/openings/tutor/"))
        #expect(try String(contentsOf: output.appendingPathComponent("openings/tutor/index.html"), encoding: .utf8).contains("noindex"))
    }

    @Test func checkFindsBrokenLinksAndWritesNothing() throws {
        let site = try makeSite(["content/stories/linker.md": "---\ntitle: Linker\ndate: 2026-09-01\nconsent: given\n---\nSee [the missing page](/stories/nowhere/).\n"])
        defer { site.remove() }
        let report = SiteBuilder(settings: BuildSettings(root: site.url, output: site.url.appendingPathComponent("public"), now: try! BuildDate("2026-11-23"))).check()
        #expect(report.diagnostics.map(\.description).contains(
            "content/stories/linker.md:6:24: error: broken link '/stories/nowhere/': the site has no page stories/nowhere/index.html"), "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
    }

    @Test("a broken link is placed in the body, read again from the file, even when the front matter holds the same text")
    func brokenLinksArePlacedInTheBody() throws {
        let story = "---\ntitle: Linker\nsummary: about /stories/nowhere/\ndate: 2026-09-01\nconsent: given\n---\nIntro.\n\n"
            + "Then [the missing page](/stories/nowhere/).\n"
        let site = try makeSite(["content/stories/linker.md": story])
        defer { site.remove() }
        let report = build(site, now: "2026-11-23")
        #expect(report.diagnostics.map(\.description) == [
            "content/stories/linker.md:9:25: error: broken link '/stories/nowhere/': the site has no page stories/nowhere/index.html",
        ])
    }

    @Test func aLinkOutOfTheSiteIsNeverPublished() throws {
        let site = try makeSite(["content/stories/bundle/index.md": Self.story("bundle").1])
        defer { site.remove() }
        let links = ["content/media/passwd.txt", "content/stories/bundle/passwd.txt", "templates/assets/passwd.txt"]
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        for link in links {
            try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent(link).path, withDestinationPath: "/etc/passwd")
        }
        let report = build(site)
        #expect(!report.succeeded)
        #expect(report.diagnostics.filter(\.isError).map(\.path).sorted() == links.sorted(), "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
    }

    @Test func aLinkInsideTheSiteIsCopiedAsARealFile() throws {
        let site = try makeSite(["content/media/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
                                 "content/site.yml": Self.siteYML + "publish_media: [copy.svg]\n"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.url.appendingPathComponent("content/media/copy.svg").path, withDestinationPath: "logo.svg")
        #expect(build(site).succeeded)
        let copy = site.url.appendingPathComponent("public/media/copy.svg")
        #expect(try FileManager.default.attributesOfItem(atPath: copy.path)[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func aPipeInMediaIsReportedInsteadOfHangingTheBuild() throws {
        let site = try makeSite([:])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.url.appendingPathComponent("content/media"), withIntermediateDirectories: true)
        #expect(mkfifo(site.url.appendingPathComponent("content/media/pipe").path, 0o644) == 0)
        let report = build(site)
        #expect(report.diagnostics.map(\.description) == [
            "content/media/pipe:1:1: error: 'content/media/pipe' is a named pipe (FIFO), not a regular file; only regular files are read and published"])
    }

    @Test func aBundleFileThatWouldOverwriteItsPageIsAnError() throws {
        let site = try makeSite(["content/stories/bundle/index.md": Self.story("bundle").1, "content/stories/bundle/index.html": "<p>mine</p>"])
        defer { site.remove() }
        let report = build(site)
        #expect(report.diagnostics.map(\.description).contains(
            "content/stories/bundle/index.md:1:1: error: two outputs would be written to 'stories/bundle/index.html': from "
                + "content/stories/bundle/index.md and from \(site.url.path)/content/stories/bundle/index.html; give one of them another slug or file name"),
            "\(report.diagnostics)")
    }

    @Test func aClosedTranslationIsNoAlternateInTheSitemap() throws {
        let opening = { (lang: String, expires: String) in
            "---\ntitle: Tutor\norganisation: Org\nlang: \(lang)\ntranslation_key: tutor\nposted: 2026-10-01\nexpires: \(expires)\n"
                + "remote: true\napply_url: https://jobs.example.net/tutor\n---\nTeach.\n"
        }
        let site = try makeSite(["content/openings/tutor.md": opening("en", "2026-11-01"), "content/openings/tutor-ar.md": opening("ar", "2026-12-31")])
        defer { site.remove() }
        #expect(build(site).succeeded)
        let sitemap = try String(contentsOf: site.url.appendingPathComponent("public/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("https://example.org/openings/tutor-ar/"))
        #expect(!sitemap.contains("https://example.org/openings/tutor/"))
    }

    @Test func templatesSeeTheBuildDateNotTheClock() throws {
        let site = try makeSite([:])
        defer { site.remove() }
        try site.write(["templates/layouts/404.liquid": "{{ 'now' | date: '%Y-%m-%d' }} {{ 'today' | date: '%Y' }}"])
        #expect(build(site, now: "2031-03-04").succeeded)
        #expect(try String(contentsOf: site.url.appendingPathComponent("public/404.html"), encoding: .utf8) == "2031-03-04 2031")
    }
}
