import Testing
@testable import SearchIndex

@Suite struct ShardLayoutTests {
    @Test(arguments: [1_000, 10_000])
    func filesStayWithinOnePerFiftyDocuments(_ count: Int) {
        let files = SearchIndexBuilder().build(SyntheticCorpus.documents(count))
        #expect(files.count <= max(4, count / 50))
        #expect(files.contains { $0.path == "index.json" })
        #expect(files.contains { $0.path.hasPrefix("t/") })
    }

    @Test("no file grows with the site: the largest file at 10,000 documents is no larger than at 1,000 plus a margin")
    func largestFileDoesNotGrowWithTheSite() {
        let small = SearchIndexBuilder().build(SyntheticCorpus.documents(1_000))
        let large = SearchIndexBuilder().build(SyntheticCorpus.documents(10_000))
        let smallLargest = small.map(\.bytes.count).max()!
        let largeLargest = large.map(\.bytes.count).max()!
        #expect(largeLargest <= smallLargest * 3 / 2, "largest file: \(smallLargest) bytes at 1,000, \(largeLargest) at 10,000")
        let shardLargest = large.filter { $0.path.hasPrefix("t/") }.map(\.bytes.count).max()!
        #expect(shardLargest <= 2 * SearchIndexOptions().shardBytes)
    }

    @Test func anEmptyListGivesAnEmptyIndexTheClientCanRead() {
        let files = SearchIndexBuilder().build([])
        #expect(files.map(\.path) == ["index.json", "t/0.json", "d/0.json"])
        #expect(IndexFiles(files).manifest["n"] as? Int == 0)
    }

    @Test func manifestIsSmallAndFixed() {
        let files = SearchIndexBuilder().build(SyntheticCorpus.documents(2_000))
        let manifest = files.first { $0.path == "index.json" }!
        #expect(manifest.bytes.count < 300)
        #expect(IndexFiles(files).manifest["n"] as? Int == 2_000)
    }

    @Test("two builds, even from shuffled input, give byte-identical files")
    func buildsAreDeterministic() {
        let documents = SyntheticCorpus.documents(600)
        var shuffled = documents
        shuffled.reverse()
        shuffled.swapAt(3, 400)
        let first = SearchIndexBuilder().build(documents)
        let second = SearchIndexBuilder().build(shuffled)
        #expect(first == second)
    }

    @Test func everyTermIsFoundInTheShardItsKeyHashesTo() {
        let files = IndexFiles(SearchIndexBuilder().build(SyntheticCorpus.documents(500)))
        for term in ["design", "python", "tag=design", "kind=item"] {
            #expect(files.entry(term) != nil, "\(term) missing from its shard")
        }
    }

    @Test func prefixCountsCoverEveryTermSharingThePrefix() {
        let documents = [
            SearchDocument(url: "/a/", title: "designer", language: "en", date: "2026-01-01"),
            SearchDocument(url: "/b/", title: "design", language: "en", date: "2026-01-02"),
            SearchDocument(url: "/c/", title: "design designer", language: "en", date: "2026-01-03"),
            SearchDocument(url: "/d/", title: "desk", language: "en", date: "2026-01-04"),
        ]
        let files = IndexFiles(SearchIndexBuilder().build(documents))
        let counts = files.shard(of: "design")["u"] as? [String: Int] ?? [:]
        #expect(counts["design"] == 3)
        #expect(counts["des"] == 4)
    }

    @Test func longPostingsGoToPostingsFiles() {
        let files = IndexFiles(SearchIndexBuilder().build(SyntheticCorpus.documents(400)))
        let entry = files.entry("kind=item")!
        #expect(entry[0] as? Int == 400)
        #expect(entry.count == 5)
        #expect(files.files.keys.contains("p/0.bin"))
    }
}
