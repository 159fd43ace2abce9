import Foundation
import Testing
import TestSupport
@testable import Site

@Suite struct CacheBytesTests {
    @Test func aReplacementLeftByAKilledBuildIsRemovedWhenTheFileIsWrittenAgain() throws {
        let folder = TemporaryFolder(prefix: "cache-leftovers")
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("build/markdown.cache")
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A process that has ended, one that runs (this test's parent), and names that are not such replacements.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/sh")
        ended.arguments = ["-c", "exit 0"]
        try ended.run()
        ended.waitUntilExit()
        let names = [CacheFileWriter.temporaryName(of: file, process: ended.processIdentifier),
                     CacheFileWriter.temporaryName(of: file, process: getppid()),
                     ".search.cache.\(ended.processIdentifier).tmp", "notes.tmp"]
        for name in names { try Data("x".utf8).write(to: file.deletingLastPathComponent().appendingPathComponent(name)) }

        try CacheFile.replace(file, with: Array("memo".utf8))

        let left = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path).sorted()
        #expect(left == (["markdown.cache"] + names.dropFirst()).sorted())
        #expect(try Data(contentsOf: file) == Data("memo".utf8))
    }
}
