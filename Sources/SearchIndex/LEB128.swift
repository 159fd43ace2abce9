/// Unsigned LEB128: seven bits a byte, lowest first, the high bit set on every byte but the last. The postings files
/// (`search.js` reads them) and the analysis records kept between builds write their numbers this way.
enum LEB128 {
    /// Appends `value` to `bytes`.
    static func append(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }
}
