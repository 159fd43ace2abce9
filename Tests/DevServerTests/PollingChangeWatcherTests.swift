import Foundation
import Testing
@testable import DevServer

struct PollingChangeWatcherTests {
    @Test func differencesNameAddedChangedAndRemovedFiles() {
        let old: [String: PollingChangeWatcher.Stamp] = [
            "/s/a.md": .init(size: 1, modified: Date(timeIntervalSince1970: 1)),
            "/s/b.md": .init(size: 1, modified: Date(timeIntervalSince1970: 1)),
            "/s/c.md": .init(size: 1, modified: Date(timeIntervalSince1970: 1)),
        ]
        var new = old
        new["/s/a.md"] = .init(size: 2, modified: Date(timeIntervalSince1970: 1))
        new["/s/c.md"] = nil
        new["/s/d.md"] = .init(size: 1, modified: Date(timeIntervalSince1970: 5))
        #expect(PollingChangeWatcher.differences(between: old, and: new) == ["/s/a.md", "/s/c.md", "/s/d.md"])
    }

    @Test func aNewFileInANewFolderIsReported() async throws {
        let sources = try TemporaryFolder()
        defer { sources.remove() }
        try sources.write("content/a.md", "a")
        let recorder = ChangeRecorder(PollingChangeWatcher(interval: .milliseconds(20)), paths: [sources.url.appendingPathComponent("content")])
        let target = sources.url.appendingPathComponent("content/new/b.md").standardizedFileURL.path
        let seen = try await recorder.waitFor(target) { try sources.write("content/new/b.md", "b") }
        await recorder.stop()
        #expect(seen)
    }
}
