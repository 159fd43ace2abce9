import Dispatch
import Synchronization

/// The documents in index order (newest first) with every term's postings and each document's display entry.
struct IndexedCorpus: Sendable {
    /// A term's documents in id order with quantised saturation scores (1 for facet terms).
    var postings: [String: [Posting]] = [:]
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
        let n = ordered.count
        // Each analysis goes into its terms' postings as it is made, in document order, with its counts unscored
        // (scores need every document's field lengths): a site's analyses are never in memory together (at 50,000
        // items, planning peaked 117 MB higher when they were).
        var gathered = Self.analyse(ordered, options: options, memo: memo)
        let lengths = gathered.lengths
        displays = gathered.displays
        gathered.lengths = []
        gathered.displays = []

        var averages = Array(repeating: 0.0, count: BM25FScorer.fieldCount)
        for fieldLengths in lengths {
            for field in 0..<BM25FScorer.fieldCount { averages[field] += Double(fieldLengths[field]) }
        }
        if n > 0 { averages = averages.map { $0 / Double(n) } }
        let scorer = BM25FScorer(options: options, averageLengths: averages)
        postings.reserveCapacity(gathered.terms.count)
        for (number, term) in gathered.terms.enumerated() {
            postings[term] = gathered.unscored[number].map { posting in
                Posting(id: posting.id, score: BM25FScorer.quantised(scorer.saturation(frequencies: posting.counts, lengths: lengths[posting.id])))
            }
            gathered.unscored[number] = []
        }
        var names = Set<String>()
        for (id, document) in ordered.enumerated() {
            for (name, values) in document.facets {
                names.insert(name)
                for value in Set(values) where !value.isEmpty {
                    postings[Self.facetTerm(name: name, value: value), default: []].append(Posting(id: id, score: 1))
                }
            }
        }
        facetNames = names.sorted()
    }

    /// The analyses of a site's documents gathered in document order: each document's field lengths and display,
    /// and its term counts added to each term's postings.
    private struct Gathered {
        /// Terms in the order first met, and their unscored postings under the same number.
        var terms: [String] = []
        var unscored: [[UnscoredPosting]] = []
        var termNumbers: [String: Int] = [:]
        var lengths: [FieldCounts] = []
        var displays: [String] = []
        /// The analyses by URL, kept only for a memo.
        var kept: [String: (document: SearchDocument, analysis: Analysis)] = [:]

        /// Adds the analysis of the next document, `document`.
        mutating func add(_ analysis: Analysis, of document: SearchDocument, keeping: Bool) {
            let id = lengths.count
            lengths.append(analysis.fieldLengths)
            displays.append(analysis.display)
            for (term, counts) in analysis.counts {
                let number: Int
                if let known = termNumbers[term] {
                    number = known
                } else {
                    number = terms.count
                    termNumbers[term] = number
                    terms.append(term)
                    unscored.append([])
                }
                unscored[number].append(UnscoredPosting(id: id, counts: counts))
            }
            if keeping, kept[document.url] == nil { kept[document.url] = (document, analysis) }
        }
    }

    /// A posting before its score is known: the document and its term counts, in 16 bytes.
    private struct UnscoredPosting {
        private let document: UInt32
        /// The counts per field, each at most 65,535 (a term more frequent than that in one field saturates anyway).
        private let title, summary, tags, extra, body: UInt16

        init(id: Int, counts: FieldCounts) {
            document = UInt32(id)
            title = UInt16(clamping: counts[0])
            summary = UInt16(clamping: counts[1])
            tags = UInt16(clamping: counts[2])
            extra = UInt16(clamping: counts[3])
            body = UInt16(clamping: counts[4])
        }

        var id: Int { Int(document) }
        var counts: FieldCounts { [Int(title), Int(summary), Int(tags), Int(extra), Int(body)] }
    }

    /// One document's term counts per field, its field lengths and its display entry.
    struct Analysis: Sendable {
        /// Each term once, in no particular order: an array holds a site's analyses in half the memory of a
        /// dictionary each (`serve`'s memo keeps them all).
        var counts: [(term: String, counts: FieldCounts)] = []
        var fieldLengths = FieldCounts()
        var display = ""
    }

    /// Every document analysed and gathered in order; documents are independent, so chunks of them are analysed in
    /// parallel, and each chunk is gathered once those before it are. Documents the memo holds are not analysed again.
    private static func analyse(_ documents: [SearchDocument], options: SearchIndexOptions, memo: DocumentAnalysisMemo?) -> Gathered {
        let lookup = memo?.lookup(for: options)
        let keeping = memo?.keepsAnalyses ?? false
        let reused = Atomic<Int>(0)
        let chunk = 64
        let chunks = (documents.count + chunk - 1) / chunk
        var start = Gathered()
        start.lengths.reserveCapacity(documents.count)
        start.displays.reserveCapacity(documents.count)
        // Finished chunks wait until those before them are gathered: a few at most, as workers take chunks in order.
        typealias Found = DocumentAnalysisMemo.Lookup.Found
        let state = Mutex((gathered: start, next: 0, finished: [Int: [Found]]()))
        DispatchQueue.concurrentPerform(iterations: chunks) { block in
            var folder = ScalarFolder()
            let range = (block * chunk)..<min(documents.count, (block + 1) * chunk)
            let results = documents[range].map { document in
                if let earlier = lookup?.earlier(document) {
                    reused.add(1, ordering: .relaxed)
                    return earlier
                }
                let analysis = Self.analysis(of: document, folder: &folder, options: options)
                return lookup?.made(analysis, of: document) ?? Found(analysis: analysis)
            }
            state.withLock { state in
                state.finished[block] = results
                while let ready = state.finished.removeValue(forKey: state.next) {
                    for (offset, found) in ready.enumerated() {
                        let document = documents[state.next * chunk + offset]
                        state.gathered.add(found.analysis, of: document, keeping: keeping)
                        lookup?.gathered(found, of: document)
                    }
                    state.next += 1
                }
            }
        }
        var gathered = state.withLock { state in
            let gathered = state.gathered
            state.gathered = Gathered()
            return gathered
        }
        memo?.keep(gathered.kept, options: options, reused: reused.load(ordering: .relaxed))
        gathered.kept = [:]
        gathered.termNumbers = [:]
        return gathered
    }

    /// `document`'s term counts per field, field lengths and display entry.
    static func analysis(of document: SearchDocument, folder: inout ScalarFolder, options: SearchIndexOptions) -> Analysis {
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
