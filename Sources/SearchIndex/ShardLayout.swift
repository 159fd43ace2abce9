/// Decides how many files of each kind the index has and writes them.
struct ShardLayout {
    let corpus: IndexedCorpus
    let options: SearchIndexOptions
    /// Terms in scalar order.
    let terms: [String]
    let idf: [String: Int]
    /// Best documents per term: score descending, then id ascending (newest).
    let top: [String: [Posting]]
    /// Start and length in the postings stream, for terms with more documents than `top` holds.
    var streamRange: [String: (start: Int, length: Int)] = [:]
    var stream: [UInt8] = []
    var docsPerChunk = 1
    var chunks = 1
    var postingsFileBytes: Int
    var postingsFiles = 0
    var shards = 1
    var seed: UInt32 = 0

    init(corpus: IndexedCorpus, options: SearchIndexOptions) {
        self.corpus = corpus
        self.options = options
        terms = corpus.postings.keys.sorted(by: TermOrder.precedes)
        var idf: [String: Int] = [:]
        var top: [String: [Posting]] = [:]
        for term in terms {
            let postings = corpus.postings[term]!
            idf[term] = IndexedCorpus.isFacetTerm(term) ? 0
                : Int((BM25FScorer.idf(documentFrequency: postings.count, documents: corpus.count) * 1000).rounded())
            top[term] = Array(postings.sorted { $0.score != $1.score ? $0.score > $1.score : $0.id < $1.id }
                .prefix(options.topResults))
        }
        self.idf = idf
        self.top = top
        for term in terms where corpus.postings[term]!.count > options.topResults {
            let start = stream.count
            PostingsEncoding.encode(corpus.postings[term]!, into: &stream)
            streamRange[term] = (start, stream.count - start)
        }
        postingsFileBytes = options.postingsFileBytes
        planCounts()
    }

    /// Chunk, postings and shard counts within the file budget; the hash seed that evens shards out.
    private mutating func planCounts() {
        let n = corpus.count
        let budget = max(4, n / max(1, options.pagesPerFile))
        let displayBytes = corpus.displays.reduce(0) { $0 + $1.utf8.count + 1 }
        var chunkBytes = options.chunkBytes
        while true {
            docsPerChunk = max(1, chunkBytes * max(1, n) / max(1, displayBytes))
            chunks = max(1, (n + docsPerChunk - 1) / docsPerChunk)
            postingsFiles = (stream.count + postingsFileBytes - 1) / postingsFileBytes
            if 2 + chunks + postingsFiles <= budget { break }
            chunkBytes *= 2
            postingsFileBytes *= 2
        }
        var keyBytes: [String: Int] = [:]
        for term in terms {
            keyBytes[ShardKey.key(of: term), default: 0] += estimatedBytes(term)
        }
        shards = max(1, min(budget - 1 - chunks - postingsFiles, keyBytes.count))
        let keys = keyBytes.keys.sorted(by: TermOrder.precedes)
        var best = Int.max
        for candidate in UInt32(0)..<16 {
            var sizes = Array(repeating: 0, count: shards)
            for key in keys { sizes[ShardKey.shard(of: key, seed: candidate, shards: shards)] += keyBytes[key]! }
            if sizes.max()! < best {
                best = sizes.max()!
                seed = candidate
            }
        }
    }

    /// A term's entry without display data, which is what must fit in its shard.
    private func estimatedBytes(_ term: String) -> Int {
        24 + term.utf8.count + 8 * top[term]!.count
    }

    func files() -> [SearchIndexFile] {
        var files: [SearchIndexFile] = [SearchIndexFile(path: "index.json", bytes: Array(manifest().utf8))]
        var byShard = Array(repeating: [String](), count: shards)
        for term in terms { byShard[ShardKey.shard(of: ShardKey.key(of: term), seed: seed, shards: shards)].append(term) }
        for (index, shardTerms) in byShard.enumerated() {
            files.append(SearchIndexFile(path: "t/\(index).json", bytes: Array(shard(shardTerms).utf8)))
        }
        for chunk in 0..<chunks {
            let ids = (chunk * docsPerChunk)..<min(corpus.count, (chunk + 1) * docsPerChunk)
            let text = "[" + ids.map { corpus.displays[$0] }.joined(separator: ",") + "]"
            files.append(SearchIndexFile(path: "d/\(chunk).json", bytes: Array(text.utf8)))
        }
        for file in 0..<postingsFiles {
            let slice = stream[(file * postingsFileBytes)..<min(stream.count, (file + 1) * postingsFileBytes)]
            files.append(SearchIndexFile(path: "p/\(file).bin", bytes: Array(slice)))
        }
        return files
    }

