/// One document in a term's postings: its id and its quantised score (1 to 255), in 8 bytes, since a site's index
/// holds millions of them while it is made.
struct Posting: Sendable, Equatable {
    private let document: UInt32
    private let quantisedScore: UInt8

    init(id: Int, score: Int) {
        document = UInt32(id)
        quantisedScore = UInt8(clamping: score)
    }

    /// The document's number, in index order.
    var id: Int { Int(document) }
    /// The quantised score.
    var score: Int { Int(quantisedScore) }
}

/// Long postings lists as bytes: per document, the gap from the previous id as a LEB128 varint,
/// then the quantised score as one byte (`search.js`: `decode`).
enum PostingsEncoding {
    static func encode(_ postings: [Posting], into bytes: inout [UInt8]) {
        var previous = -1
        for posting in postings {
            LEB128.append(UInt64(posting.id - previous), to: &bytes)
            previous = posting.id
            bytes.append(UInt8(posting.score))
        }
    }
}
