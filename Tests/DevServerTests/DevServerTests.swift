import Foundation
import Synchronization
import Testing
@testable import DevServer

/// End to end over real loopback HTTP: each promise of `pathways serve` that the maintainer's loop relies on.
@Suite(.serialized)
struct DevServerTests {
    static let page = "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><h1>Openings</h1></body></html>"

    private func makeSite() throws -> TemporaryFolder {
        let site = try TemporaryFolder()
        try site.write("index.html", Self.page)
        try site.write("404.html", "<!doctype html><html><body><p>No such page</p></body></html>")
        try site.write("assets/site.css", "body{margin:0}")
        try site.write("openings/cook/index.html", "<html><body><p>Cook</p></body></html>")
        return site
    }

    @Test func servedHTMLCarriesTheReloadScriptButTheFileOnDiskDoesNot() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: ManualChangeWatcher()) { _ in .built(summary: "") })

        let home = try await HTTPTestClient.get(port: server.port, path: "/")
        let script = try await HTTPTestClient.get(port: server.port, path: "/__pathways/reload.js")
        try await server.stop()

        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.headers["cache-control"] == "no-store")
        #expect(home.text.contains("<h1>Openings</h1><script src=\"/__pathways/reload.js\" async></script></body>"))
        let onDisk = try String(contentsOf: site.url.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(onDisk == Self.page)
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.text.contains("new EventSource(\"/__pathways/events\")"))
    }

    @Test func filesFoldersAndMissingPagesAreServedLikeAStaticHost() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: ManualChangeWatcher()) { _ in .built(summary: "") })

        let css = try await HTTPTestClient.get(port: server.port, path: "/assets/site.css")
        let folder = try await HTTPTestClient.get(port: server.port, path: "/openings/cook/")
        let bare = try await HTTPTestClient.get(port: server.port, path: "/openings/cook?lang=ar")
        let missing = try await HTTPTestClient.get(port: server.port, path: "/openings/baker/")
        let post = try await HTTPTestClient.get(port: server.port, path: "/", method: "DELETE")
        try await server.stop()

        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.text == "body{margin:0}")
        #expect(folder.status == 200)
        #expect(folder.text.contains("<p>Cook</p>"))
        #expect(bare.status == 301)
        #expect(bare.headers["location"] == "/openings/cook/?lang=ar")
        #expect(missing.status == 404)
        #expect(missing.text.contains("No such page"))
        #expect(missing.text.contains("/__pathways/reload.js"))
        #expect(post.status == 405)
    }

    @Test(arguments: ["/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/assets/%2E%2E/%2E%2E/secret.txt", "/escape/secret.txt"])
    func pathsLeavingTheSiteFolderAreRefused(path: String) async throws {
        let outside = try TemporaryFolder()
        defer { outside.remove() }
        try outside.write("secret.txt", "do not serve")
        let site = try TemporaryFolder()
        defer { site.remove() }
        try site.write("index.html", Self.page)
        try FileManager.default.createSymbolicLink(at: site.url.appendingPathComponent("escape"), withDestinationURL: outside.url)
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: ManualChangeWatcher()) { _ in .built(summary: "") })

        let reply = try await HTTPTestClient.get(port: server.port, path: path)
        try await server.stop()

        #expect(reply.status == 403 || reply.status == 404)
        #expect(!reply.text.contains("do not serve"))
        #expect(!reply.text.contains("root:"))
    }

    @Test func aChangeRebuildsAndOpenTabsReceiveAReloadEvent() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let watcher = ManualChangeWatcher()
        let seen = Locked<[[String]]>([])
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: watcher) { paths in
            seen.update { $0.append(paths) }
            return .built(summary: "rebuilt")
        })
        let tab = try await EventStreamListener.open(port: server.port)

        #expect(await watcher.emit(["/site/content/openings/cook.md", "/site/content/openings/baker.md"]))
        let reloaded = await tab.wait(for: "event: reload", timeout: .seconds(60))
        try await server.stop()

        #expect(reloaded)
        #expect(tab.text.contains("event: reload\ndata: built\n\n"))
        #expect(seen.value == [["/site/content/openings/baker.md", "/site/content/openings/cook.md"]])
    }

    /// A preview is served while the rebuild runs, reloading only the tabs on its pages; after the rebuild, tabs on a
    /// page the rebuild wrote as the preview showed it are not reloaded again, and after one it wrote otherwise they are.
    @Test func aPreviewIsServedUntilTheRebuildEndsAndReloadsOnlyItsTabs() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let watcher = ManualChangeWatcher()
        let (gate, open) = AsyncStream<Void>.makeStream()
        let rebuilds = Locked(0)
        let server = try await ServerHarness.start(DevServer(
            configuration: .testing(site: site.url), watcher: watcher,
            preview: { _ in ["openings/cook/index.html": Array("<html><body><p>Cook, edited</p></body></html>".utf8)] }
        ) { _ in
            var waiting = gate.makeAsyncIterator()
            _ = await waiting.next()
            rebuilds.update { $0 += 1 }
            // The first rebuild writes what the preview showed; the second something else.
            _ = try? site.write("openings/cook/index.html", rebuilds.value == 1 ? "<html><body><p>Cook, edited</p></body></html>" : "<html><body><p>Cook, again</p></body></html>")
            return .built(summary: "rebuilt")
        })
        let tab = try await EventStreamListener.open(port: server.port)

        #expect(await watcher.emit(["/site/content/openings/cook.md"]))
        #expect(await tab.wait(for: "event: reload\ndata: preview /openings/cook/\n\n", timeout: .seconds(60)))
        let during = try await HTTPTestClient.get(port: server.port, path: "/openings/cook/")
        let onDisk = try String(contentsOf: site.url.appendingPathComponent("openings/cook/index.html"), encoding: .utf8)
        open.yield()
        #expect(await tab.wait(for: "event: reload\ndata: built 1 /openings/cook/\n\n", timeout: .seconds(60)))

        #expect(await watcher.emit(["/site/content/openings/cook.md"]))
        open.yield()
        #expect(await tab.wait(for: "data: built\n\n", timeout: .seconds(60)))
        let after = try await HTTPTestClient.get(port: server.port, path: "/openings/cook/")
        try await server.stop()

        #expect(during.text.contains("<p>Cook, edited</p><script src=\"/__pathways/reload.js\" data-preview=\"1\" async></script>"),
                "the preview, with the reload script and its number")
        #expect(onDisk.contains("<p>Cook</p>"), "the file on disk waits for the rebuild")
        #expect(after.text.contains("<p>Cook, again</p>"), "once the rebuild ends, the file is served again")
        #expect(PreviewPages.urlPath("openings/cook/index.html") == "/openings/cook/")
        #expect(PreviewPages.urlPath("index.html") == "/")
        #expect(PreviewPages.urlPath("404.html") == "/404.html")
    }

    @Test func aSavedFileIsNoticedByTheSystemWatcher() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let sources = try TemporaryFolder()
        defer { sources.remove() }
        try sources.write("content/openings/cook.md", "---\ntitle: Cook\n---\n")
        try sources.write("site.yml", "title: Test\n")
        let seen = Locked<[String]>([])
        let configuration = DevServerConfiguration.testing(
            site: site.url,
            watching: [sources.url.appendingPathComponent("content"), sources.url.appendingPathComponent("site.yml")]
        )
        let server = try await ServerHarness.start(DevServer(configuration: configuration) { paths in
            seen.update { $0 += paths }
            return .built(summary: "rebuilt")
        })
        let tab = try await EventStreamListener.open(port: server.port)

        // The watch may be set up just after the server listens; keep saving (bounded) until a reload arrives.
        var reloaded = false
        for attempt in 0..<40 where !reloaded {
            try sources.write("content/openings/cook.md", "---\ntitle: Cook \(attempt)\n---\n")
            reloaded = await tab.wait(for: "event: reload", timeout: .milliseconds(250))
        }
        try await server.stop()

        #expect(reloaded)
        #expect(seen.value.contains(sources.url.appendingPathComponent("content/openings/cook.md").standardizedFileURL.path))
    }

    @Test func aFailedRebuildShowsTheEscapedErrorsOverTheLastGoodSite() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let watcher = ManualChangeWatcher()
        let diagnostic = "content/openings/cook.md:3:1: error: unknown field '<script>alert(1)</script>'; did you mean 'expires'?"
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: watcher) { _ in
            .failed(diagnostics: [diagnostic])
        })
        let tab = try await EventStreamListener.open(port: server.port)

        await watcher.emit(["content/openings/cook.md"])
        let reloaded = await tab.wait(for: "event: reload", timeout: .seconds(60))
        let home = try await HTTPTestClient.get(port: server.port, path: "/")
        try await server.stop()

        #expect(reloaded)
        #expect(home.status == 200)
        #expect(home.text.contains("<h1>Openings</h1>"))
        #expect(home.text.contains(
            "content/openings/cook.md:3:1: error: unknown field &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;; did you mean &#39;expires&#39;?"
        ))
        #expect(!home.text.contains("<script>alert(1)"))
        #expect(home.text.contains("id=\"__pathways-build-errors\""))
    }

    @Test func aPortInUseIsAClearErrorBeforeServing() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let first = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: ManualChangeWatcher()) { _ in .built(summary: "") })
        let second = DevServerConfiguration(port: first.port, siteFolder: site.url, watchedPaths: [])
        let rebuilds = Locked(0)

        let error = await #expect(throws: DevServerError.self) {
            try await withTimeout(.seconds(20)) {
                try await DevServer(configuration: second, watcher: ManualChangeWatcher()) { _ in
                    rebuilds.update { $0 += 1 }
                    return .built(summary: "")
                }.run()
            }
        }
        try await first.stop()

        #expect(error == .portInUse(host: "127.0.0.1", port: first.port))
        #expect(error?.description == "error: 127.0.0.1:\(first.port) is already in use by another program; stop it or pick another port with --port \(first.port + 1)")
        #expect(rebuilds.value == 0)
    }

    @Test func anAddressThisMachineDoesNotHaveIsAClearError() async throws {
        let site = try makeSite()
        defer { site.remove() }
        // 192.0.2.1 is reserved for documentation; binding to it fails locally without any traffic.
        let configuration = DevServerConfiguration(host: "192.0.2.1", port: 0, siteFolder: site.url, watchedPaths: [])

        let error = await #expect(throws: DevServerError.self) {
            try await withTimeout(.seconds(20)) {
                try await DevServer(configuration: configuration, watcher: ManualChangeWatcher()) { _ in .built(summary: "") }.run()
            }
        }

        let address: (host: String, port: Int)? = if case .cannotListen(let host, let port, _) = error { (host, port) } else { nil }
        let listening = try #require(address, "expected cannotListen, got \(String(describing: error))")
        #expect(listening.host == "192.0.2.1" && listening.port == 0)
        #expect(error?.description.hasPrefix("error: cannot listen on 192.0.2.1:0: ") == true)
    }

    @Test func shutdownCancelsTheInFlightRebuildAndWaitsForItToDiscardItsStaging() async throws {
        let site = try makeSite()
        defer { site.remove() }
        let before = site.listing()
        let staging = site.url.deletingLastPathComponent().appendingPathComponent(site.url.lastPathComponent + ".staging")
        let watcher = ManualChangeWatcher()
        let (started, markStarted) = AsyncStream<Void>.makeStream()
        let server = try await ServerHarness.start(DevServer(configuration: .testing(site: site.url), watcher: watcher) { _ in
            try? FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            markStarted.yield()
            // A long build: only cancellation ends it early, and then it discards its staging.
            try? await Task.sleep(for: .seconds(30))
            if Task.isCancelled {
                try? FileManager.default.removeItem(at: staging)
                return .failed(diagnostics: ["cancelled"])
            }
            return .built(summary: "")
        })
        let tab = try await EventStreamListener.open(port: server.port)

        await watcher.emit(["content/openings/cook.md"])
        let didStart = try await withTimeout(.seconds(60)) { () -> Bool in
            for await _ in started { return true }
            return false
        }
        try await server.stop()

        #expect(didStart)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
        #expect(site.listing() == before)
        #expect(await tab.waitForEnd(timeout: .seconds(60)))
        #expect(!tab.text.contains("event: reload"))
    }
}
