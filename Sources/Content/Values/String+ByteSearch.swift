#if canImport(Darwin)
import Darwin
#else
/// The C library's `memmem`, which the Glibc module does not export (glibc declares it only under `_GNU_SOURCE`).
@_silgen_name("memmem")
private func memmem(_ haystack: UnsafeRawPointer, _ haystackLength: Int, _ needle: UnsafeRawPointer?, _ needleLength: Int) -> UnsafeMutableRawPointer?
#endif

extension StringProtocol {
    /// The first range of `needle` in this text, compared byte for byte (no locale rules, no normalisation).
    ///
    /// Foundation's `range(of:)` and the standard library's generic `firstRange(of:)` both showed in
    /// build profiles; this searches the UTF-8 bytes in place with the C library's `memmem`.
    public func byteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        let found: Int?? = utf8.withContiguousStorageIfAvailable { Self.offset(of: pattern, in: $0) }
        guard let offset = found ?? Array(utf8).withUnsafeBufferPointer({ Self.offset(of: pattern, in: $0) }) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// Whether `needle` occurs in this text, compared byte for byte.
    public func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }

    /// The pieces of this text between the occurrences of `separator`, compared byte for byte; the text itself
    /// when it does not occur (or is empty).
    /// - Complexity: O(n·m) in the worst case, O(n) for the short separators it is used with.
    public func byteComponents(separatedBy separator: String) -> [SubSequence] {
        var pieces: [SubSequence] = []
        var rest = self[...]
        if !separator.isEmpty {
            while let found = rest.byteRange(of: separator) {
                pieces.append(rest[..<found.lowerBound])
                rest = rest[found.upperBound...]
            }
        }
        pieces.append(rest)
        return pieces
    }

    /// This text with every occurrence of `needle` replaced by `replacement`, compared byte for byte
    /// (Foundation's `replacingOccurrences` showed in build profiles where interface strings fill in a name).
    /// - Complexity: O(n·m) in the worst case, O(n) for the short needles it is used with.
    public func replacingBytes(of needle: String, with replacement: String) -> String {
        byteComponents(separatedBy: needle).joined(separator: replacement)
    }

    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !pattern.isEmpty, pattern.count <= bytes.count, let base = bytes.baseAddress else { return nil }
        // The C library's memmem compares many bytes at a time; a byte-by-byte loop showed in load profiles.
        let found = pattern.withUnsafeBytes { needle in memmem(base, bytes.count, needle.baseAddress, needle.count) }
        return found.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) }
    }
}
