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
        var clock = PhaseClock(progress: settings.progress)
        var diagnostics: [Diagnostic] = []
        func failed() -> Bool { diagnostics.contains(where: { $0.severity == .error }) }
        func report(pages: Int = 0, files: Int = 0) -> BuildReport {
            BuildReport(diagnostics: diagnostics.sorted(), pagesWritten: pages, filesWritten: files,
                        duration: clock.total, phases: clock.phases)
        }

        clock.start("load")
        guard let site = Publisher.load(settings, diagnostics: &diagnostics) else { return report() }
        let theme = Theme.load(site: site.folder, defaultLanguage: site.settings.defaultLanguage.code,
                               buildDate: settings.now, diagnostics: &diagnostics)
        guard !failed() else { return report() }

        clock.start("markdown")
        let routes = Routes(baseURL: site.settings.baseURL)
        var items = Publisher.publish(site, now: settings.now, diagnostics: &diagnostics)

        clock.start("media")
        // A check writes nothing, not even the cache: it encodes pictures in memory to find their problems.
        let cache = writing ? settings.root.appendingPathComponent(".pathways-cache", isDirectory: true) : nil
        let media = MediaPublisher(site: site, routes: routes, cacheFolder: cache).publish(&items)
        diagnostics += media.diagnostics

        clock.start("plan")
        let planner = SitePlanner(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now)
        let plan = planner.plan(items)
        let values = TemplateValues(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now,
                                    menuPages: items.filter { $0.kind == .page }, languages: Set(items.map(\.language)),
                                    facets: plan.facets, assets: theme.assets.map(\.path))
        let renderer = PageRenderer(theme: theme, values: values)
        let copies = site.copies(assets: theme.assets) + media.copies
        diagnostics += OutputCollisions.find(pages: plan.pages, files: plan.files, copies: copies)
        guard !failed() else { return report() }

        let writer: OutputWriter?
        if writing {
            do {
                let made = try OutputWriter(outputDirectory: settings.output, siteRoot: settings.root, force: settings.force)
                diagnostics += made.leftoverNotes.map { Diagnostic.warning($0, path: made.outputDirectory.path) }
                writer = made
            } catch {
                diagnostics.append(.error(error.message, path: error.path))
                return report()
            }
        } else {
            writer = nil
        }

        clock.start("render", total: plan.pages.count)
        let rendered = render(plan.pages, with: renderer, theme: theme, writer: writer, clock: clock)
        diagnostics += rendered.problems

        clock.start("links")
        let outputs = Set(plan.pages.map(\.path) + plan.files.map(\.path) + copies.map(\.path) + media.inMemory)
        diagnostics += LinkChecker(routes: routes, outputs: outputs).check(rendered.links, items: items)

        guard let writer else { return report(pages: plan.pages.count, files: outputs.count) }
        clock.start("write")
        do {
            for file in plan.files { try writer.write(file.bytes, to: file.path) }
            for copy in copies { try writer.copyFile(from: copy.source, to: copy.path) }
        } catch {
            diagnostics.append(.error(error.message, path: error.path))
        }
        guard !failed() else {
            writer.discard()
            return report()
        }
        clock.start("swap")
        do {
            try writer.commit()
        } catch {
            writer.discard()
            diagnostics.append(.error(error.message, path: error.path))
            return report()
        }
        clock.stop()
        return report(pages: plan.pages.count, files: outputs.count)
    }

    /// Renders every page in parallel chunks, writing each when there is a writer, and collects its links.
    private func render(_ pages: [PlannedPage], with renderer: PageRenderer, theme: Theme, writer: OutputWriter?,
                        clock: PhaseClock) -> (problems: [Diagnostic], links: [(page: PlannedPage, links: [String])]) {
        let problems = Mutex<[Diagnostic]>([])
        let linksByPage = Mutex<[(page: PlannedPage, links: [String])]>([])
        let done = Atomic<Int>(0)
        let chunk = 32
        DispatchQueue.concurrentPerform(iterations: (pages.count + chunk - 1) / chunk) { block in
            var local: [Diagnostic] = []
            var localLinks: [(page: PlannedPage, links: [String])] = []
            let range = (block * chunk)..<min(pages.count, (block + 1) * chunk)
            for page in pages[range] {
                do {
                    let html = try renderer.render(page)
                    localLinks.append((page, LinkScanner.links(in: html)))
                    try writer?.write(html, to: page.path)
                } catch let error as TemplateErrors {
                    local += error.errors.map(theme.diagnostic)
                } catch let error as OutputError {
                    local.append(.error(error.message, path: page.sourcePath ?? error.path))
                } catch {
                    local.append(.error("\(error)", path: page.sourcePath ?? page.path))
                }
            }
            problems.withLock { $0 += local }
            linksByPage.withLock { $0 += localLinks }
            clock.advance(done.add(range.count, ordering: .relaxed).newValue)
        }
        return (problems.withLock { $0 }, linksByPage.withLock { $0 })
    }
}
