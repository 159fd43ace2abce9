/// Writes a cache file's records as bytes: numbers as 8 little-endian bytes, text as its length and UTF-8 bytes.
/// The file ends with the digest of everything before it, which ``CacheBytesReader`` checks first.
struct CacheBytesWriter: Sendable {
    private(set) var bytes: [UInt8] = []

    /// A writer whose output starts with `header` and `version`, so another kind or version of file is refused.
    init(header: String, version: Int) {
        bytes.reserveCapacity(1 << 16)
        add(header)
        add(version)
    }

    /// Appends a number.
    mutating func add(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a flag.
    mutating func add(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    /// Appends text, framed by its length.
    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            add(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    /// Appends a fingerprint.
    mutating func add(_ fingerprint: Fingerprint) {
        add(Int(Int64(bitPattern: fingerprint.high)))
        add(Int(Int64(bitPattern: fingerprint.low)))
    }

    /// The bytes with their digest after them.
    func finished() -> [UInt8] {
        var result = bytes
        let digest = Fingerprint.of(bytes)
        withUnsafeBytes(of: digest.high.littleEndian) { result.append(contentsOf: $0) }
        withUnsafeBytes(of: digest.low.littleEndian) { result.append(contentsOf: $0) }
        return result
    }
}

/// Reads what ``CacheBytesWriter`` wrote; every read returns `nil` past the end or on a value that cannot be,
/// so a damaged file is refused, never half trusted.
struct CacheBytesReader {
    private let bytes: [UInt8]
    private var offset = 0
    private let end: Int

    /// A reader of `bytes`, or `nil` when their digest, header or version is wrong.
    init?(_ bytes: [UInt8], header: String, version: Int) {
        guard bytes.count >= 16 else { return nil }
        end = bytes.count - 16
        let stored = bytes[end...].withUnsafeBytes { raw in
            Fingerprint(high: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
                        low: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
        guard Fingerprint.of(bytes[..<end]) == stored else { return nil }
        self.bytes = bytes
        guard text() == header, number() == version else { return nil }
    }

    /// Whether every record has been read.
    var atEnd: Bool { offset == end }

    /// The next number.
    mutating func number() -> Int? {
        guard end - offset >= 8 else { return nil }
        let value = bytes.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: offset, as: Int64.self)) }
        offset += 8
        return Int(value)
    }

    /// The next count: a number from 0 up to the bytes left (every counted thing takes at least a byte).
    mutating func count() -> Int? {
        guard let value = number(), value >= 0, value <= end - offset else { return nil }
        return value
    }

    /// The next flag.
    mutating func flag() -> Bool? {
        guard offset < end, bytes[offset] <= 1 else { return nil }
        offset += 1
        return bytes[offset - 1] == 1
    }

    /// The next text.
    mutating func text() -> String? {
        guard let length = count() else { return nil }
        let start = offset
        offset += length
        return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<(start + length)], as: UTF8.self) }
    }

    /// The next fingerprint.
    mutating func fingerprint() -> Fingerprint? {
        guard let high = number(), let low = number() else { return nil }
        return Fingerprint(high: UInt64(bitPattern: Int64(high)), low: UInt64(bitPattern: Int64(low)))
    }
}
