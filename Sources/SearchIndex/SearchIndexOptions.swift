/// Weights and sizes for building an index; the defaults suit readers on slow phones.
public struct SearchIndexOptions: Sendable, Hashable {
    /// Field weights in BM25F: a title word counts as this many body words.
    public var titleBoost: Double = 6
    /// Weight of the summary.
    public var summaryBoost: Double = 2
    /// Weight of tags.
    public var tagBoost: Double = 2
    /// Weight of extra texts (organisation, country).
    public var extraBoost: Double = 1.5
    /// Weight of the body.
    public var bodyBoost: Double = 1
    /// BM25 term-frequency saturation.
    public var k1: Double = 1.2
    /// BM25 length normalisation (0 = none, 1 = full).
    public var b: Double = 0.75
    /// How many best documents per term the term's shard lists with their display data (one result page).
    public var topResults: Int = 10
    /// Longest summary snippet kept for display, in Unicode scalars.
    public var snippetCharacters: Int = 110
    /// The size a term shard aims at, in bytes; a first query loads one.
    public var shardBytes: Int = 18_000
    /// The size a document chunk aims at, in bytes.
    public var chunkBytes: Int = 48_000
    /// The size of each postings file, in bytes.
    public var postingsFileBytes: Int = 96_000
    /// Documents per index file allowed: the index has at most `max(4, documents / pagesPerFile)` files.
    public var pagesPerFile: Int = 50

    /// Makes the default options.
    public init() {}
}
