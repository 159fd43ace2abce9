import Foundation
import Site
import Synchronization
import Testing
import TestSupport
@testable import DevServer
@testable import PathwaysCLI

/// `pathways serve` in a real browser: headless Chromium, driven by selenium (Tests/browser/serve_browser_test.py),
/// with the example site served in process. A saved edit to an opening's text shows in its tab by itself (the
/// preview) and the tab is not reloaded again by the rebuild; a list's tab is reloaded once the rebuild ends. A new
/// title shows in both tabs by itself, as the preview renders every page listing the opening.
@Suite struct ServeBrowserTests {
    @Test(.enabled(if: BrowserTools.ready, "needs Debian's chromium and chromium-driver and PyPI's selenium; the browser test did not run"))
    func aSavedEditShowsInItsTabAndTheRebuildReloadsTheOthers() async throws {
        let site = TemporaryFolder(prefix: "serve-browser")
        defer { site.remove() }
        try site.copyFromRepository("templates")
        try site.copyFromRepository("content")
        let config = site.url.appendingPathComponent("content/site.yml")
        let text = try String(contentsOf: config, encoding: .utf8)
        try Data(text.replacingOccurrences(of: "languages: [en, ar, uk, fr, fa]", with: "languages: [en, ar]").utf8).write(to: config)

        let settings = BuildSettings(root: site.url, output: site.url.appendingPathComponent("public"), now: try BuildDate("2026-11-23"))
        let messages = Mutex<[DevServerMessage]>([])
        let server = SiteServing(settings: settings, host: "127.0.0.1", port: 0, baseURL: nil).makeServer { message in
            messages.withLock { $0.append(message) }
        }
        let (sessions, served) = AsyncStream<ServingSession>.makeStream()
        let task = Task {
            defer { served.finish() }
            try await server.run(gracefulShutdownSignals: []) { served.yield($0) }
        }
        var iterator = sessions.makeAsyncIterator()
        let session = try #require(await iterator.next(), "the server stopped before listening")
        let opening = "/openings/bicycle-mechanic-apprentice-gaziantep/"
        try await SiteServingTests.eventually("the first build") { await SiteServingTests.get(session.port, opening) != nil }

        let result = try await BrowserTools.runOffThread([
            "python3", SharedFolder.repositoryRoot.appendingPathComponent("Tests/browser/serve_browser_test.py").path,
            "http://127.0.0.1:\(session.port)", site.url.path, opening, "/tags/mechanics/",
        ])
        await session.stop()
        try await task.value
        print(result.output)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("all browser checks passed"))
        #expect(!result.output.contains("SKIP"))
        let previewed = messages.withLock { $0 }.compactMap { message -> [String]? in
            if case .previewed(let pages, _) = message { return pages } else { return nil }
        }
        #expect(previewed.first == [opening], "the body edit was previewed, so the tab saw it before the rebuild: \(messages.withLock { $0 })")
        #expect(previewed.count == 2 && previewed[1].contains(opening) && previewed[1].contains("/tags/mechanics/"),
                "the title edit was previewed on the opening's page and its list: \(previewed)")
    }
}
