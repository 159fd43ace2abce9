/// Builds a sharded static search index from documents.
///
/// Files (paths relative to the search folder):
/// - `index.json`: the fixed-size manifest (document count, shard count, hash seed, chunk and file sizes, facet names).
/// - `t/<n>.json`: term shards. A term's shard is a hash of its first characters, so a typed prefix needs one shard.
///   Each term lists its document frequency, idf, its best documents with scores, and where its full postings are;
///   the shard also carries the display entries of the first result page of its words and their prefixes (as many
///   as fit in `shardBytes`, commonest first), so a first query usually needs only the manifest and one shard.
/// - `d/<n>.json`: display entries for consecutive document ids (ids run newest first).
/// - `p/<n>.bin`: long postings lists, one byte stream cut into equal files.
///
/// The index has at most `max(4, documents / pagesPerFile)` files; no file's size depends on the
/// number of documents except through the vocabulary (the sizes aimed at are in the options).
public struct SearchIndexBuilder: Sendable {
    /// The weights and sizes used.
    public var options: SearchIndexOptions

    /// Makes a builder.
    public init(options: SearchIndexOptions = SearchIndexOptions()) {
        self.options = options
    }

    /// Builds every file of the index; the same documents (in any order) give the same bytes.
    ///
    /// - Complexity: O(total text length + terms × log terms).
    /// A `memo` gives back the analysis of a document an earlier build in the same process indexed.
    public func build(_ documents: [SearchDocument], memo: DocumentAnalysisMemo? = nil) -> [SearchIndexFile] {
        let corpus = IndexedCorpus(documents: documents, options: options, memo: memo)
        let layout = ShardLayout(corpus: corpus, options: options)
        return layout.files()
    }
}
