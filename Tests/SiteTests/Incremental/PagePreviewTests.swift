import Dispatch
import Foundation
import Testing
import TestSupport
@testable import Site

/// `serve` shows a body edit before it rebuilds: the preview must be the very page the rebuild writes, and must not
/// be made for an edit that changes more than its item's own pages.
@Suite(.serialized) struct PagePreviewTests {
    static let opening = "content/openings/bicycle-mechanic-apprentice-gaziantep.md"
    /// A bundle whose lead photo sits beside it (the preview keeps the last build's picture), with no picture in its body.
    static let story = "content/stories/samir-bicycle-workshop/index.md"

    /// The example site in two languages, built once in a session as `serve` builds it.
    func builtSite() async throws -> (TemporaryFolder, BuildSession) {
        let site = TemporaryFolder(prefix: "preview-site")
        try site.copyFromRepository("templates")
        try site.copyFromRepository("content")
        try edit(site, "content/site.yml") { $0.replacingOccurrences(of: "languages: [en, ar, uk, fr, fa]", with: "languages: [en, ar]") }
        let session = BuildSession()
        let report = await build(site, session: session)
        #expect(report.succeeded, "\(report.diagnostics)")
        return (site, session)
    }

    func build(_ site: TemporaryFolder, session: BuildSession) async -> BuildReport {
        var settings = BuildSettings(root: site.url, output: site.url.appendingPathComponent("public"), now: try! BuildDate("2026-11-23"))
        settings.cache = .reuse
        settings.updatesOutputInPlace = true
        settings.session = session
        let builder = SiteBuilder(settings: settings)
        return await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: builder.build()) }
        }
    }

    func edit(_ site: TemporaryFolder, _ path: String, _ change: (String) -> String) throws {
        let url = site.url.appendingPathComponent(path)
        try Data(change(try String(contentsOf: url, encoding: .utf8)).utf8).write(to: url)
    }

    func preview(_ site: TemporaryFolder, _ session: BuildSession, _ paths: String...) -> [String: [UInt8]]? {
        session.previewPages(changedFiles: paths.map { site.url.appendingPathComponent($0).path })
    }

    @Test func aBodyEditIsPreviewedAsTheRebuildWritesIt() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        try edit(site, Self.opening) { $0 + "\nBring your own *gloves* on the first day.\n" }
        try edit(site, Self.story) { $0 + "\nShe answers within a week.\n" }

        let pages = try #require(preview(site, session, Self.opening, Self.story))
        #expect(pages.keys.contains("openings/bicycle-mechanic-apprentice-gaziantep/index.html"))
        #expect(pages.keys.contains("stories/samir-bicycle-workshop/index.html"))
        for (path, bytes) in pages {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(html.contains("<em>gloves</em>") || html.contains("within a week"), "\(path) shows the edit")
            if path.hasPrefix("stories/") { #expect(html.contains("<picture"), "the story keeps its photo") }
        }

        let rebuilt = await build(site, session: session)
        #expect(rebuilt.succeeded)
        for (path, bytes) in pages {
            let written = try [UInt8](Data(contentsOf: site.url.appendingPathComponent("public/" + path)))
            #expect(written == bytes, "the rebuild wrote \(path) as the preview showed it")
        }
    }

    @Test func editsThatChangeMoreThanTheirPagesAreNotPreviewed() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        let original = try String(contentsOf: site.url.appendingPathComponent(Self.opening), encoding: .utf8)
        func restore() throws { try Data(original.utf8).write(to: site.url.appendingPathComponent(Self.opening)) }

        try edit(site, Self.opening) { $0.replacingOccurrences(of: "title: \"", with: "title: \"Renamed: ") }
        #expect(preview(site, session, Self.opening) == nil, "a new title changes lists and cards")
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "title: \"Renamed: ", with: "title: \"") + "\n![A bike](/media/logo.svg)\n" }
        #expect(preview(site, session, Self.opening) == nil, "a body with media publishes files")
        try restore()
        try edit(site, Self.opening) { $0 + "\n<script>alert(1)</script>\n" }
        #expect(preview(site, session, Self.opening) == nil, "raw HTML left out is a warning the rebuild reports")
        try restore()
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "title: \"", with: "title: [\"") }
        #expect(preview(site, session, Self.opening) == nil, "a file with a problem")
        try restore()
        try site.write(["content/openings/new-one.md": "---\ntitle: \"New\"\nexpires: 2027-01-01\n---\nBody.\n"])
        #expect(preview(site, session, "content/openings/new-one.md") == nil, "a new file changes lists")
        #expect(preview(site, session, Self.opening, "content/site.yml") == nil, "site.yml changes every page")
        #expect(preview(site, session, Self.opening, "templates/layouts/opening.liquid") == nil, "a template")
        #expect(preview(site, session, "/elsewhere/content/openings/x.md") == nil, "a file outside the site")

        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/openings/new-one.md"))
        try edit(site, "templates/layouts/opening.liquid") { $0 + "{% if %}" }
        let failed = await build(site, session: session)
        #expect(!failed.succeeded)
        try edit(site, Self.opening) { $0 + "\nOne more line.\n" }
        #expect(preview(site, session, Self.opening) == nil, "after a failed build there is nothing trustworthy to preview with")
    }
}
