import Foundation
import Testing
import TestSupport
@testable import SearchIndex

/// The browser client (templates/assets/search.js) run under node against indexes built here:
/// its normaliser agrees with `TextNormaliser`, and its queries find what they should.
@Suite(.enabled(if: SearchClient.node != nil, "node is not installed: the client's tests are skipped"))
struct SearchClientTests {
    @Test("the client's normaliser gives the shared table's answers, as TextNormaliser does")
    func normaliserAgreesWithSwift() throws {
        let output = try SearchClient.run(["normalise", NormalisationCase.fixture.path])
        let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        let cases = NormalisationCase.all()
        #expect(rows.count == cases.count)
        for (row, expected) in zip(rows, cases) {
            #expect(row["norm"] as? String == expected.normalised, "\(expected.name)")
            #expect(row["terms"] as? [String] == expected.terms, "\(expected.name)")
            #expect(TextNormaliser().normalise(expected.input) == row["norm"] as? String, "\(expected.name)")
        }
    }

    @Test func queriesFindTheFixtureDocuments() throws {
        let folder = TemporaryFolder(prefix: "search-client")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        for file in SearchIndexBuilder().build(try SearchClient.fixtureDocuments()) {
            try folder.write([file.path: ""])
            try Data(file.bytes).write(to: folder.url.appendingPathComponent(file.path))
        }
        let results = try SearchClient.query(folder.url, [
            ["q": "designer"],
            ["q": "desig"],
            ["q": "مهارات"],
            ["q": "مترجم"],
            ["q": "كار"],
            ["q": "МЕДСЕСТРА"],
            ["q": "ecole"],
            ["q": "design", "filters": ["tag": ["welcometalent"]]],
            ["q": "", "filters": ["kind": ["story"]]],
            ["q": "python tutor"],
            ["q": "zebrafinch"],
            ["q": "constructor designer"],
        ])
        #expect(results[0].urls.first == "/openings/graphic-designer/")
        #expect(results[1].urls == ["/openings/graphic-designer/", "/uk/stories/olena/", "/openings/python-tutor/", "/stories/amina/"],
                "title, then tag, then body")
        #expect(results[2].urls == ["/ar/openings/translator/"], "Arabic without diacritics finds text with them")
        #expect(results[3].urls == ["/ar/openings/translator/"])
        #expect(results[4].urls == ["/fa/openings/developer/"], "Persian typed with Arabic kaf")
        #expect(results[5].urls == ["/uk/openings/nurse/"])
        #expect(results[6].urls == ["/fr/openings/assistante/"])
        #expect(results[7].urls == ["/openings/graphic-designer/"])
        #expect(results[8].urls == ["/stories/amina/", "/ar/stories/youssef/", "/uk/stories/olena/"], "newest first")
        #expect(results[9].urls == ["/openings/python-tutor/"])
        #expect(results[10].count == 0 && results[10].urls.isEmpty)
        #expect(results[11].count == 0, "a word named like an Object property is not in the index")
    }

    @Test("a one-word first query reads the manifest and one shard, nothing else")
    func firstQueryReadsTwoFiles() throws {
        let folder = TemporaryFolder(prefix: "search-client")
        defer { try? FileManager.default.removeItem(at: folder.url) }
        for file in SearchIndexBuilder().build(SyntheticCorpus.documents(3_000)) {
            try folder.write([file.path: ""])
            try Data(file.bytes).write(to: folder.url.appendingPathComponent(file.path))
        }
        let result = try SearchClient.query(folder.url, [["q": "design"]])[0]
        #expect(result.files.count == 2, "\(result.files)")
        #expect(result.urls.count == 10)
    }
}

/// Runs Tests/SearchIndexTests/Fixtures/client-harness.js with node.
enum SearchClient {
    static let node: String? = NodeJS.path
    static let script = SharedFolder.repositoryRoot.appendingPathComponent("templates/assets/search.js").path
    static let harness = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/client-harness.js").path

    struct Result { let count: Int; let urls: [String]; let files: [String] }

    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node!)
        process.arguments = [harness, script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func query(_ folder: URL, _ queries: [[String: Any]]) throws -> [Result] {
        let json = String(decoding: try JSONSerialization.data(withJSONObject: queries), as: UTF8.self)
        let output = try run(["query", folder.path, json])
        let rows = try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]] ?? []
        return rows.map { Result(count: $0["count"] as? Int ?? -1, urls: $0["urls"] as? [String] ?? [], files: $0["files"] as? [String] ?? []) }
    }

    static func fixtureDocuments() throws -> [SearchDocument] {
        let url = SharedFolder.repositoryRoot.appendingPathComponent("Tests/browser/fixture/documents.json")
        let rows = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
        return rows.map {
            SearchDocument(
                url: $0["url"] as? String ?? "", title: $0["title"] as? String ?? "", summary: $0["summary"] as? String ?? "",
                body: $0["body"] as? String ?? "", tags: $0["tags"] as? [String] ?? [], extraText: $0["extraText"] as? [String] ?? [],
                facets: $0["facets"] as? [String: [String]] ?? [:], language: $0["language"] as? String ?? "",
                date: $0["date"] as? String ?? "")
        }
    }
}
