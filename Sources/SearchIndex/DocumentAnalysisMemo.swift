import Synchronization

/// Documents analysed by an earlier build of an index: an index built again after one document changed analyses that
/// document alone. The index made is the same, byte for byte.
///
/// A memo lives in memory from one build to the next in the same process (`pathways serve`), or is kept outside it
/// (a file between one-off builds) as records whose bytes the caller stores and gives back
/// (``init(stored:store:)``).
public final class DocumentAnalysisMemo: Sendable {
    /// Gives the record kept for the document at a URL; the bytes must stay valid while the memo lives.
    public typealias StoredRecord = @Sendable (_ url: String) -> UnsafeRawBufferPointer?
    /// Receives a document's record: every document an index is built from, in index order, as it is gathered;
    /// `nil` when the record is the one ``StoredRecord`` gave for that URL.
    public typealias StoreRecord = @Sendable (_ url: String, _ record: [UInt8]?) -> Void

    private struct State: Sendable {
        var options: SearchIndexOptions?
        /// By URL, with the document analysed: a document is looked up by its address and compared whole.
        var analyses: [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)] = [:]
        var reused = 0
        /// Records to look in on the next build only (``startFrom(stored:)``).
        var seed: StoredRecord?
    }

    private let state = Mutex(State())
    private let stored: StoredRecord?
    private let store: StoreRecord?

    /// An empty memo kept in memory: each build keeps every document's analysis for the next.
    public init() {
        stored = nil
        store = nil
    }

    /// A memo kept outside the process: earlier analyses are read from `stored` records, and every document's record
    /// is handed to `store`, so the caller can write them as they come (a site's analyses are never in memory together).
    public init(stored: @escaping StoredRecord, store: @escaping StoreRecord) {
        self.stored = stored
        self.store = store
    }

    /// For a memo kept in memory: the next build also looks for documents it does not hold in `stored` records, as a
    /// memo kept outside does (a `serve` session's first build, from the records the last `build` kept). Once only.
    public func startFrom(stored: @escaping StoredRecord) {
        guard store == nil else { return }
        state.withLock { $0.seed = stored }
    }

    /// Whether analyses are kept in memory for the next build.
    var keepsAnalyses: Bool { store == nil }

    /// How ``IndexedCorpus`` finds a document's earlier analysis and hands on the new ones, for one build with `options`.
    func lookup(for options: SearchIndexOptions) -> Lookup {
        let (remembered, seed) = state.withLock { ($0.options == options ? $0.analyses : [:], $0.seed) }
        return Lookup(remembered: store == nil ? remembered : [:], stored: stored ?? seed, store: store, options: options)
    }

    /// Keeps this build's analyses for the next (in memory): documents no longer indexed are forgotten.
    func keep(_ analyses: [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)], options: SearchIndexOptions,
              reused: Int) {
        state.withLock { $0 = State(options: options, analyses: store == nil ? analyses : [:], reused: reused) }
    }

    /// How many documents the last build took from the memo instead of analysing them.
    public var reusedByLastBuild: Int {
        state.withLock { $0.reused }
    }

    /// One build's view of the memo.
    struct Lookup: Sendable {
        fileprivate let remembered: [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)]
        fileprivate let stored: StoredRecord?
        fileprivate let store: StoreRecord?
        fileprivate let options: SearchIndexOptions

        /// What a worker found or made for one document: its analysis and, made now for a memo kept outside, its record.
        struct Found {
            var analysis: IndexedCorpus.Analysis
            var newRecord: [UInt8]? = nil
        }

        /// The earlier analysis of `document`, when it is the same document analysed with the same options.
        func earlier(_ document: SearchDocument) -> Found? {
            if let earlier = remembered[document.url], earlier.document == document {
                return Found(analysis: earlier.analysis, newRecord: nil)
            }
            guard let stored, let record = stored(document.url),
                  let analysis = AnalysisRecord.analysis(in: record, key: AnalysisRecord.key(of: document, options: options)) else { return nil }
            return Found(analysis: analysis, newRecord: nil)
        }

        /// `analysis`, made now for `document`, with its record when the memo stores them.
        func made(_ analysis: IndexedCorpus.Analysis, of document: SearchDocument) -> Found {
            Found(analysis: analysis, newRecord: store.map { _ in AnalysisRecord.encode(analysis, of: document, options: options) })
        }

        /// Hands the record of the next document in index order to the caller's store.
        func gathered(_ found: Found, of document: SearchDocument) {
            store?(document.url, found.newRecord)
        }
    }
}