    private func manifest() -> String {
        var json = JSONText()
        json.raw("{\"v\":1,\"n\":\(corpus.count),\"k\":\(options.topResults),\"s\":\(shards),\"h\":\(seed)")
        json.raw(",\"b\":\(docsPerChunk),\"c\":\(chunks),\"z\":\(postingsFileBytes),\"p\":\(postingsFiles),\"f\":[")
        for (index, name) in corpus.facetNames.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(name)
        }
        json.raw("]}")
        return json.text
    }

    /// `{"d":{id:display},"t":{term:[df,idf,[id,score,...],start?,length?]},"u":{prefix:documents}}`.
    private func shard(_ shardTerms: [String]) -> String {
        var json = JSONText()
        json.raw("{\"d\":{")
        for (index, id) in shownDocuments(shardTerms).enumerated() {
            json.raw(index == 0 ? "\"\(id)\":" : ",\"\(id)\":")
            json.raw(corpus.displays[id])
        }
        json.raw("},\"t\":{")
        for (index, term) in shardTerms.enumerated() {
            if index > 0 { json.raw(",") }
            json.string(term)
            json.raw(":[\(corpus.postings[term]!.count),\(idf[term]!),")
            json.integers(top[term]!.flatMap { [$0.id, $0.score] })
            if let range = streamRange[term] { json.raw(",\(range.start),\(range.length)") }
            json.raw("]")
        }
        json.raw("},\"u\":{")
        for (index, entry) in prefixCounts(shardTerms).enumerated() {
            if index > 0 { json.raw(",") }
            json.string(entry.prefix)
            json.raw(":\(entry.count)")
        }
        json.raw("}}")
        return json.text
    }

    /// The documents whose display entries the shard carries: the first result page of every query
    /// the shard answers alone (each prefix of its terms, as typed, and each facet value), most frequent
    /// first, until the shard reaches its byte target; the rest come from document chunks.
    private func shownDocuments(_ shardTerms: [String]) -> [Int] {
        var bytes = shardTerms.reduce(0) { $0 + estimatedBytes($1) }
        var shown = Set<Int>()
        for page in resultPages(shardTerms) {
            let missing = page.filter { !shown.contains($0) }
            let cost = missing.reduce(0) { $0 + corpus.displays[$1].utf8.count + 8 }
            if bytes + cost > options.shardBytes { continue }
            bytes += cost
            shown.formUnion(missing)
        }
        return shown.sorted()
    }

    /// The best documents of each prefix query and facet value, as the client ranks them from the top
    /// lists (a completion weighs its document count over the commonest's, so a word's prefixes mostly
    /// share its page): whole words by frequency, then prefixes.
    private func resultPages(_ shardTerms: [String]) -> [[Int]] {
        let text = WordsByScalars(shardTerms.filter { !IndexedCorpus.isFacetTerm($0) })
        var queries: [(prefix: String, whole: Bool, frequency: Int, page: [Int])] = []
        var seen = Set<String>()
        for term in shardTerms {
            let scalars = Array(term.unicodeScalars)
            let shortest = IndexedCorpus.isFacetTerm(term) ? scalars.count : min(scalars.count, ShardKey.key(of: term).unicodeScalars.count)
            for length in shortest...scalars.count {
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: scalars[0..<length])
                let typed = String(prefix)
                guard seen.insert(typed).inserted else { continue }
                let expansions = length == scalars.count && IndexedCorpus.isFacetTerm(term)
                    ? [term] : text.words(startingWith: scalars[0..<length].map(\.value))
                var best: [Int: Double] = [:]
                let most = Double(expansions.map { corpus.postings[$0]!.count }.max() ?? 1)
                for expansion in expansions {
                    let weight = Double(corpus.postings[expansion]!.count) / most
                    for posting in top[expansion]! { best[posting.id] = max(best[posting.id] ?? 0, weight * Double(posting.score)) }
                }
                let page = best.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                    .prefix(options.topResults).map(\.key)
                // A whole word counts by its own documents (else a rare stem of a common word would rank as common).
                let whole = expansions.contains(typed)
                let frequency = whole ? corpus.postings[typed]!.count : expansions.map { corpus.postings[$0]!.count }.max() ?? 0
                queries.append((typed, whole, frequency, page))
            }
        }
        // Whole words first (links and submitted searches carry them), then the prefixes met while typing.
        queries.sort {
            if $0.whole != $1.whole { return $0.whole }
            return $0.frequency != $1.frequency ? $0.frequency > $1.frequency : TermOrder.precedes($0.prefix, $1.prefix)
        }
        return queries.map(\.page)
    }

    /// For every prefix that two or more of the shard's text terms share (at least a key long),
    /// how many documents contain any of them: the result count of that prefix as a query.
    private func prefixCounts(_ shardTerms: [String]) -> [(prefix: String, count: Int)] {
        let text = shardTerms.filter { !IndexedCorpus.isFacetTerm($0) }
        var prefixes = Set<String>()
        for (a, b) in zip(text, text.dropFirst()) {
            let common = TermOrder.commonPrefix(a, b)
            let key = ShardKey.key(of: a)
            if common.unicodeScalars.count >= key.unicodeScalars.count, key == ShardKey.key(of: b) {
                prefixes.insert(common)
            }
        }
        let words = WordsByScalars(text)
        var stamp = Array(repeating: -1, count: corpus.count)
        return prefixes.sorted(by: TermOrder.precedes).enumerated().map { generation, prefix in
            var count = 0
            for term in words.words(startingWith: prefix.unicodeScalars.map(\.value)) {
                for posting in corpus.postings[term]! where stamp[posting.id] != generation {
                    stamp[posting.id] = generation
                    count += 1
                }
            }
            return (prefix, count)
        }
    }
}

/// A shard's words in the order of their scalars, so the words a prefix expands to are one run found by a binary
/// search (filtering every word for every prefix grew with the square of a shard's vocabulary, and was the slowest
/// step of a small site's build).
private struct WordsByScalars {
    private let sorted: [(scalars: [UInt32], word: String)]

    init(_ words: [String]) {
        sorted = words.map { (scalars: $0.unicodeScalars.map(\.value), word: $0) }
            .sorted { $0.scalars.lexicographicallyPrecedes($1.scalars) }
    }

    /// The words that start with `prefix` (scalar values), in scalar order.
    func words(startingWith prefix: [UInt32]) -> [String] {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle].scalars.lexicographicallyPrecedes(prefix) { low = middle + 1 } else { high = middle }
        }
        var words: [String] = []
        while low < sorted.count, sorted[low].scalars.starts(with: prefix) {
            words.append(sorted[low].word)
            low += 1
        }
        return words
    }
}
