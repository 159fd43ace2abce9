import Content
import Foundation
import Diagnostics
import Dispatch
import Liquid
import Synchronization

/// Builds a site from `content/` and `templates/` into the output folder, or
/// checks it without writing.
///
/// The stages: load and validate content; load and parse the theme; publish
/// (consent, expiry, Markdown); plan every output; render pages in parallel;
/// check internal links; write (stage, then swap). Any error stops the build
/// before the swap, so the previous output stays as it was.
public struct SiteBuilder: Sendable {
    public let settings: BuildSettings

    public init(settings: BuildSettings) {
        self.settings = settings
    }

    /// Builds the site and replaces the output folder when there is no error.
    public func build() -> BuildReport {
        run(writing: true)
    }

    /// Validates content, templates and internal links; writes nothing.
    public func check() -> BuildReport {
        run(writing: false)
    }

    private func run(writing: Bool) -> BuildReport {
        FreeMemory.limitArenas()
        var clock = PhaseClock(progress: settings.progress)
        var diagnostics: [Diagnostic] = []
        func failed() -> Bool { diagnostics.contains(where: { $0.severity == .error }) }
        var rendered = 0, kept = 0
        var layouts: [LayoutTime] = []
        func report(pages: Int = 0, files: Int = 0, upToDate: Bool = false) -> BuildReport {
            BuildReport(diagnostics: diagnostics.sorted(), pagesWritten: pages, filesWritten: files,
                        duration: clock.total, phases: clock.phases, pagesRendered: rendered, filesKept: kept, upToDate: upToDate,
                        layouts: layouts)
        }

        // The Markdown memo's file, written beside the rest of the build; the build does not end before it is.
        var markdownSaved: BackgroundValue<Void>?
        defer { _ = markdownSaved?.value }

        // The cache is used only for builds read from disk, where files have stamps, and only in a site's folder (one
        // holding content/): a mistaken --root gets its error, and no cache folder made in it.
        var isFolder: ObjCBool = false
        let useCache = writing && settings.cache != .off && settings.fileSystem is DiskFileSystem
            && FileManager.default.fileExists(atPath: settings.root.appendingPathComponent("content").path, isDirectory: &isFolder)
            && isFolder.boolValue
        var incremental: IncrementalBuild?
        if useCache {
            clock.start("cache")
            let state = IncrementalBuild(settings: settings, use: settings.cache)
            // A session's first build goes through every stage even when nothing changed, keeping what it reads for
            // the rebuilds after the first edit (which would otherwise pay for it).
            if settings.session?.isEmpty != true,
               let output = try? OutputLocation.validate(settings.output, siteRoot: settings.root, force: settings.force),
               state.nothingChanged(outputDirectory: output) {
                clock.stop()
                return report(upToDate: true)
            }
            incremental = state.starting()
            clock.returnsFreedMemory = incremental?.keepsFromPrevious != true
        }
        settings.session?.keep(preview: nil)
        let recorder = RecordingFileSystem(settings.fileSystem, stamps: useCache,
                                           remembered: settings.cache == .reuse ? settings.session?.files : nil)
        var reading = settings
        reading.fileSystem = recorder
        // Everything the build reads, plans and renders lives in this block only.
        var swapping: (writer: OutputWriter, records: [String: (fingerprint: Fingerprint, links: [LinkTable.Number])],
                       copySources: [String: FileStamp], links: [String], outputSet: Fingerprint, preview: PagePreview?,
                       written: (pages: Int, files: Int))?
        do {
            clock.start("load")
            // A one-off build's Markdown memo is read from its file on another core while the content loads.
            let reusing = settings.cache == .reuse
            let (root, program) = (settings.root, settings.program)
            var markdownMemoRead = useCache && settings.session == nil
                ? BackgroundValue { MarkdownMemo(file: MarkdownMemo.file(root: root), reading: reusing, program: program) } : nil
            // A one-off build with the cache keeps decoded files in a file; a session keeps them in memory, and its first
            // build starts from the file's.
            let seeding = settings.session?.isEmpty ?? false
            let contentFile = useCache && (settings.session == nil || seeding)
                ? RecordShards.decodedContent(root: settings.root, reading: settings.cache == .reuse, program: settings.program) : nil
            if let session = settings.session, let contentFile { contentFile.seed(session.decoding) }
            // (Bound once: a second name for the loaded site would keep its items after `forgetItems`.)
            guard var site = Publisher.load(reading, memo: settings.session?.decoding ?? contentFile?.decodingMemo(), diagnostics: &diagnostics) else {
                return report()
            }
            if settings.session == nil { contentFile?.save() }
            let theme = Theme.load(site: site.folder, defaultLanguage: site.settings.defaultLanguage.code,
                                   buildDate: settings.now, diagnostics: &diagnostics)
            guard !failed() else { return report() }

            clock.start("markdown")
            let routes = Routes(baseURL: site.settings.baseURL)
            var items: [PublishedItem]
            var plainTexts: [String: String]
            do {
                let memo = useCache ? (reusing ? settings.session?.continuedMarkdownMemo() : nil) ?? markdownMemoRead?.value
                    ?? MarkdownMemo(file: MarkdownMemo.file(root: root), reading: reusing, program: program) : nil
                // Let go of here: the memo holds every rendered body, which the pages to render need the memory of.
                markdownMemoRead = nil
                let publication = Publisher.publish(&site, now: settings.now, memo: memo, diagnostics: &diagnostics)
                items = publication.items
                plainTexts = publication.plainTexts
                if let memo {
                    // Saved now, on the other core while the build goes on (the file is tens of megabytes, written a
                    // block at a time): every body in it is a correct render whatever happens to the rest of the build.
                    // A session saves it when it closes.
                    if let session = settings.session { session.keep(markdown: memo) } else { markdownSaved = BackgroundValue { memo.save() } }
                }
            }

            var planner = SitePlanner(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now)
            // Search analyses likewise.
            let searchFile = useCache && (settings.session == nil || seeding)
                ? RecordShards.searchAnalyses(root: settings.root, reading: settings.cache == .reuse, program: settings.program) : nil
            if let session = settings.session, let searchFile { searchFile.seed(session.search) }
            planner.searchMemo = settings.session?.search ?? searchFile?.searchMemo()
            // Indexed beside the media and the rest of the plan; only the index reads the plain texts.
            let search = planner.searchIndexInBackground(items, plainTexts: plainTexts)
            plainTexts = [:]

            clock.start("media")
            // A check writes nothing, not even the cache: it reads what builds encoded and encodes the rest in memory.
            let media = MediaPublisher(site: site, routes: routes, cacheFolder: settings.root.appendingPathComponent(".pathways-cache", isDirectory: true),
                                       writesCache: writing).publish(&items)
            diagnostics += media.diagnostics

            clock.start("plan")
            var plan = planner.plan(items, search: search)
            // Saved now, as the Markdown memo is: every record in it is right for what it was made from.
            if settings.session == nil { searchFile?.save() }
            let copies = site.copies(assets: theme.assets) + media.copies
            // Looked for beside the work below, which writes nothing: the writer waits for the answer.
            let collisions = BackgroundValue { [plan] in OutputCollisions.find(pages: plan.pages, files: plan.files, copies: copies) }
            let values = TemplateValues(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now,
                                        menuPages: items.filter { $0.kind == .page }, languages: Set(items.map(\.language)),
                                        facets: plan.facets, assets: theme.assets.map(\.path))
            // One renderer a core, each with its own templates and shared values (PageRenderer.replica), made once a build.
            let renderer = PageRenderer(theme: theme, values: values)
            let renderers = (0..<max(1, min(plan.pages.count, ProcessInfo.processInfo.activeProcessorCount))).map { _ in renderer.replica() }
            var fingerprints: OutputFingerprints?
            if let incremental, let realRoot = site.folder.realRoot {
                fingerprints = OutputFingerprints(record: recorder.recorded, realRoot: realRoot, items: items, settings: incremental.settingsDigest,
                                                  buildDate: settings.now, templatesMentionDate: Self.templatesMentionDate(theme, site: site.folder),
                                                  facets: plan.facets)
            }
            // Numbered from the previous build's links on: a kept page's cached link numbers stay true.
            let linkTable = LinkTable(texts: incremental?.previous?.links ?? [])
            diagnostics += collisions.value
            if let session = settings.session, let incremental {
                session.keep(files: recorder.filesToRemember { !incremental.isRacy($0) })
            }
            guard !failed() else { return report() }

            let writer: OutputWriter?
            if writing {
                do {
                    // A build with the cache stages into the spare output and keeps the old output as the next spare.
                    let made = try OutputWriter(outputDirectory: settings.output, siteRoot: settings.root, force: settings.force,
                                                removal: settings.previousOutputRemoval, inPlace: settings.updatesOutputInPlace && incremental?.previous != nil,
                                                spare: incremental != nil && settings.cache == .reuse && !settings.updatesOutputInPlace)
                    diagnostics += made.leftoverNotes.map { Diagnostic.warning($0, path: made.outputDirectory.path) }
                    writer = made
                } catch {
                    diagnostics.append(.error(error.message, path: error.path))
                    return report()
                }
            } else {
                writer = nil
            }

            // Every file but the pages (the search index, feeds, sitemaps, copies) is written before the pages are
            // rendered, and the plan lets go of their bytes: tens of megabytes at 50,000 items, no longer held through
            // the render, where the build's memory peaks.
            let filePaths = plan.files.map(\.path)
            var filesWritten = WrittenFiles()
            if let writer {
                clock.start("write")
                filesWritten = Self.writeFiles(plan.files, copies: copies, writer: writer, incremental: incremental)
                plan.files = []
                if let failure = filesWritten.failure {
                    diagnostics.append(.error(failure.message, path: failure.path))
                    writer.discard()
                    return report()
                }
            }

            clock.start("render", total: plan.pages.count)
            let pages = render(plan.pages, with: renderers, theme: theme, writer: writer, clock: clock,
                               keep: fingerprints.flatMap { prints in incremental.map { (prints, $0) } }, links: linkTable)
            diagnostics += pages.problems
            layouts = pages.layoutTimes.map { LayoutTime(layout: $0.key, pages: $0.value.pages, seconds: Double($0.value.nanoseconds) / 1e9) }
                .sorted { ($0.seconds, $1.layout) > ($1.seconds, $0.layout) }
            rendered = plan.pages.count - pages.kept.count
            kept = pages.kept.count

            clock.start("links")
            let outputs = Set(plan.pages.map(\.path) + filePaths + copies.map(\.path) + media.inMemory)
            let outputSet = incremental.map { _ in IncrementalBuild.digest(outputs: outputs) } ?? .empty
            var checking = pages.links
            // A kept page's links, checked by the build that wrote it, lead where they led while the outputs are the same.
            if let incremental, !incremental.wroteSameOutputs(outputSet) {
                checking += pages.kept.map { ($0.page, $0.previous.links) }
            }
            let linkTexts = linkTable.texts
            let folder = site.folder
            let checker = LinkChecker(routes: routes, outputs: outputs, readSource: { path in
                var ignored: [Diagnostic] = []
                return folder.text(path, limit: ContentLimits.maximumFileBytes, diagnostics: &ignored)
            })
            diagnostics += checker.check(checking, of: plan.pages, texts: linkTexts, items: items)

            guard let writer else { return report(pages: plan.pages.count, files: outputs.count) }
            var records: [String: (fingerprint: Fingerprint, links: [LinkTable.Number])] = [:]
            if incremental != nil {
                // Sized once: a table grown by doubling holds its old and new storage at once, at the build's peak.
                records.reserveCapacity(plan.pages.count + filePaths.count + copies.count)
                for (page, links) in pages.links {
                    let path = plan.pages[page].path
                    if let print = pages.fingerprints[path] { records[path] = (print, links) }
                }
                // Kept pages keep their previous record, links and all (see IncrementalBuild.save).
                for kept in pages.kept { records[plan.pages[kept.page].path] = (kept.previous.fingerprint, kept.previous.links) }
            }
            kept += filesWritten.kept
            for (path, print) in filesWritten.records { records[path] = (print, []) }
            let copySources = filesWritten.copySources
            guard !failed() else {
                writer.discard()
                return report()
            }
            let preview = settings.session.map { _ in
                PagePreview(renderers: renderers, plan: plan, site: site, routes: routes, buildDate: settings.now)
            }
            swapping = (writer, records, copySources, linkTexts, outputSet, preview, (plan.pages.count, outputs.count))
            // A build that kept most pages holds little, and when the process ends with it, what it read and planned is
            // left for the exit instead of freed one record at a time on the way to the swap (0.05 s at 10,000 items).
            if settings.processEndsAfterBuild && !clock.returnsFreedMemory {
                LeftForExit.keep((site, items, plan, pages, renderers, theme, media, fingerprints, checker, outputs))
            }
        }
        // Swapped once the block above has let go of the content and plan (a build without a session keeps none of
        // them): the cache gathered beside the swap then reuses their memory instead of adding to the peak.
        guard let swapping else { return report() }
        clock.start("swap")
        // The old cache describes the old output: nothing may trust it once the swap begins.
        let folders = incremental?.previous?.folders
        incremental?.forgetPrevious()
        // The cache for the next build is gathered and mostly written on another core while the output is swapped.
        let pendingRecord = incremental?.beginSave(record: recorder.recorded, copySources: swapping.copySources, outputs: swapping.records,
                                                   links: swapping.links, outputSet: swapping.outputSet, writer: swapping.writer)
        do {
            try swapping.writer.commit(folders: folders, recordingFolders: incremental.map { $0.clock })
        } catch {
            swapping.writer.discard()
            pendingRecord.map(IncrementalBuild.abandonSave)
            diagnostics.append(.error(error.message, path: error.path))
            return report()
        }
        if let preview = swapping.preview { settings.session?.keep(preview: preview) }
        if let incremental, let pendingRecord {
            clock.start("cache")
            incremental.finishSave(pendingRecord, writer: swapping.writer)
        }
        // Counted in the build's time (in the last phase), as everything the build writes is.
        _ = markdownSaved?.value
        if settings.processEndsAfterBuild { LeftForExit.keep((swapping, incremental, recorder)) }
        clock.stop()
        return report(pages: swapping.written.pages, files: swapping.written.files)
    }

