import Foundation
import SearchIndex
@testable import Site
import Testing
import TestSupport

@Suite("RecordShards")
struct RecordShardsTests {
    private static let program = Fingerprint.of("program")

    /// `count` documents, each with a body of a few hundred bytes.
    private static func documents(_ count: Int) -> [SearchDocument] {
        (0..<count).map { number in
            SearchDocument(url: "/openings/o-\(number)/", title: "Opening \(number) welder",
                           body: String(repeating: "shift \(number) bakery night forklift ", count: 8),
                           tags: ["trade"], facets: ["kind": ["opening"]], language: "en", date: "2026-11-\(10 + number % 20)")
        }
    }

    /// Builds the index of `documents` through the records in `folder`, checks it is the index built without them,
    /// saves them. - Returns: how many documents the build read from the records.
    private static func build(_ documents: [SearchDocument], in folder: URL, reading: Bool = true,
                              sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let shards = RecordShards(folder: folder, stem: "search", header: "test-analyses", reading: reading, program: program)
        let memo = shards.searchMemo()
        let index = SearchIndexBuilder().build(documents, memo: memo)
        #expect(index.map(\.bytes) == SearchIndexBuilder().build(documents).map(\.bytes), sourceLocation: sourceLocation)
        shards.save()
        return memo.reusedByLastBuild
    }

    /// Each file's name with its inode, size and time: what changes when a file is written again.
    private static func identities(in folder: URL) throws -> [String: [Int]] {
        var identities: [String: [Int]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var info = stat()
            try #require(stat(folder.appendingPathComponent(name).path, &info) == 0)
            identities[name] = [Int(info.st_ino), Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
        }
        return identities
    }

    @Test("an edit writes again only the file holding the edited record; the next build reads every record")
    func anEditRewritesOneFile() throws {
        let folder = TemporaryFolder(prefix: "record-shards")
        defer { folder.remove() }
        var documents = Self.documents(200)
        #expect(Self.build(documents, in: folder.url, reading: false) == 0)
        let before = try Self.identities(in: folder.url)
        #expect(before.keys.sorted() == (0..<RecordShards.count).map { String(format: "search.%02d.cache", $0) })

        documents[7].title += " edited"
        #expect(Self.build(documents, in: folder.url) == 199)
        let after = try Self.identities(in: folder.url)
        let shards = RecordShards(folder: folder.url, stem: "search", header: "test-analyses", reading: true, program: Self.program)
        let edited = shards.file(for: documents[7].url).file.lastPathComponent
        #expect(Set(after.keys.filter { after[$0] != before[$0] }) == [edited])
        #expect(shards.storedCount == 200)
        #expect(Self.build(documents, in: folder.url) == 200)
    }

    @Test("files holding no record are not written again; the single file of an older Pathways is removed")
    func fewRecordsAndAnOldFile() throws {
        let folder = TemporaryFolder(prefix: "record-shards")
        defer { folder.remove() }
        try Data("an older Pathways' records".utf8).write(to: folder.url.appendingPathComponent("search.cache"))
        let documents = Self.documents(3)
        #expect(Self.build(documents, in: folder.url, reading: false) == 0)
        let written = try Self.identities(in: folder.url)
        #expect(written["search.cache"] == nil)
        #expect(written.count == RecordShards.count)
        #expect(Self.build(documents, in: folder.url) == 3)
        #expect(try Self.identities(in: folder.url) == written)
    }
}
