import Content
import Foundation
import Testing
import TestSupport
@testable import Site

@Suite struct RecordingFileSystemTests {
    @Test func recordsEachFileReadWithItsDigestAndStamp() throws {
        let folder = TemporaryFolder(prefix: "recording")
        defer { folder.remove() }
        try folder.write(["a.md": "first"])
        let path = folder.url.appendingPathComponent("a.md").path
        let recorder = RecordingFileSystem(DiskFileSystem(), stamps: true)
        #expect(try recorder.contents(of: path) == Array("first".utf8))
        let read = try #require(recorder.recorded.files[path])
        #expect(read.fingerprint == Fingerprint.of(Array("first".utf8)))
        #expect(read.stamp == FileStamp.of(path))
    }

    /// In a session, a file whose stamp is the one an earlier build saw is given back from memory: the bytes
    /// remembered here differ from the file's, which shows it was not read.
    @Test func aSessionGivesBackAFileWhoseStampIsUnchangedWithoutReadingIt() throws {
        let folder = TemporaryFolder(prefix: "recording")
        defer { folder.remove() }
        try folder.write(["a.md": "on disk"])
        let path = folder.url.appendingPathComponent("a.md").path
        let stamp = try #require(FileStamp.of(path))
        let remembered = Array("remembered".utf8)
        let earlier = [path: BuildSession.RememberedFile(stamp: stamp, bytes: remembered, fingerprint: Fingerprint.of(remembered))]

        let recorder = RecordingFileSystem(DiskFileSystem(), stamps: true, remembered: earlier)
        #expect(try recorder.contents(of: path) == remembered)
        #expect(recorder.recorded.files[path]?.fingerprint == Fingerprint.of(remembered))
        #expect(recorder.filesToRemember { _ in true }[path]?.bytes == remembered, "kept for the build after")
        #expect(recorder.filesToRemember { _ in false }.isEmpty, "a stamp that proves nothing is not kept")

        var changed = stamp
        changed.size += 1
        let stale = [path: BuildSession.RememberedFile(stamp: changed, bytes: remembered, fingerprint: Fingerprint.of(remembered))]
        #expect(try RecordingFileSystem(DiskFileSystem(), stamps: true, remembered: stale).contents(of: path) == Array("on disk".utf8))
    }
}
