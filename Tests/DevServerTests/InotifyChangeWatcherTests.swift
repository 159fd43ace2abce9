#if os(Linux)
import Foundation
import Glibc
import Testing
@testable import DevServer

struct InotifyChangeWatcherTests {
    @Test func aSavedFileInANestedFolderIsReported() async throws {
        let sources = try TemporaryFolder()
        defer { sources.remove() }
        let file = try sources.write("content/openings/cook.md", "a")
        let recorder = ChangeRecorder(InotifyChangeWatcher(), paths: [sources.url.appendingPathComponent("content")])
        let seen = try await recorder.waitFor(file.path) { try sources.write("content/openings/cook.md", "b") }
        await recorder.stop()
        #expect(seen)
    }

    @Test func aFileInANewSubfolderIsReported() async throws {
        let sources = try TemporaryFolder()
        defer { sources.remove() }
        try sources.write("content/stories/a.md", "a")
        let recorder = ChangeRecorder(InotifyChangeWatcher(), paths: [sources.url.appendingPathComponent("content")])
        // Let the watch exist before the new folder is made (bounded: a change to a known file is seen first).
        let ready = try await recorder.waitFor(sources.url.path + "/content/stories/a.md") {
            try sources.write("content/stories/a.md", "b")
        }
        try sources.write("content/openings/2026/cook.md", "new")
        let nested = sources.url.path + "/content/openings/2026/cook.md"
        let seenNew = await recorder.waitFor(nested) {}
        let seenLater = try await recorder.waitFor(sources.url.path + "/content/openings/2026/baker.md") {
            try sources.write("content/openings/2026/baker.md", "later")
        }
        await recorder.stop()
        #expect(ready)
        #expect(seenNew)
        #expect(seenLater)
    }

    @Test func aWatchedFileIsSeenThroughItsFolderAndItsNeighboursAreNot() async throws {
        let sources = try TemporaryFolder()
        defer { sources.remove() }
        let siteFile = try sources.write("site.yml", "title: A\n")
        let recorder = ChangeRecorder(InotifyChangeWatcher(), paths: [siteFile])
        let seen = try await recorder.waitFor(siteFile.path) {
            try sources.write("notes.txt", "not watched")
            // Save by rename, as many editors do.
            let temporary = try sources.write(".site.yml.tmp", "title: B\n")
            #expect(rename(temporary.path, siteFile.path) == 0)
        }
        await recorder.stop()
        #expect(seen)
        #expect(!recorder.paths.contains(sources.url.path + "/notes.txt"))
    }
}
#endif
