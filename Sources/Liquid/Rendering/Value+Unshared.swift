extension Value {
    /// This value with storage of its own: every text, array and hash in it copied, objects kept as they are.
    ///
    /// Threads that read the same value count references on the same storage, and those counts then travel between
    /// the cores; a host that renders on several threads gives each its own copy of the data every page reads.
    /// Hashes keep their ``LiquidHash/identity``.
    public var unshared: Value {
        switch self {
        case .string(let text): return .string(text.unshared)
        case .safeString(let text): return .safeString(text.unshared)
        case .array(let items): return .array(items.map(\.unshared))
        case .dictionary(let hash): return .dictionary(hash.unshared)
        default: return self
        }
    }
}

extension String {
    /// The same text in storage of its own (short texts are stored inline and have none).
    var unshared: String {
        String(decoding: Array(utf8), as: UTF8.self)
    }
}
