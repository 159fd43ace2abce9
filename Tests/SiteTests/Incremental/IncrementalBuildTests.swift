import Dispatch
import Foundation
import Testing
import TestSupport
@testable import Site

/// An incremental build in place must give, after any series of changes, the
/// very bytes a clean build gives, and never trust a cache it cannot vouch for.
/// One test at a time: each runs dozens of builds, and run together they starve the watcher tests' bounded waits.
@Suite(.serialized) struct IncrementalBuildTests {
    /// The example site (stories, translations, openings that expire, free pages, media, a bundle) in a temporary folder,
    /// in two of its languages (one right to left) so that its dozens of builds stay quick.
    func makeSite() throws -> TemporaryFolder {
        let folder = TemporaryFolder(prefix: "incremental-site")
        try folder.copyFromRepository("templates")
        try folder.copyFromRepository("content")
        try edit(folder, "content/site.yml") { $0.replacingOccurrences(of: "languages: [en, ar, uk, fr, fa]", with: "languages: [en, ar]") }
        return folder
    }

    /// How the rebuilds of a test run: as `build` does (a new folder swapped in), or as `serve` does (in place), and
    /// then either each in a process of its own or all in one ``BuildSession`` that keeps what it read in memory.
    enum Mode: CaseIterable, Sendable, CustomTestStringConvertible {
        case swap, inPlace, session

        var testDescription: String {
            switch self {
            case .swap: "build (swap)"
            case .inPlace: "serve (in place)"
            case .session: "serve (in place, one session)"
            }
        }
    }

    func settings(_ site: TemporaryFolder, output: String, now: String, cache: BuildCacheUse, inPlace: Bool = false,
                  session: BuildSession? = nil) -> BuildSettings {
        var settings = BuildSettings(root: site.url, output: site.url.appendingPathComponent(output), now: try! BuildDate(now))
        settings.cache = cache
        settings.updatesOutputInPlace = inPlace
        settings.session = session
        return settings
    }

    /// Builds on a thread of its own: a build blocks for a while, and the test runner's few shared threads must stay free
    /// for the other suites' asynchronous tests (the development server's watchers).
    func build(_ settings: BuildSettings) async -> BuildReport {
        await withCheckedContinuation { done in
            DispatchQueue.global().async { done.resume(returning: SiteBuilder(settings: settings).build()) }
        }
    }

