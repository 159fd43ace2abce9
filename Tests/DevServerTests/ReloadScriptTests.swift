import Foundation
import Testing
import TestSupport
@testable import DevServer

/// The reload script, run under node with a stand-in page: which `reload` events reload which tab.
@Suite(.enabled(if: NodeJS.path != nil, "node is not installed: the reload script's tests are skipped"))
struct ReloadScriptTests {
    /// For each (page path, the preview it was served from, event data), whether the tab reloads.
    func reloads(_ cases: [(page: String, shown: String?, data: String)]) throws -> [Bool] {
        let harness = """
            const source = \(try jsonString(ReloadScript.source));
            const cases = \(try jsonString(cases.map { [$0.page, $0.shown ?? NSNull(), $0.data] as [Any] }));
            for (const [page, shown, data] of cases) {
              let reloaded = false, listener = null;
              function EventSource() { this.addEventListener = function (name, f) { if (name === "reload") listener = f; }; this.close = function () {}; }
              const window = { EventSource: EventSource, location: { pathname: page, reload: function () { reloaded = true; } } };
              const document = { getElementById: function () { return null; },
                                 currentScript: { getAttribute: function (name) { return name === "data-preview" ? shown : null; } } };
              new Function("window", "document", "EventSource", source)(window, document, EventSource);
              listener({ data: data });
              console.log(reloaded ? "reload" : "stay");
            }
            """
        let output = try runNode(harness)
        return output.split(separator: "\n").map { $0 == "reload" }
    }

    /// Runs the script on a page whose overlay is a stand-in, and returns the styles it gave the overlay's lines.
    func overlayLineStyle() throws -> String {
        let harness = """
            const source = \(try jsonString(ReloadScript.source));
            const lines = { style: {} };
            const overlay = { style: {}, querySelector: function () { return lines; }, addEventListener: function () {} };
            const document = { getElementById: function () { return overlay; }, currentScript: null };
            new Function("window", "document", "EventSource", source)({ location: { pathname: "/" } }, document, undefined);
            console.log(JSON.stringify(lines.style));
            """
        return try runNode(harness).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `harness` with node and returns what it printed.
    private func runNode(_ harness: String) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reload-harness-\(UUID().uuidString).js")
        try Data(harness.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: NodeJS.path!)
        process.arguments = [file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return output
    }

    private func jsonString(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]), as: UTF8.self)
    }

    @Test func aPreviewReloadsOnlyItsPagesAndTheRebuildAfterItEveryOtherPage() throws {
        let cases: [(page: String, shown: String?, data: String, reloads: Bool)] = [
            ("/openings/cook/", nil, "preview /openings/cook/ /about/", true),
            ("/openings/cook/index.html", nil, "preview /openings/cook/", true),
            ("/about/", "2", "preview /openings/cook/ /about/", true),
            ("/openings/", nil, "preview /openings/cook/", false),
            ("/ar/%D8%B9%D9%86/", nil, "preview /ar/عن/", true),
            ("/bad/%E0%A4%A/", nil, "preview /openings/cook/", false),
            ("/openings/cook/", "3", "built 3 /openings/cook/", false),
            // Served from the disk before the preview (its event missed while the tab was loading), or an older preview.
            ("/openings/cook/", nil, "built 3 /openings/cook/", true),
            ("/openings/cook/", "2", "built 3 /openings/cook/", true),
            ("/openings/", nil, "built 3 /openings/cook/", true),
            ("/", nil, "built", true),
            ("/openings/cook/", "3", "failed", true),
        ]
        let results = try reloads(cases.map { ($0.page, $0.shown, $0.data) })
        #expect(results == cases.map(\.reloads), "\(zip(cases, results).filter { $0.0.reloads != $0.1 }.map { "\($0.0.page) on '\($0.0.data)'" })")
    }

    /// The site's own `pre` style must not put the error lines, pale pink, on a pale ground.
    @Test func theOverlaysLinesKeepItsDarkGround() throws {
        let style = try overlayLineStyle()
        #expect(style.contains("\"background\":\"transparent\""), "\(style)")
        #expect(style.contains("\"color\":\"#ffb4b4\""), "\(style)")
    }
}