    /// What rendering found: template problems, each rendered page's links, each page's digest, and the pages kept
    /// from the previous output with their previous record.
    private struct RenderedPages {
        var problems: [Diagnostic] = []
        /// Pages by their index in the plan: a copy of each planned page would cost a tenth of a large build's memory.
        var links: [(page: Int, links: [LinkTable.Number])] = []
        var fingerprints: [String: Fingerprint] = [:]
        var kept: [(page: Int, previous: BuildCache.Output)] = []
        /// For each layout, the pages rendered with it and the nanoseconds they took.
        var layoutTimes: [String: (pages: Int, nanoseconds: UInt64)] = [:]
    }

    /// Renders every page in parallel chunks, writing each when there is a writer, and collects its links.
    /// A page whose digest matches the previous build's is kept from the previous output instead.
    ///
    /// Pages are rendered one language after another, and the theme's render memo is emptied after each: a card or
    /// a board entry is shared by the pages of its language only, so the memo holds one language's at a time (at
    /// 50,000 items, all five languages' cards outgrow any sensible bound, and a memo that keeps emptying itself
    /// saves nothing).
    private func render(_ pages: [PlannedPage], with workers: [PageRenderer], theme: Theme, writer: OutputWriter?,
                        clock: PhaseClock, keep: (OutputFingerprints, IncrementalBuild)?, links: LinkTable) -> RenderedPages {
        let result = Mutex(RenderedPages())
        let done = Atomic<Int>(0)
        let byLanguage = Dictionary(grouping: pages.indices, by: { pages[$0].language.code })
        for language in byLanguage.keys.sorted() {
            render(byLanguage[language]!, of: pages, with: workers, theme: theme, writer: writer, clock: clock, keep: keep, into: result,
                   links: links, done: done)
            theme.environment.renderMemo?.removeAll()
            if clock.returnsFreedMemory { FreeMemory.returnToSystem() }
        }
        return result.withLock { $0 }
    }

