import Diagnostics
import Dispatch
import Foundation
import Liquid
import Markdown
import Synchronization

/// Builds a site from `content/` and `templates/` into the output folder, or
/// checks it without writing.
///
/// The stages: load and validate content; load and parse the theme; render
/// Markdown; plan every output; render pages in parallel; write (stage, then
/// swap). Any error stops the build before the swap, so the previous output
/// stays as it was.
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
        let started = DispatchTime.now()
        var diagnostics: [Diagnostic] = []
        func report(pages: Int = 0, files: Int = 0) -> BuildReport {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
            return BuildReport(diagnostics: diagnostics.sorted(), pagesWritten: pages, filesWritten: files, duration: seconds)
        }

        guard let site = Publisher.load(settings, diagnostics: &diagnostics) else { return report() }
        let theme = Theme.load(site: site.folder, defaultLanguage: site.settings.defaultLanguage.code,
                                buildDate: settings.now, diagnostics: &diagnostics)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return report() }

        let routes = Routes(baseURL: site.settings.baseURL)
        let items = Publisher.publish(site, now: settings.now)
        let planner = SitePlanner(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now)
        let plan = planner.plan(items)
        let values = TemplateValues(settings: site.settings, routes: routes, strings: theme.strings, buildDate: settings.now,
                                    menuPages: items.filter { $0.kind == .page }, languages: Set(items.map(\.language)))
        let renderer = PageRenderer(theme: theme, values: values)
        let copies = site.copies(items: items, assets: theme.assets)

        diagnostics += OutputCollisions.find(pages: plan.pages, files: plan.files, copies: copies)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return report() }

        let writer: OutputWriter?
        if writing {
            do {
                let made = try OutputWriter(outputDirectory: settings.output, siteRoot: settings.root, force: settings.force)
                diagnostics += made.leftoverNotes.map { Diagnostic.warning($0, path: made.outputDirectory.path) }
                writer = made
            } catch {
                diagnostics.append(Diagnostic(severity: .error, path: error.path, line: 1, column: 1, message: error.message))
                return report()
            }
        } else {
            writer = nil
        }

        let problems = Mutex<[Diagnostic]>([])
        let linksByPage = Mutex<[(page: PlannedPage, links: [String])]>([])
        let pages = plan.pages
        let chunk = 32
        DispatchQueue.concurrentPerform(iterations: (pages.count + chunk - 1) / chunk) { block in
            var local: [Diagnostic] = []
            var localLinks: [(page: PlannedPage, links: [String])] = []
            for page in pages[(block * chunk)..<min(pages.count, (block + 1) * chunk)] {
                do {
                    let html = try renderer.render(page)
                    if let writer {
                        try writer.write(html, to: page.path)
                    } else {
                        localLinks.append((page, LinkScanner.links(in: html)))
                    }
                } catch let error as TemplateErrors {
                    local += error.errors.map(theme.diagnostic)
                } catch let error as OutputError {
                    local.append(Diagnostic(severity: .error, path: page.sourcePath ?? error.path, line: 1, column: 1, message: error.message))
                } catch {
                    local.append(Diagnostic(severity: .error, path: page.sourcePath ?? page.path, line: 1, column: 1, message: "\(error)"))
                }
            }
            problems.withLock { $0 += local }
            if !localLinks.isEmpty { linksByPage.withLock { $0 += localLinks } }
        }
        diagnostics += problems.withLock { $0 }

        if let writer {
            do {
                for file in plan.files { try writer.write(file.contents, to: file.path) }
                for copy in copies { try writer.copyFile(from: copy.source, to: copy.path) }
            } catch {
                diagnostics.append(Diagnostic(severity: .error, path: error.path, line: 1, column: 1, message: error.message))
            }
            if diagnostics.contains(where: { $0.severity == .error }) {
                writer.discard()
                return report()
            }
            do {
                try writer.commit()
            } catch {
                writer.discard()
                diagnostics.append(Diagnostic(severity: .error, path: error.path, line: 1, column: 1, message: error.message))
                return report()
            }
        } else {
            let outputs = Set(pages.map(\.path) + plan.files.map(\.path) + copies.map(\.path))
            let checker = LinkChecker(routes: routes, outputs: outputs)
            diagnostics += checker.check(linksByPage.withLock { $0 }, items: items)
        }
        return report(pages: pages.count, files: pages.count + plan.files.count + copies.count)
    }
}
