import Testing
import TestSupport

/// The search page in a real browser: headless Chromium, driven by selenium, over the example site served from
/// 127.0.0.1 by a plain static server (Tests/browser/search_browser_test.py). It prints the requests and bytes of each query.
@Suite struct SearchBrowserTests {
    @Test(.enabled(if: BrowserTools.ready, "needs Debian's chromium and chromium-driver and PyPI's selenium; the browser test did not run"))
    func queriesInEveryScriptFindTheirPagesInChromium() throws {
        let cases = SharedFolder.repositoryRoot.appendingPathComponent("Tests/browser/example-site-cases.json").path
        try ExampleSiteInBrowser.check("search_browser_test.py", arguments: ["--cases", cases], passLine: "all browser checks passed")
    }
}