    /// Renders the pages at `indices` in parallel chunks into `result`, one worker a renderer, each taking chunks in turn
    /// (see the other `render`).
    private func render(_ indices: [Int], of pages: [PlannedPage], with workers: [PageRenderer], theme: Theme, writer: OutputWriter?,
                        clock: PhaseClock, keep: (OutputFingerprints, IncrementalBuild)?, into result: borrowing Mutex<RenderedPages>,
                        links: LinkTable, done: borrowing Atomic<Int>) {
        let chunk = 32
        let chunks = (indices.count + chunk - 1) / chunk
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(chunks, workers.count)) { worker in
            let renderer = workers[worker]
            while true {
                let block = next.add(1, ordering: .relaxed).oldValue
                guard block < chunks else { return }
                let range = block * chunk..<min(indices.count, (block + 1) * chunk)
                var local = RenderedPages()
                for index in indices[range] {
                    let page = pages[index]
                    let print = keep?.0.page(page)
                    if let print { local.fingerprints[page.path] = print }
                    if let writer, let state = keep?.1, let previous = state.reusable(page.path, fingerprint: print),
                       writer.keepPrevious(page.path, expecting: previous.stamp) {
                        local.kept.append((index, previous))
                        continue
                    }
                    do {
                        let started = DispatchTime.now().uptimeNanoseconds
                        let html = try renderer.render(page)
                        local.layoutTimes[page.layout, default: (0, 0)].pages += 1
                        local.layoutTimes[page.layout, default: (0, 0)].nanoseconds += DispatchTime.now().uptimeNanoseconds - started
                        local.links.append((index, LinkScanner.links(in: html, numberedBy: links)))
                        try writer?.write(html, to: page.path)
                    } catch let error as TemplateErrors {
                        local.problems += error.errors.map(theme.diagnostic)
                    } catch let error as OutputError {
                        local.problems.append(.error(error.message, path: page.sourcePath ?? error.path))
                    } catch {
                        local.problems.append(.error("\(error)", path: page.sourcePath ?? page.path))
                    }
                }
                result.withLock { all in
                    all.problems += local.problems
                    all.links += local.links
                    all.fingerprints.merge(local.fingerprints) { first, _ in first }
                    all.kept += local.kept
                    all.layoutTimes.merge(local.layoutTimes) { ($0.pages + $1.pages, $0.nanoseconds + $1.nanoseconds) }
                }
                clock.advance(done.add(range.count, ordering: .relaxed).newValue)
            }
        }
    }

    /// Whether any template may print the build date (`build_date`, `'now'`, `'today'`): then every page depends on it.
    private static func templatesMentionDate(_ theme: Theme, site: SiteFolder) -> Bool {
        var ignored: [Diagnostic] = []
        for path in theme.templatePaths.values.sorted() {
            guard let text = site.text(path, diagnostics: &ignored) else { return true }
            if ["build_date", "'now'", "\"now\"", "'today'", "\"today\""].contains(where: text.contains) { return true }
        }
        return false
    }
}
