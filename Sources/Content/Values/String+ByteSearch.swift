extension StringProtocol {
    /// The first range of `needle` in this text, compared byte for byte (no locale rules, no normalisation).
    ///
    /// Foundation's `range(of:)` and the standard library's generic `firstRange(of:)` both showed in
    /// build profiles; this walks the UTF-8 bytes once.
    /// - Complexity: O(n·m) in the worst case, O(n) for the short needles it is used with.
    public func byteRange(of needle: String) -> Range<String.Index>? {
        let haystack = Array(utf8)
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, pattern.count <= haystack.count else { return nil }
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == first {
                var offset = 1
                while offset < pattern.count && haystack[index + offset] == pattern[offset] { offset += 1 }
                if offset == pattern.count {
                    let lower = utf8.index(utf8.startIndex, offsetBy: index)
                    let upper = utf8.index(lower, offsetBy: pattern.count)
                    return lower..<upper
                }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in this text, compared byte for byte.
    public func containsBytes(_ needle: String) -> Bool { byteRange(of: needle) != nil }
}
