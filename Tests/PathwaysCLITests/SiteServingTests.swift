import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Site
import Synchronization
import Testing
import TestSupport
@testable import DevServer
@testable import PathwaysCLI

/// `pathways serve` end to end on a free loopback port: first build, a saved edit,
/// a broken template (overlay over the last good page), the fix, and a clean stop.
@Suite struct SiteServingTests {
    struct Timeout: Error, CustomStringConvertible {
        let what: String
        var description: String { "gave up waiting for \(what)" }
    }

    /// Fetches `path` from the server; `nil` when nothing answers yet.
    static func get(_ port: Int, _ path: String) async -> String? {
        let url = URL(string: "http://127.0.0.1:\(port)\(path)")!
        var request = URLRequest(url: url)
        request.timeoutInterval = 5
        request.cachePolicy = .reloadIgnoringLocalCacheData
        guard let (data, response) = try? await URLSession.shared.data(for: request),
              (response as? HTTPURLResponse)?.statusCode == 200 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// Polls `condition` every 100 ms until it holds, for at most `seconds`.
    static func eventually(_ what: String, seconds: Double = 60, _ condition: () async -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if await condition() { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw Timeout(what: what)
    }

    static func story(title: String) -> String {
        "---\ntitle: \"\(title)\"\ndate: 2026-09-01\nconsent: given\ntags: [remote]\n---\nBody.\n"
    }

    @Test func servesRebuildsShowsTheOverlayOverTheLastGoodPageAndStopsClean() async throws {
        let site = TemporaryFolder(prefix: "serve-site")
        defer { site.remove() }
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Served\nbase_url: https://example.org/\ndefault_language: en\nlanguages: [en]\nper_page: 5\n",
                        "content/stories/first.md": Self.story(title: "First title")])
        let settings = BuildSettings(root: site.url, output: site.url.appendingPathComponent("public"), now: try BuildDate("2026-11-23"))
        let serving = SiteServing(settings: settings, host: "127.0.0.1", port: 0, baseURL: nil)
        let messages = Mutex<[DevServerMessage]>([])
        let server = serving.makeServer { message in messages.withLock { $0.append(message) } }
        let (sessions, served) = AsyncStream<ServingSession>.makeStream()
        let task = Task {
            defer { served.finish() }
            try await server.run(gracefulShutdownSignals: []) { served.yield($0) }
        }
        var iterator = sessions.makeAsyncIterator()
        let listening = await iterator.next()
        // A server that never listened ends its task: its own error says why, and fails the test.
        if listening == nil { try await task.value }
        let session = try #require(listening, "the server stopped before listening")
        let port = session.port
        let page = "/stories/first/"

        try await Self.eventually("the first build") { await Self.get(port, page)?.contains("First title") == true }
        let first = await Self.get(port, page) ?? ""
        #expect(first.contains("http://127.0.0.1:\(port)/stories/first/"), "pages link to the server's own address")

        try site.write(["content/stories/first.md": Self.story(title: "Second title")])
        try await Self.eventually("the edit to show") { await Self.get(port, page)?.contains("Second title") == true }

        let layout = site.url.appendingPathComponent("templates/layouts/story.liquid")
        let good = try String(contentsOf: layout, encoding: .utf8)
        try Data((good + "{% if %}").utf8).write(to: layout)
        try await Self.eventually("the error overlay") { await Self.get(port, page)?.contains(ErrorOverlay.elementID) == true }
        let broken = await Self.get(port, page) ?? ""
        #expect(broken.contains("Second title"), "the last good page is still served under the overlay")
        #expect(broken.contains("templates/layouts/story.liquid"), "the overlay names the broken template")

        try Data(good.utf8).write(to: layout)
        try await Self.eventually("the overlay to go") {
            guard let html = await Self.get(port, page) else { return false }
            return !html.contains(ErrorOverlay.elementID) && html.contains("Second title")
        }

        await session.stop()
        try await task.value
        #expect(messages.withLock { $0.last } == .stopped)

        let serveFolder = site.url.appendingPathComponent(".pathways-cache/serve")
        try await Self.eventually("discarded outputs to be removed", seconds: 30) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: serveFolder.path)) ?? []
            return names == ["site"]
        }
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path), "serving never writes public/")
    }
}
