import Dispatch
import Synchronization

/// The documents in index order (newest first) with every term's postings and each document's display entry.
struct IndexedCorpus: Sendable {
    /// A term's documents in id order with quantised saturation scores (1 for facet terms).
    var postings: [String: [(id: Int, score: Int)]] = [:]
    /// Per document, its display entry as JSON: `[url,title,snippet,date,language]`.
    var displays: [String] = []
    /// Facet names seen, sorted.
    var facetNames: [String] = []

    var count: Int { displays.count }

    init(documents: [SearchDocument], options: SearchIndexOptions, memo: DocumentAnalysisMemo? = nil) {
        let ordered = documents.sorted { a, b in
            if a.date != b.date { return a.date > b.date }
            if a.url != b.url { return a.url < b.url }
            return a.title < b.title
        }
        var analysed = Self.analyse(ordered, options: options, memo: memo)
        // Each document's counts move out of its analysis, and go as soon as its postings are made: the counts and
        // the postings of a whole site are not in memory together (at 50,000 items, hundreds of megabytes each).
        var frequencies: [[(term: String, counts: FieldCounts)]] = []
        var lengths: [FieldCounts] = []
        var names = Set<String>()
        frequencies.reserveCapacity(analysed.count)
        lengths.reserveCapacity(analysed.count)
        displays.reserveCapacity(analysed.count)
        for (index, document) in ordered.enumerated() {
            frequencies.append(analysed[index].counts)
            analysed[index].counts = []
            lengths.append(analysed[index].fieldLengths)
            displays.append(analysed[index].display)
            for name in document.facets.keys { names.insert(name) }
        }
        analysed = []
        facetNames = names.sorted()

        let n = ordered.count
        var averages = Array(repeating: 0.0, count: BM25FScorer.fieldCount)
        for fieldLengths in lengths {
            for field in 0..<BM25FScorer.fieldCount { averages[field] += Double(fieldLengths[field]) }
        }
        if n > 0 { averages = averages.map { $0 / Double(n) } }
        let scorer = BM25FScorer(options: options, averageLengths: averages)
        for id in 0..<n {
            for (term, counts) in frequencies[id] {
                let score = BM25FScorer.quantised(scorer.saturation(frequencies: counts, lengths: lengths[id]))
                postings[term, default: []].append((id, score))
            }
            frequencies[id] = []
            for (name, values) in ordered[id].facets {
                for value in Set(values) where !value.isEmpty {
                    postings[Self.facetTerm(name: name, value: value), default: []].append((id, 1))
                }
            }
        }
    }

    /// One document's term counts per field, its field lengths and its display entry.
    struct Analysis: Sendable {
        /// Each term once, in no particular order: an array holds a site's analyses in half the memory of a
        /// dictionary each (they are all alive while the postings are made).
        var counts: [(term: String, counts: FieldCounts)] = []
        var fieldLengths = FieldCounts()
        var display = ""
    }

    /// Every document analysed, in order; documents are independent, so chunks of them are analysed in parallel.
    /// Documents the memo holds are not analysed again.
    private static func analyse(_ documents: [SearchDocument], options: SearchIndexOptions, memo: DocumentAnalysisMemo?) -> [Analysis] {
        let remembered = memo?.remembered(for: options) ?? [:]
        let reused = Atomic<Int>(0)
        let chunk = 64
        let chunks = (documents.count + chunk - 1) / chunk
        let done = Mutex<[Int: [Analysis]]>([:])
        DispatchQueue.concurrentPerform(iterations: chunks) { block in
            var folder = ScalarFolder()
            let range = (block * chunk)..<min(documents.count, (block + 1) * chunk)
            let results = documents[range].map { document in
                if let earlier = remembered[document.url], earlier.document == document {
                    reused.add(1, ordering: .relaxed)
                    return earlier.analysis
                }
                return analyse(document, folder: &folder, options: options)
            }
            done.withLock { $0[block] = results }
        }
        let analyses = done.withLock { finished in (0..<chunks).flatMap { finished[$0] ?? [] } }
        memo?.keep(Dictionary(zip(documents, analyses).map { ($0.url, ($0, $1)) }, uniquingKeysWith: { first, _ in first }), options: options,
                   reused: reused.load(ordering: .relaxed))
        return analyses
    }

    private static func analyse(_ document: SearchDocument, folder: inout ScalarFolder, options: SearchIndexOptions) -> Analysis {
        let fields = [document.title, document.summary, document.tags.joined(separator: " "),
                      document.extraText.joined(separator: " "), document.body]
        var analysis = Analysis()
        var counts: [String: FieldCounts] = [:]
        for (field, text) in fields.enumerated() {
            let terms = folder.terms(text)
            analysis.fieldLengths[field] = terms.count
            for term in terms {
                for variant in variants(of: term) {
                    counts[variant, default: FieldCounts()][field] += 1
                }
            }
        }
        analysis.counts = counts.map { (term: $0.key, counts: $0.value) }
        analysis.display = display(document, snippetCharacters: options.snippetCharacters)
        return analysis
    }

    /// The term a facet value is indexed under; `=` never occurs in a text term.
    static func facetTerm(name: String, value: String) -> String { name + "=" + value }

    static func isFacetTerm(_ term: String) -> Bool { term.unicodeScalars.contains("=") }

    /// A term and, for Arabic words with the article ال, the word without it (so عمل finds العمل).
    static func variants(of term: String) -> [String] {
        let scalars = term.unicodeScalars
        guard scalars.count >= 4, scalars.first == "ا", scalars.dropFirst().first == "ل" else { return [term] }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars.dropFirst(2))
        return [term, String(rest)]
    }

    static func display(_ document: SearchDocument, snippetCharacters: Int) -> String {
        var json = JSONText()
        json.raw("[")
        json.string(document.url)
        json.raw(",")
        json.string(document.title)
        json.raw(",")
        json.string(snippet(document.summary.isEmpty ? document.body : document.summary, limit: snippetCharacters))
        json.raw(",")
        json.string(document.date)
        json.raw(",")
        json.string(document.language)
        json.raw("]")
        return json.text
    }

    /// Whitespace collapsed, cut at a word boundary to at most `limit` scalars, with an ellipsis when cut.
    /// Reads only as far as it needs: bodies can be long.
    static func snippet(_ text: String, limit: Int) -> String {
        var out = String.UnicodeScalarView()
        var word = String.UnicodeScalarView()
        var length = 0
        var wordLength = 0
        func fits() -> Bool { length + (length > 0 ? 1 : 0) + wordLength <= limit }
        func cut() -> String {
            (length > 0 ? String(out) : String(String.UnicodeScalarView(word.prefix(limit)))) + "…"
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                guard wordLength > 0 else { continue }
                guard fits() else { return cut() }
                if length > 0 { out.append(" ") }
                out.append(contentsOf: word)
                length += (length > 0 ? 1 : 0) + wordLength
                word = String.UnicodeScalarView()
                wordLength = 0
            } else {
                word.append(scalar)
                wordLength += 1
                if wordLength > limit { return cut() }
            }
        }
        guard wordLength > 0 else { return String(out) }
        guard fits() else { return cut() }
        if length > 0 { out.append(" ") }
        out.append(contentsOf: word)
        return String(out)
    }
}
