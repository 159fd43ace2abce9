import Foundation
@testable import SearchIndex

/// A built index read back the way the client reads it, for assertions.
struct IndexFiles {
    let files: [String: [UInt8]]

    init(_ built: [SearchIndexFile]) {
        files = Dictionary(uniqueKeysWithValues: built.map { ($0.path, $0.bytes) })
    }

    func json(_ path: String) -> Any? {
        files[path].flatMap { try? JSONSerialization.jsonObject(with: Data($0)) }
    }

    var manifest: [String: Any] { json("index.json") as? [String: Any] ?? [:] }

    /// The shard a term lives in, as the client finds it.
    func shard(of term: String) -> [String: Any] {
        let seed = UInt32(manifest["h"] as? Int ?? 0), shards = manifest["s"] as? Int ?? 1
        let index = ShardKey.shard(of: ShardKey.key(of: term), seed: seed, shards: shards)
        return json("t/\(index).json") as? [String: Any] ?? [:]
    }

    /// `[df, idf × 1000, [id, score, ...], start?, length?]` for a term.
    func entry(_ term: String) -> [Any]? {
        (shard(of: term)["t"] as? [String: Any])?[term] as? [Any]
    }

    /// A term's best documents' urls, best first.
    func topURLs(_ term: String) -> [String] {
        guard let top = entry(term)?[2] as? [Int] else { return [] }
        return stride(from: 0, to: top.count, by: 2).map { url(ofDocument: top[$0]) }
    }

    /// A term's best documents' scores, best first.
    func topScores(_ term: String) -> [Int] {
        guard let top = entry(term)?[2] as? [Int] else { return [] }
        return stride(from: 1, to: top.count, by: 2).map { top[$0] }
    }

    func url(ofDocument id: Int) -> String {
        let perChunk = manifest["b"] as? Int ?? 1
        let chunk = json("d/\(id / perChunk).json") as? [[Any]] ?? []
        return chunk[id % perChunk][0] as? String ?? ""
    }
}

/// Documents of a fixed made-up vocabulary, the same for the same count and seed.
enum SyntheticCorpus {
    static func documents(_ count: Int, seed: UInt64 = 1) -> [SearchDocument] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let words = (0..<400).map { "w\(String($0, radix: 36))x\(["a", "e", "o", "u"][$0 % 4])" }
        let tags = ["design", "python", "welcometalent", "teaching", "nursing", "sales"]
        return (0..<count).map { i in
            let body = (0..<40).map { _ in words[min(next(400), next(400))] }.joined(separator: " ")
            let title = (0..<5).map { _ in words[next(400)] }.joined(separator: " ")
            return SearchDocument(
                url: "/items/item-\(i)/", title: title, summary: "", body: body,
                tags: [tags[next(tags.count)]], facets: ["tag": [tags[next(tags.count)]], "kind": ["item"]],
                language: "en", date: "2026-\(String(format: "%02d", 1 + next(12)))-\(String(format: "%02d", 1 + next(28)))")
        }
    }
}
