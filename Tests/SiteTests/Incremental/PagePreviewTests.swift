import Dispatch
import Foundation
import Testing
import TestSupport
@testable import Site

/// `serve` shows an edit before it rebuilds: the previewed pages must be the very pages the rebuild writes, and every
/// page showing the edit must be among them; an edit that moves the item between lists gives a first look at its own
/// pages; an edit that moves the page itself, or publishes files, gets no preview.
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

    /// Every HTML page of the output that contains `text`, by path inside it.
    func pagesShowing(_ text: String, in site: TemporaryFolder) throws -> Set<String> {
        let output = site.url.appendingPathComponent("public")
        var found: Set<String> = []
        let files = try #require(FileManager.default.enumerator(atPath: output.path))
        for case let path as String in files where path.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            if html.contains(text) { found.insert(path) }
        }
        return found
    }

    @Test func aTitleEditIsPreviewedOnEveryPageThatShowsIt() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        try edit(site, Self.opening) {
            $0.replacingOccurrences(of: "title: \"Apprentice bicycle", with: "title: \"Paid apprentice bicycle")
                .replacingOccurrences(of: "organisation: \"Çark Bicycle Workshop\"", with: "organisation: \"Çark Cycles\"")
        }
        // `sed -i` and many editors write a scratch file beside the one they save and rename it over it.
        let scratch = "content/openings/sedX1b2c3"

        let pages = try #require(preview(site, session, Self.opening, scratch))
        #expect(pages.keys.contains("openings/bicycle-mechanic-apprentice-gaziantep/index.html"))
        #expect(pages.keys.contains("openings/index.html") || pages.keys.contains { $0.hasPrefix("openings/page/") }, "its list")
        #expect(pages.keys.contains("tags/mechanics/index.html"), "its tag")
        #expect(pages.keys.contains("ar/tags/mechanics/index.html"), "its tag in the other language")
        for (path, bytes) in pages {
            #expect(String(decoding: bytes, as: UTF8.self).contains("Paid apprentice bicycle"), "\(path) shows the new title")
        }

        let rebuilt = await build(site, session: session)
        #expect(rebuilt.succeeded)
        for (path, bytes) in pages {
            let written = try [UInt8](Data(contentsOf: site.url.appendingPathComponent("public/" + path)))
            #expect(written == bytes, "the rebuild wrote \(path) as the preview showed it")
        }
        #expect(try pagesShowing("Paid apprentice bicycle", in: site) == Set(pages.keys), "no page showing the edit was missed")
        #expect(try pagesShowing("Çark Cycles", in: site).isSubset(of: Set(pages.keys)))
    }

    /// Every HTML page of the output, by path inside it.
    func htmlPages(of site: TemporaryFolder) throws -> [String: [UInt8]] {
        let output = site.url.appendingPathComponent("public")
        var pages: [String: [UInt8]] = [:]
        let files = try #require(FileManager.default.enumerator(atPath: output.path))
        for case let path as String in files where path.hasSuffix(".html") {
            pages[path] = try [UInt8](Data(contentsOf: output.appendingPathComponent(path)))
        }
        return pages
    }

    /// Front matter edits across kinds that leave the item where it was: previewed on every page that shows them.
    static let frontMatterEdits: [(file: String, from: String, to: String, previewed: Bool)] = [
        (opening, "organisation: \"Çark Bicycle Workshop\"", "organisation: \"Çark & Sons\"", true),
        (opening, "location: \"Gaziantep, Türkiye\"", "location: \"Şehitkamil, Gaziantep\"", true),
        (opening, "salary: {min: 17000, max: 20000, currency: TRY, period: month}", "salary: {min: 18000, max: 21000, currency: TRY, period: month}", true),
        (opening, "work_permit: sponsored", "work_permit: required", true),
        (opening, "devices: [smartphone]", "devices: [smartphone, laptop]", true),
        (opening, "apply_url: https://jobs.example.org/cark/apprentice", "apply_url: mailto:jobs@example.org", true),
        ("content/stories/amal-translator-amman.md", "title: \"", "title: \"Now: ", true),
        ("content/stories/grace-bookkeeping-kampala.md", "country: UG", "country: KE", true),
        ("content/stories/grace-bookkeeping-kampala.md", "summary: \"Grace, who", "summary: \"Grace, whose family", true),
        ("content/evaluations/apprenticeships-gaziantep-2026.md", "baseline: 8, endline: 67", "baseline: 9, endline: 66", true),
        ("content/evaluations/apprenticeships-gaziantep-2026.md", "sample_size: 96", "sample_size: 97", true),
        ("content/evaluations/cash-for-work-mafraq-2025.md", "title: \"", "title: \"Revised: ", true),
    ]

    /// For each edit: either no preview, or a preview that is exactly what the rebuild changes, page for page
    /// (every page the rebuild writes differently is previewed, with the bytes it writes).
    @Test func aPreviewIsExactlyWhatTheRebuildChanges() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        for change in Self.frontMatterEdits {
            let before = change.previewed ? try htmlPages(of: site) : [:]
            let original = try String(contentsOf: site.url.appendingPathComponent(change.file), encoding: .utf8)
            #expect(original.contains(change.from), "\(change.file) has \(change.from)")
            try edit(site, change.file) { $0.replacingOccurrences(of: change.from, with: change.to) }
            let previewed = preview(site, session, change.file)
            if !change.previewed { #expect(previewed == nil, "\(change.to) moves the item: no preview") }
            let rebuilt = await build(site, session: session)
            #expect(rebuilt.succeeded)
            if change.previewed {
                let pages = try #require(previewed, "\(change.to) leaves the item where it was: previewed")
                let after = try htmlPages(of: site)
                let changed = Set(after.keys.filter { after[$0] != before[$0] })
                #expect(!changed.isEmpty, "\(change.to) shows somewhere")
                #expect(changed.isSubset(of: Set(pages.keys)), "\(change.to): pages the rebuild changed without a preview: \(changed.subtracting(pages.keys).sorted())")
                for (path, bytes) in pages { #expect(after[path] == bytes, "\(change.to): \(path) as previewed") }
            }
            try Data(original.utf8).write(to: site.url.appendingPathComponent(change.file))
            _ = await build(site, session: session)
        }
    }

    @Test func editsThatChangeMoreThanTheirPagesAreNotPreviewed() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        let original = try String(contentsOf: site.url.appendingPathComponent(Self.opening), encoding: .utf8)
        func restore() throws { try Data(original.utf8).write(to: site.url.appendingPathComponent(Self.opening)) }

        try edit(site, Self.opening) { $0.replacingOccurrences(of: "lang: en", with: "lang: en\nslug: bicycle-mechanic") }
        #expect(preview(site, session, Self.opening) == nil, "a new slug moves the page")
        try restore()
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "lang: en", with: "lang: tr") }
        #expect(preview(site, session, Self.opening) == nil, "another language moves the page among the languages")
        try restore()
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "lang: en", with: "lang: en\ndraft: true") }
        #expect(preview(site, session, Self.opening) == nil, "a draft leaves the site")
        try restore()
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "lang: en", with: "lang: en\ntags: [welcometalent]").replacingOccurrences(of: "tags: [welcometalent, apprenticeship, mechanics, youth]\n", with: "") + "\n![A bike](/media/logo.svg)\n" }
        #expect(preview(site, session, Self.opening) == nil, "a move with media in the body publishes files")
        try restore()
        let story = "content/stories/grace-bookkeeping-kampala.md"
        let storyText = try String(contentsOf: site.url.appendingPathComponent(story), encoding: .utf8)
        try edit(site, story) { $0.replacingOccurrences(of: "consent: given", with: "consent: withdrawn") }
        #expect(preview(site, session, story) == nil, "consent withdrawn takes the story off the site: never shown again")
        try Data(storyText.utf8).write(to: site.url.appendingPathComponent(story))
        try edit(site, Self.opening) { $0 + "\n![A bike](/media/logo.svg)\n" }
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
        #expect(preview(site, session, "content/openings/new-one.md") == nil, "a file the last build never saw, gone again, changes no page")
        try FileManager.default.moveItem(at: site.url.appendingPathComponent(Self.opening), to: site.url.appendingPathComponent("content/openings/renamed.md"))
        #expect(preview(site, session, Self.opening) == nil, "a published file gone leaves its lists")
        try FileManager.default.moveItem(at: site.url.appendingPathComponent("content/openings/renamed.md"), to: site.url.appendingPathComponent(Self.opening))

        try edit(site, "templates/layouts/opening.liquid") { $0 + "{% if %}" }
        let failed = await build(site, session: session)
        #expect(!failed.succeeded)
        try edit(site, Self.opening) { $0 + "\nOne more line.\n" }
        #expect(preview(site, session, Self.opening) == nil, "after a failed build there is nothing trustworthy to preview with")
    }

    /// Edits that move an item between lists, and what its own page must show at once.
    static let moves: [(file: String, from: String, to: String, shows: String)] = [
        (opening, "tags: [welcometalent, apprenticeship, mechanics, youth]", "tags: [welcometalent, apprenticeship, youth]",
         ">apprenticeship</a></li><li><a href=\"/tags/youth/\""),
        (opening, "employment_type: apprenticeship", "employment_type: internship", "<dt>Type of work</dt><dd>Internship"),
        (opening, "posted: 2026-10-15", "posted: 2026-10-16", "16 October 2026"),
        (opening, "languages: [tr, ar]", "languages: [tr]", "<dt>Languages</dt><dd>Turkish<"),
        (opening, "expires: 2026-12-20", "expires: 2026-11-20", "noindex"),
        ("content/stories/grace-bookkeeping-kampala.md", "date: 2026-01-27", "date: 2026-01-28", "28 January 2026"),
    ]

    /// A move previews the item's own pages only, showing the edit, before the rebuild; the rebuild then writes the lists.
    /// An opening that stays open, or a story, shows on its page what the rebuild writes there, byte for byte.
    @Test func anEditThatMovesAnItemGetsAFirstLookAtItsOwnPages() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        for move in Self.moves {
            let original = try String(contentsOf: site.url.appendingPathComponent(move.file), encoding: .utf8)
            #expect(original.contains(move.from), "\(move.file) has \(move.from)")
            let before = try htmlPages(of: site)
            try edit(site, move.file) { $0.replacingOccurrences(of: move.from, with: move.to) }
            let pages = try #require(preview(site, session, move.file), "\(move.to) gives a first look")
            let own = move.file.hasPrefix("content/stories/") ? "stories/grace-bookkeeping-kampala/index.html"
                : "openings/bicycle-mechanic-apprentice-gaziantep/index.html"
            #expect(Set(pages.keys) == [own], "\(move.to): only the item's own page, its lists wait for the rebuild")
            let shown = String(decoding: try #require(pages[own]), as: UTF8.self)
            #expect(shown.contains(move.shows), "\(move.to): the page shows \(move.shows)")
            let shownBefore = String(decoding: try #require(before[own], "the last build wrote \(own)"), as: UTF8.self)
            #expect(!shownBefore.contains(move.shows), "\(move.shows) was not on the page before")
            let rebuilt = await build(site, session: session)
            #expect(rebuilt.succeeded)
            let after = try htmlPages(of: site)
            let changedElsewhere = after.keys.filter { $0 != own && after[$0] != before[$0] }
            #expect(!changedElsewhere.isEmpty, "\(move.to) moves the item between lists: the rebuild changes them")
            if move.shows != "noindex" { #expect(after[own] == pages[own], "\(move.to): the rebuild writes the page as first shown") }
            try Data(original.utf8).write(to: site.url.appendingPathComponent(move.file))
            _ = await build(site, session: session)
        }
    }

    /// An opening closed by its new expiry shows closed at once, with the openings the rebuild will suggest on its page.
    @Test func anOpeningClosedByAnEditShowsClosedWithItsSuggestions() async throws {
        let (site, session) = try await builtSite()
        defer { site.remove() }
        try edit(site, Self.opening) { $0.replacingOccurrences(of: "expires: 2026-12-20", with: "expires: 2026-11-20") }
        let own = "openings/bicycle-mechanic-apprentice-gaziantep/index.html"
        let pages = try #require(preview(site, session, Self.opening))
        let shown = String(decoding: try #require(pages[own]), as: UTF8.self)
        #expect(shown.contains("<meta name=\"robots\" content=\"noindex\">"))
        let rebuilt = await build(site, session: session)
        #expect(rebuilt.succeeded)
        let written = String(decoding: try [UInt8](Data(contentsOf: site.url.appendingPathComponent("public/" + own))), as: UTF8.self)
        // The related openings the page suggests are the rebuild's, whatever else of the page differs.
        func suggested(_ html: String) -> [Substring] {
            html.split(separator: "href=\"/openings/").map { $0.prefix { $0 != "\"" } }.dropFirst().filter { !$0.hasPrefix("bicycle-mechanic") }
        }
        #expect(!suggested(written).isEmpty, "a closed opening suggests open ones")
        #expect(suggested(shown) == suggested(written))
    }
}
