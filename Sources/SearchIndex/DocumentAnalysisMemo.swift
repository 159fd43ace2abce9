import Synchronization

/// Documents analysed by an earlier build of an index in the same process (`pathways serve`): an index built again
/// after one document changed analyses that document alone. The index made is the same, byte for byte.
public final class DocumentAnalysisMemo: Sendable {
    private struct State: Sendable {
        var options: SearchIndexOptions?
        /// By URL, with the document analysed: a document is looked up by its address and compared whole.
        var analyses: [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)] = [:]
        var reused = 0
    }

    private let state = Mutex(State())

    /// An empty memo.
    public init() {}

    /// The analyses kept for documents indexed with `options`.
    func remembered(for options: SearchIndexOptions) -> [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)] {
        state.withLock { $0.options == options ? $0.analyses : [:] }
    }

    /// Keeps the analyses of this index's documents for the next: documents no longer indexed are forgotten.
    func keep(_ analyses: [String: (document: SearchDocument, analysis: IndexedCorpus.Analysis)], options: SearchIndexOptions,
              reused: Int) {
        state.withLock { $0 = State(options: options, analyses: analyses, reused: reused) }
    }

    /// How many documents the last build took from the memo instead of analysing them.
    public var reusedByLastBuild: Int {
        state.withLock { $0.reused }
    }
}