    /// Builds in place with the cache, builds clean into a fresh folder, and checks the two are the same, byte for byte.
    @discardableResult
    func rebuildMatchesClean(_ site: TemporaryFolder, now: String, cache: BuildCacheUse = .reuse, inPlace: Bool = false,
                             session: BuildSession? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> BuildReport {
        let report = await build(settings(site, output: "public", now: now, cache: cache, inPlace: inPlace, session: session))
        #expect(report.succeeded, "\(report.diagnostics)", sourceLocation: sourceLocation)
        let clean = "clean-\(UUID().uuidString)"
        let reference = await build(settings(site, output: clean, now: now, cache: .off))
        #expect(reference.succeeded, sourceLocation: sourceLocation)
        let built = try contents(of: site.url.appendingPathComponent("public"))
        let expected = try contents(of: site.url.appendingPathComponent(clean))
        #expect(built.count > 50, sourceLocation: sourceLocation)
        #expect(Set(built.keys) == Set(expected.keys), "stale or missing files: \(Set(built.keys).symmetricDifference(expected.keys).sorted())",
                sourceLocation: sourceLocation)
        let differing = built.keys.filter { built[$0] != expected[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ from a clean build: \(differing)", sourceLocation: sourceLocation)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent(clean))
        return report
    }

    func contents(of folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for file in TemporaryFolder.files(under: folder) { result[file] = try Data(contentsOf: folder.appendingPathComponent(file)) }
        return result
    }

    func edit(_ site: TemporaryFolder, _ path: String, _ change: (String) -> String) throws {
        let url = site.url.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let changed = change(text)
        #expect(changed != text, "the edit of \(path) changed nothing")
        try Data(changed.utf8).write(to: url)
    }

    /// `build` swaps in a whole new folder; `serve` moves only what changed into its own, and keeps what it read between
    /// builds in its session: all end where a clean build does.
    @Test(arguments: Mode.allCases)
    func everyKindOfChangeRebuildsToWhatACleanBuildMakes(mode: Mode) async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        let inPlace = mode != .swap
        let session = mode == .session ? BuildSession() : nil
        @discardableResult
        func rebuildMatchesClean(_ site: TemporaryFolder, now: String, cache: BuildCacheUse = .reuse, inPlace: Bool,
                                 sourceLocation: SourceLocation = #_sourceLocation) async throws -> BuildReport {
            try await self.rebuildMatchesClean(site, now: now, cache: cache, inPlace: inPlace, session: session, sourceLocation: sourceLocation)
        }
        let first = try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        #expect(first.filesKept == 0, "the first build has nothing to keep")

        // Files written within a clock tick of a build's start are not trusted by their stamps; one more build settles them.
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        let unchanged = try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        #expect(unchanged.upToDate, "nothing changed, so nothing is done")

        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nOne more paragraph.\n" }
        let body = try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        #expect(!body.upToDate)
        #expect(body.filesKept > 50 && body.pagesRendered < 30, "an edited body renders its page and a few lists: \(body.pagesRendered) rendered")

        try edit(site, "content/stories/luz-bakery-cucuta.md") {
            $0.replacingOccurrences(of: "title: \"", with: "title: \"Renamed: ").replacingOccurrences(of: "date: 20", with: "date: 2026-11-22\nx_old_date: 20")
                .replacingOccurrences(of: "\nx_old_date: [^\n]*", with: "", options: .regularExpression)
        }
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try site.write(["content/stories/new-arrival.md": "---\ntitle: \"A new story\"\ndate: 2026-11-20\nconsent: given\nlang: en\n"
            + "tags: [remote, mentoring]\n---\nA new body with a [link](/about/).\n"])
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/openings/graphic-designer-freelance.md"))
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try FileManager.default.moveItem(at: site.url.appendingPathComponent("content/stories/new-arrival.md"),
                                         to: site.url.appendingPathComponent("content/stories/newer-arrival.md"))
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try edit(site, "templates/layouts/story.liquid") { $0 + "\n<!-- edited -->\n" }
        let template = try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        #expect(template.pagesRendered == template.pagesWritten, "a template edit renders every page again")

        try edit(site, "templates/i18n/en.yml") { $0.replacingOccurrences(of: "apply_now: \"Apply\"", with: "apply_now: \"Apply now\"") }
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try edit(site, "content/site.yml") { $0.replacingOccurrences(of: "title: \"Bridges to Work\"", with: "title: \"Bridges\"") }
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        try edit(site, "content/pages/about.md") { $0 + "\nMore about us.\n" }
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)

        // bicycle-mechanic-apprentice-gaziantep expires on 2026-12-20.
        let beforeExpiry = try await rebuildMatchesClean(site, now: "2026-12-20", inPlace: inPlace)
        #expect(!beforeExpiry.upToDate, "a new build date is a change")
        let afterExpiry = try await rebuildMatchesClean(site, now: "2026-12-21", inPlace: inPlace)
        #expect(afterExpiry.filesKept > 0, "pages without openings are kept across a date change")
        let html = try String(contentsOf: site.url.appendingPathComponent("public/openings/bicycle-mechanic-apprentice-gaziantep/index.html"), encoding: .utf8)
        #expect(html.contains("noindex"), "the expired opening's page is rebuilt as closed")

        try await rebuildMatchesClean(site, now: "2026-12-21", cache: .rebuild, inPlace: inPlace)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.url.path).filter { $0.contains("staging") || $0.contains("discarded") }
        #expect(siblings.isEmpty, "no staging or discarded folders are left: \(siblings)")

