/// Long postings lists as bytes: per document, the gap from the previous id as a LEB128 varint,
/// then the quantised score as one byte (`search.js`: `decode`).
enum PostingsEncoding {
    static func encode(_ postings: [(id: Int, score: Int)], into bytes: inout [UInt8]) {
        var previous = -1
        for posting in postings {
            var gap = posting.id - previous
            previous = posting.id
            while gap >= 0x80 {
                bytes.append(UInt8(gap & 0x7F) | 0x80)
                gap >>= 7
            }
            bytes.append(UInt8(gap))
            bytes.append(UInt8(posting.score))
        }
    }
}
