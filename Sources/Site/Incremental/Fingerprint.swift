/// A 128-bit digest of bytes that is the same in every process and on every
/// machine (unlike Swift's `Hasher`, which is seeded per process), for telling
/// whether an input or an output changed between builds.
///
/// It is a change detector, not a cryptographic hash: two lanes of
/// multiply-and-rotate mixing over 8-byte words, finished with the length.
struct Fingerprint: Sendable, Hashable, Comparable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    /// The digest of nothing, where a ``FingerprintBuilder`` starts.
    static let empty = FingerprintBuilder().finish()

    /// The digest of `bytes`.
    /// - Complexity: O(n), about one multiply per byte-word.
    static func of(_ bytes: some Collection<UInt8>) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(bytes)
        return builder.finish()
    }

    /// The size of the blocks ``ofBlocks(_:)`` mixes in one at a time.
    static let blockSize = 1 << 20

    /// The digest of `bytes` cut into blocks of ``blockSize`` (the last one shorter, none when empty), each mixed in
    /// as a part: a writer can then digest a file as it writes it, a block at a time.
    static func ofBlocks<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Fingerprint where Bytes.Index == Int {
        var builder = FingerprintBuilder()
        builder.addBlocks(bytes)
        return builder.finish()
    }

    /// The digest of `text`'s UTF-8 bytes.
    static func of(_ text: String) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(text)
        return builder.finish()
    }

    /// 32 lowercase hexadecimal digits.
    var description: String { Self.hex(high) + Self.hex(low) }

    /// Reads the 32 hexadecimal digits ``description`` writes.
    init?(_ text: some StringProtocol) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16), let low = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.high = high
        self.low = low
    }

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    static func < (lhs: Fingerprint, rhs: Fingerprint) -> Bool { (lhs.high, lhs.low) < (rhs.high, rhs.low) }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Builds a ``Fingerprint`` from a sequence of parts; each part is framed by
/// its length, so `("ab", "c")` and `("a", "bc")` differ.
struct FingerprintBuilder: Sendable {
    private var first: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var second: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var length: UInt64 = 0

    private static let primeA: UInt64 = 0x9FB2_1C65_1E98_DF25
    private static let primeB: UInt64 = 0xD6E8_FEB8_6659_FD93

    /// Mixes one 64-bit word in.
    mutating func add(word: UInt64) {
        first = ((first ^ word) &* Self.primeA).rotated(by: 29) &+ second
        second = ((second &+ word) &* Self.primeB).rotated(by: 31) ^ first
        length &+= 8
    }

    /// Mixes bytes in, framed by their count.
    mutating func add(_ bytes: some Collection<UInt8>) {
        let handled = bytes.withContiguousStorageIfAvailable { buffer in
            add(buffer: UnsafeRawBufferPointer(buffer))
            return true
        }
        if handled == nil {
            Array(bytes).withUnsafeBytes { add(buffer: $0) }
        }
    }

    /// Mixes `bytes` in a block of ``Fingerprint/blockSize`` at a time, each framed (see ``Fingerprint/ofBlocks(_:)``).
    mutating func addBlocks<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) where Bytes.Index == Int {
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = min(bytes.endIndex, start + Fingerprint.blockSize)
            add(bytes[start..<end])
            start = end
        }
    }

    /// Mixes a string's UTF-8 bytes in, framed by their count.
    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { add(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Mixes an integer in.
    mutating func add(_ number: Int) {
        add(word: UInt64(bitPattern: Int64(number)))
    }

    /// Mixes a flag in.
    mutating func add(_ flag: Bool) {
        add(word: flag ? 1 : 2)
    }

    /// Mixes another fingerprint in.
    mutating func add(_ fingerprint: Fingerprint) {
        add(word: fingerprint.high)
        add(word: fingerprint.low)
    }

    private mutating func add(buffer: UnsafeRawBufferPointer) {
        add(buffer, every: .max) { _ in }
    }

    /// Mixes bytes in as ``add(_:)-(Collection<UInt8>)`` does, calling `done` with the count of bytes mixed in after
    /// each `stride` of them (a multiple of 8), so a reader of a mapped file can let go of the pages it has read.
    mutating func add(_ buffer: UnsafeRawBufferPointer, every stride: Int, done: (Int) -> Void) {
        add(word: UInt64(buffer.count) | 0xA5A5_0000_0000_0000)
        var offset = 0
        var next = stride
        while offset + 8 <= buffer.count {
            add(word: UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
            if offset == next {
                done(offset)
                next += stride
            }
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < buffer.count {
            tail |= UInt64(buffer[offset]) << shift
            shift += 8
            offset += 1
        }
        add(word: tail ^ (shift << 56))
    }

    /// The digest of everything added.
    func finish() -> Fingerprint {
        var a = first ^ length
        var b = second ^ (length &* Self.primeB)
        for _ in 0..<2 {
            a = (a ^ (a >> 33)) &* Self.primeA
            b = (b ^ (b >> 29)) &* Self.primeB
            a = a &+ b
            b = b ^ a.rotated(by: 17)
        }
        return Fingerprint(high: a ^ (a >> 32), low: b ^ (b >> 31))
    }
}

extension UInt64 {
    fileprivate func rotated(by count: UInt64) -> UInt64 { (self << count) | (self >> (64 - count)) }
}

/// The digest of a set of parts, whatever order they are added in: the wrapping sum of each part's fingerprint,
/// finished with their count. For sets of tens of thousands (a build's output paths, its folders' stamps) that would
/// otherwise be sorted on every build.
struct UnorderedDigest {
    private var high: UInt64 = 0
    private var low: UInt64 = 0
    private var count = 0

    /// Adds one part's fingerprint.
    mutating func add(_ part: Fingerprint) {
        high &+= part.high
        low &+= part.low
        count += 1
    }

    func finish() -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(count)
        builder.add(Fingerprint(high: high, low: low))
        return builder.finish()
    }
}
