import Foundation
import Testing
import TestSupport
@testable import Site

/// The search page in a real browser: headless Chromium, driven by selenium, over the example site served from
/// 127.0.0.1 by a plain static server (Tests/browser/search_browser_test.py). It prints the requests and bytes of each query.
@Suite struct SearchBrowserTests {
    @Test(.enabled(if: BrowserTools.ready, "needs Debian's chromium and chromium-driver and PyPI's selenium; the browser test did not run"))
    func queriesInEveryScriptFindTheirPagesInChromium() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("search-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let root = SharedFolder.repositoryRoot
        let report = SiteBuilder(settings: BuildSettings(root: root, output: output, now: try BuildDate("2026-11-23"))).build()
        try #require(report.succeeded, "\(report.diagnostics)")
        let result = try BrowserTools.run(["python3", root.appendingPathComponent("Tests/browser/search_browser_test.py").path, output.path,
                                   "--cases", root.appendingPathComponent("Tests/browser/example-site-cases.json").path])
        print(result.output)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("all browser checks passed"))
        #expect(!result.output.contains("SKIP"))
    }
}
