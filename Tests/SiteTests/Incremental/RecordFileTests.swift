import Foundation
import SearchIndex
@testable import Site
import Testing
import TestSupport

@Suite("RecordFile")
struct RecordFileTests {
    /// `count` documents with bodies of about `bodyBytes` bytes each.
    private static func documents(_ count: Int, bodyBytes: Int = 200) -> [SearchDocument] {
        (0..<count).map { number in
            SearchDocument(url: "/openings/o-\(number)/", title: "Opening \(number) welder",
                           body: String(repeating: "shift \(number) bakery night forklift ", count: max(1, bodyBytes / 36)),
                           tags: ["trade"], facets: ["kind": ["opening"]], language: "en", date: "2026-11-\(10 + number % 20)")
        }
    }

    /// Builds the index of `documents` through the file, checks it is the index built without it, saves the file.
    /// - Returns: how many documents the build read from the file.
    private static func build(_ documents: [SearchDocument], file: URL, reading: Bool = true,
                              program: Fingerprint = Fingerprint.of("program"), sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let stored = RecordFile(file: file, header: "test-analyses", reading: reading, program: program)
        let memo = stored.searchMemo()
        let index = SearchIndexBuilder().build(documents, memo: memo)
        #expect(index.map(\.bytes) == SearchIndexBuilder().build(documents).map(\.bytes), sourceLocation: sourceLocation)
        stored.save()
        return memo.reusedByLastBuild
    }

    /// The record file of a test, in its own folder.
    private static func file(in folder: TemporaryFolder) -> URL { folder.url.appendingPathComponent("records.cache") }

    /// How many records the file holds, read as `program`.
    private static func storedCount(_ file: URL, program: String = "program") -> Int {
        RecordFile(file: file, header: "test-analyses", reading: true, program: Fingerprint.of(program)).storedCount
    }

    /// The file's inode, size and time: what changes when it is written again.
    private static func identity(_ file: URL) throws -> [Int] {
        var info = stat()
        try #require(stat(file.path, &info) == 0, "\(file.path) exists")
        return [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
    }

    @Test("an unchanged site reads every analysis from the file and does not write it again")
    func anUnchangedSiteWritesNothing() throws {
        let folder = TemporaryFolder(prefix: "search-file")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        let documents = Self.documents(50)
        #expect(Self.build(documents, file: file, reading: false) == 0)
        let written = try Self.identity(file)
        #expect(Self.build(documents, file: file) == 50)
        #expect(try Self.identity(file) == written)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["records.cache"])
    }

    @Test("an edit writes the file again, copying the unchanged records before it in blocks; the next build reads them all")
    func anEditWritesTheFileAgain() {
        let folder = TemporaryFolder(prefix: "search-file")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        // About 3 MB of records: the unchanged ones before the edit span several blocks.
        var documents = Self.documents(600, bodyBytes: 4_000)
        _ = Self.build(documents, file: file, reading: false)
        documents[500].title += " edited"
        #expect(Self.build(documents, file: file) == 599)
        #expect(Self.storedCount(file) == 600)
        #expect(Self.build(documents, file: file) == 600)

        // A document gone at the end: the records left are the first ones, yet the file must lose the last.
        documents.removeLast()
        #expect(Self.build(documents, file: file) == 599)
        #expect(Self.storedCount(file) == 599)
    }

    @Test("a damaged file, another program's file or --clean is not read, and is written anew")
    func aFileNotTrustedIsIgnoredWhole() throws {
        let folder = TemporaryFolder(prefix: "search-file")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        let documents = Self.documents(30)
        _ = Self.build(documents, file: file, reading: false)
        #expect(Self.build(documents, file: file, program: Fingerprint.of("another program")) == 0)
        #expect(Self.build(documents, file: file, program: Fingerprint.of("another program")) == 30)
        #expect(Self.build(documents, file: file, reading: false, program: Fingerprint.of("another program")) == 0)

        var bytes = try Data(contentsOf: file)
        bytes[bytes.count / 2] ^= 0x20
        try bytes.write(to: file)
        #expect(Self.storedCount(file, program: "another program") == 0)
        #expect(Self.build(documents, file: file, program: Fingerprint.of("another program")) == 0)
        #expect(Self.build(documents, file: file, program: Fingerprint.of("another program")) == 30)
    }
}