        if let session {
            // Closing the session writes what it kept, so the next process finds the output up to date.
            session.close()
            let next = await build(settings(site, output: "public", now: "2026-12-21", cache: .reuse, inPlace: true))
            #expect(next.upToDate, "a new process trusts the cache the session wrote: \(next.pagesRendered) rendered")
        }
    }

    /// The diagnostics of an in-place build with the cache and of a clean build into a fresh folder, which must be equal.
    func diagnosticsMatchClean(_ site: TemporaryFolder, now: String, session: BuildSession? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) async -> BuildReport {
        let report = await build(settings(site, output: "public", now: now, cache: .reuse, inPlace: session != nil, session: session))
        let clean = "clean-\(UUID().uuidString)"
        let reference = await build(settings(site, output: clean, now: now, cache: .off))
        #expect(!report.upToDate, "the build ran", sourceLocation: sourceLocation)
        #expect(report.diagnostics == reference.diagnostics, "with the cache: \(report.diagnostics)\nclean: \(reference.diagnostics)",
                sourceLocation: sourceLocation)
        try? FileManager.default.removeItem(at: site.url.appendingPathComponent(clean))
        return report
    }

    /// Each build in a process of its own, or all in one session (`serve`), which keeps decoded files and their problems.
    @Test func aFreePagesTextRendersItsOwnPageAndItsTitleEveryMenu() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        try await rebuildMatchesClean(site, now: now)
        try await rebuildMatchesClean(site, now: now)
        try edit(site, "content/pages/about.md") { $0 + "\nOne more paragraph about us.\n" }
        let text = try await rebuildMatchesClean(site, now: now)
        #expect(text.pagesRendered < 5, "the menu shows the page's title, not its text: \(text.pagesRendered) rendered")
        try edit(site, "content/pages/about.md") { $0.replacingOccurrences(of: "title: \"About Bridges to Work\"", with: "title: \"About us\"") }
        let title = try await rebuildMatchesClean(site, now: now)
        #expect(title.pagesRendered == title.pagesWritten, "every page's menu shows the new title")
    }

    @Test(arguments: [false, true])
    func frontMatterOnlyEditsAndAFileThatGainsThenLosesProblemsMatchAClean(inSession: Bool) async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        let session = inSession ? BuildSession() : nil
        @discardableResult
        func rebuildMatchesClean(_ site: TemporaryFolder, now: String, sourceLocation: SourceLocation = #_sourceLocation) async throws -> BuildReport {
            try await self.rebuildMatchesClean(site, now: now, inPlace: inSession, session: session, sourceLocation: sourceLocation)
        }
        func diagnosticsMatchClean(_ site: TemporaryFolder, now: String, sourceLocation: SourceLocation = #_sourceLocation) async -> BuildReport {
            await self.diagnosticsMatchClean(site, now: now, session: session, sourceLocation: sourceLocation)
        }
        try await rebuildMatchesClean(site, now: now)
        try await rebuildMatchesClean(site, now: now)

        // Only the front matter changes: the body is the same, so its rendering may be reused, but not the tags.
        try edit(site, "content/stories/grace-bookkeeping-kampala.md") {
            $0.replacingOccurrences(of: "tags: [welcometalent, remote, accounting, women-in-tech]", with: "tags: [welcometalent, accounting]")
        }
        let tagsOnly = try await rebuildMatchesClean(site, now: now)
        #expect(tagsOnly.pagesRendered < tagsOnly.pagesWritten)

        // A warning (raw HTML dropped) and an error (an image without a description) in one body.
        let story = "content/stories/grace-bookkeeping-kampala.md"
        try edit(site, story) { $0 + "\nA <span>raw</span> word.\n\n![](/media/nowhere.png)\n" }
        let failing = await diagnosticsMatchClean(site, now: now)
        #expect(!failing.succeeded)
        #expect(failing.diagnostics.contains { $0.path == story && $0.severity == .warning }, "\(failing.diagnostics)")
        // Another file changes: the story's body now comes from the memo, with the same problems at the same places.
        try edit(site, "content/pages/about.md") { $0 + "\nMore about us.\n" }
        let again = await diagnosticsMatchClean(site, now: now)
        #expect(again.diagnostics.filter { $0.path == story } == failing.diagnostics.filter { $0.path == story })
        // The error goes, the warning stays.
        try edit(site, story) { $0.replacingOccurrences(of: "\n![](/media/nowhere.png)\n", with: "") }
        let warned = await diagnosticsMatchClean(site, now: now)
        #expect(warned.succeeded)
        #expect(warned.diagnostics.contains { $0.path == story && $0.severity == .warning })
        try await rebuildMatchesClean(site, now: now)
        try edit(site, "content/pages/about.md") { $0 + "\nEven more.\n" }
        let kept = await diagnosticsMatchClean(site, now: now)
        #expect(kept.diagnostics.contains { $0.path == story && $0.severity == .warning }, "a reused body still warns")
        try edit(site, story) { $0.replacingOccurrences(of: "\nA <span>raw</span> word.\n", with: "") }
        let fixed = await diagnosticsMatchClean(site, now: now)
        #expect(!fixed.diagnostics.contains { $0.path == story })
        try await rebuildMatchesClean(site, now: now)
    }

    @Test(arguments: ["truncated", "flipped", "garbage"])
    func damagedMarkdownMemoIsIgnored(damage: String) async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let file = MarkdownMemo.file(root: site.url)
        var bytes = try Data(contentsOf: file)
        #expect(MarkdownMemo.decode([UInt8](bytes)) != nil, "the memo is written and readable")
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "garbage": bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        default: bytes[bytes.count / 3] ^= 0x01
        }
        try bytes.write(to: file)
        #expect(MarkdownMemo.decode([UInt8](bytes)) == nil, "a damaged memo is never read")
        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nEdited.\n" }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        #expect(MarkdownMemo.decode([UInt8](try Data(contentsOf: file))) != nil, "a fresh memo is written")
    }

    @Test(arguments: ["truncated", "garbage", "empty", "flipped"])
    func damagedCacheFallsBackToAFullBuild(damage: String) async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let store = BuildCacheStore(root: site.url, output: site.url.appendingPathComponent("public"))
        var bytes = try Data(contentsOf: store.file)
        switch damage {
        case "truncated": bytes = bytes.prefix(bytes.count / 2)
        case "garbage": bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        case "empty": bytes = Data()
        default: bytes[bytes.count / 3] ^= 0x01
        }
        try bytes.write(to: store.file)
        #expect(store.load() == nil, "a damaged cache is never read")

        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nEdited.\n" }
        let report = try await rebuildMatchesClean(site, now: "2026-11-23")
        #expect(!report.upToDate)
        #expect(report.filesKept == 0, "nothing is kept on the word of a damaged cache")
        #expect(store.load() != nil, "a fresh cache is written")
    }

    /// The no-change check reads the small summary beside the cache, never the whole cache; a build that finds a
    /// change reads the whole cache, and trusts neither file when it is damaged.
    @Test func theNoChangeCheckNeedsOnlyTheSummary() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        // Twice: the first build's stamps were taken too soon after the files were written to be trusted.
        try await rebuildMatchesClean(site, now: now)
        try await rebuildMatchesClean(site, now: now)
        let store = BuildCacheStore(root: site.url, output: site.url.appendingPathComponent("public"))
        let summary = try #require(store.loadSummary())
        #expect(summary.outputs.isEmpty && summary.links.isEmpty && !summary.inputs.isEmpty)
        // Both files end with the same record of the output's folders, whose unsettled lines (folders written within a
        // clock tick of the record) vary with the machine's speed: up to a few hundred on this small site.
        #expect(try Data(contentsOf: store.summaryFile).count < (try Data(contentsOf: store.file)).count / 2)

        try Data("garbage".utf8).write(to: store.file)
        let unchanged = try await rebuildMatchesClean(site, now: now)
        #expect(unchanged.upToDate, "nothing changed, and the summary says so")

        try Data("garbage".utf8).write(to: store.summaryFile)
        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nEdited.\n" }
        let full = try await rebuildMatchesClean(site, now: now)
        #expect(!full.upToDate && full.filesKept == 0, "neither damaged file is trusted")

        try Data("garbage".utf8).write(to: store.summaryFile)
        let kept = try await rebuildMatchesClean(site, now: now)
        #expect(!kept.upToDate && kept.filesKept > 50, "without a summary the whole cache still keeps what did not change")
        #expect(store.loadSummary() != nil, "a fresh summary is written")
    }

    @Test("a deleted output folder's cache is not read: nothing can be kept from a folder that is gone")
    func aDeletedOutputsCacheIsNotRead() async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let settings = settings(site, output: "public", now: "2026-11-23", cache: .reuse)
        #expect(IncrementalBuild(settings: settings, use: .reuse).starting().previous?.outputs.isEmpty == false)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("public"))
        #expect(IncrementalBuild(settings: settings, use: .reuse).starting().previous == nil)
        let report = try await rebuildMatchesClean(site, now: "2026-11-23")
        #expect(report.filesKept == 0 && report.pagesRendered == report.pagesWritten)
    }

    @Test func cleanIgnoresTheCache() async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let report = try await rebuildMatchesClean(site, now: "2026-11-23", cache: .rebuild)
        #expect(!report.upToDate)
        #expect(report.filesKept == 0 && report.pagesRendered == report.pagesWritten)
        let next = try await rebuildMatchesClean(site, now: "2026-11-23")
        #expect(next.upToDate || next.filesKept > 0, "--clean records a cache the next build uses")
    }

    @Test("a serve session's first build starts from the decoded files and search analyses the last build kept, and ends as a clean build")
    func aSessionStartsFromTheLastBuildsRecords() async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let session = BuildSession()
        try await rebuildMatchesClean(site, now: "2026-11-23", inPlace: true, session: session)
        let contentFiles = TemporaryFolder.files(under: site.url.appendingPathComponent("content")).filter { $0.hasSuffix(".md") }
        #expect(session.decoding.reusedByLastLoad > contentFiles.count / 2, "of \(contentFiles.count) content files")
        #expect(session.search.reusedByLastBuild > 10)
        // Its rebuilds go on from memory: an edit is decoded, every other file kept.
        let first = session.decoding.reusedByLastLoad
        try edit(site, "content/stories/amal-translator-amman.md") { $0.replacingOccurrences(of: "title: ", with: "title: Edited ") }
        try await rebuildMatchesClean(site, now: "2026-11-23", inPlace: true, session: session)
        #expect(session.decoding.reusedByLastLoad >= first - 1)
    }

    @Test("a cache another Pathways left (an upgrade) is not trusted: every page is made again, then the next build is up to date")
    func anotherProgramsCacheIsNotTrusted() async throws {
        let site = try makeSite()
        defer { site.remove() }
        var first = settings(site, output: "public", now: "2026-11-23", cache: .reuse)
        first.program = Fingerprint.of("Pathways 1")
        #expect(await build(first).succeeded)
        var upgraded = first
        upgraded.program = Fingerprint.of("Pathways 2")
        let report = await build(upgraded)
        #expect(report.succeeded && !report.upToDate)
        #expect(report.filesKept == 0 && report.pagesRendered == report.pagesWritten)
        #expect(await build(upgraded).upToDate)
        #expect(!(await build(first).upToDate))
    }

    @Test func aTouchedOutputIsRebuiltNotTrusted() async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let page = site.url.appendingPathComponent("public/stories/index.html")
        try Data("tampered".utf8).write(to: page)
        let report = try await rebuildMatchesClean(site, now: "2026-11-23")
        #expect(!report.upToDate, "a file written into the output is noticed")
    }

    @Test func updatingInPlaceKeepsAUsersFilesAndNeverWritesOverThem() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        try await rebuildMatchesClean(site, now: now, inPlace: true)
        try await rebuildMatchesClean(site, now: now, inPlace: true)
        let output = site.url.appendingPathComponent("public")
        try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))
        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nOne more paragraph.\n" }
        let edited = await build(settings(site, output: "public", now: now, cache: .reuse, inPlace: true))
        #expect(edited.succeeded && edited.filesKept > 50, "the edit is made in place")
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")

        // A new page where the user put a file of their own: an error, and the output stays as it was.
        try FileManager.default.createDirectory(at: output.appendingPathComponent("stories/new-arrival"), withIntermediateDirectories: true)
        try Data("also mine".utf8).write(to: output.appendingPathComponent("stories/new-arrival/index.html"))
        try site.write(["content/stories/new-arrival.md": "---\ntitle: \"A new story\"\ndate: 2026-11-20\nconsent: given\nlang: en\n---\nBody.\n"])
        let before = try contents(of: output)
        let refused = await build(settings(site, output: "public", now: now, cache: .reuse, inPlace: true))
        #expect(!refused.succeeded)
        #expect(refused.diagnostics.contains { $0.message.contains("not made by Pathways") }, "\(refused.diagnostics)")
        #expect(try contents(of: output) == before, "nothing moved")

        try FileManager.default.removeItem(at: output.appendingPathComponent("stories/new-arrival"))
        try FileManager.default.removeItem(at: output.appendingPathComponent("notes.txt"))
        try await rebuildMatchesClean(site, now: now, inPlace: true)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/stories/new-arrival.md"))
        let removed = try await rebuildMatchesClean(site, now: now, inPlace: true)
        #expect(removed.filesKept > 50)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stories/new-arrival").path),
                "the folder of a removed page goes with it")
    }

    /// `build` replaces public/ as a whole, in one exchange, so a reader never sees a mix of two builds;
    /// `serve` updates its own folder in place, so a saved edit costs only what it changed.
    @Test(arguments: [false, true])
    func anEditBuildSwapsInANewFolderUnlessUpdatingInPlace(inPlace: Bool) async throws {
        let site = try makeSite()
        defer { site.remove() }
        let now = "2026-11-23"
        try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        let output = site.url.appendingPathComponent("public")
        let folderBefore = try #require(try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? UInt64)
        try edit(site, "content/stories/grace-bookkeeping-kampala.md") { $0 + "\nOne more paragraph.\n" }
        let edited = try await rebuildMatchesClean(site, now: now, inPlace: inPlace)
        #expect(edited.filesKept > 50)
        let folderAfter = try #require(try FileManager.default.attributesOfItem(atPath: output.path)[.systemFileNumber] as? UInt64)
        #expect((folderAfter == folderBefore) == inPlace, inPlace ? "updated in place" : "a new folder swapped in")
    }

    @Test func failedIncrementalBuildLeavesThePreviousOutput() async throws {
        let site = try makeSite()
        defer { site.remove() }
        try await rebuildMatchesClean(site, now: "2026-11-23")
        let before = try contents(of: site.url.appendingPathComponent("public"))
        try edit(site, "templates/layouts/story.liquid") { $0 + "{% if %}" }
        let report = await build(settings(site, output: "public", now: "2026-11-23", cache: .reuse))
        #expect(!report.succeeded)
        #expect(try contents(of: site.url.appendingPathComponent("public")) == before)
        try edit(site, "templates/layouts/story.liquid") { $0.replacingOccurrences(of: "{% if %}", with: "") }
        #expect(try await rebuildMatchesClean(site, now: "2026-11-23").filesKept > 0, "the cache survives a failed build")
    }
}
