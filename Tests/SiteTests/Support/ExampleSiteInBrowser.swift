import Foundation
import Testing
import TestSupport
@testable import Site

/// The example site built into a temporary folder and handed to one of the Python drivers in `Tests/browser/`, which
/// serves it from 127.0.0.1 and checks it in headless Chromium. Callers enable their test with
/// `.enabled(if: BrowserTools.ready)`, so a machine without the browser says the test was skipped.
enum ExampleSiteInBrowser {
    /// Builds the example site, runs `script` on its output with `arguments` after it, prints what it said, and expects
    /// it to have passed: exit status 0, `passLine` printed, and no line saying it did not run.
    static func check(_ script: String, arguments: [String] = [], passLine: String,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let root = SharedFolder.repositoryRoot
        let report = SiteBuilder(settings: BuildSettings(root: root, output: output, now: try BuildDate("2026-11-23"))).build()
        try #require(report.succeeded, "\(report.diagnostics)", sourceLocation: sourceLocation)
        let result = try BrowserTools.run(["python3", root.appendingPathComponent("Tests/browser/\(script)").path, output.path] + arguments)
        print(result.output)
        #expect(result.status == 0, "\(result.output)", sourceLocation: sourceLocation)
        #expect(result.output.contains(passLine), sourceLocation: sourceLocation)
        #expect(!result.output.contains("SKIP"), sourceLocation: sourceLocation)
    }
}
