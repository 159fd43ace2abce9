// Substring search and replacement over UTF-8 bytes. A valid UTF-8 needle can
// only match a valid UTF-8 haystack at character boundaries, so scanning
// bytes is both correct and free of Foundation's Unicode-aware comparison.

/// Which occurrences a replacement touches.
enum Occurrence {
    case all, first, last
}

extension String {
    /// Whether every character is one byte: ASCII without `\r`, which joins a
    /// following `\n` into one character. Then counting and slicing characters
    /// is counting and slicing bytes.
    var hasSingleByteCharacters: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            // Branch-free, so the loop runs over whole vectors of bytes.
            var bits: UInt8 = 0
            var carriageReturns: UInt8 = 0
            for byte in bytes {
                bits |= byte
                carriageReturns |= byte == UInt8(ascii: "\r") ? 1 : 0
            }
            return bits < 0x80 && carriageReturns == 0
        } ?? false
    }

    /// Whether every byte is ASCII.
    var isASCII: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0, |) < 0x80
        } ?? false
    }

    /// Whether `needle` occurs in this text; an empty needle always does.
    /// Byte-wise when both are ASCII, where that is exactly Foundation's answer, and cheaper.
    func liquidContains(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        guard isASCII, needle.isASCII else { return contains(needle) }
        return !Self.matchOffsets(of: Array(needle.utf8), in: Array(utf8), limit: 1).isEmpty
    }

    /// The number of characters, counting bytes when every character is one byte.
    var characterCount: Int {
        hasSingleByteCharacters ? utf8.count : count
    }

    /// This text with `target` replaced by `replacement`, following Ruby's
    /// `gsub`/`sub` with a string pattern: an empty target matches before
    /// every character and at the end.
    ///
    /// - Returns: `nil`, without building it, when the result would be longer than `maxBytes`.
    func replacing(_ target: String, with replacement: String, _ occurrence: Occurrence, maxBytes: Int = .max) -> String? {
        let growth = replacement.utf8.count - target.utf8.count
        if target.isEmpty {
            switch occurrence {
            case .first, .last:
                guard utf8.count <= maxBytes - replacement.utf8.count else { return nil }
                return occurrence == .first ? replacement + self : self + replacement
            case .all:
                let (insertions, overflow) = (characterCount + 1).multipliedReportingOverflow(by: replacement.utf8.count)
                guard !overflow, insertions <= maxBytes - utf8.count else { return nil }
                var result = ""
                result.reserveCapacity(utf8.count + insertions)
                for character in self {
                    result += replacement
                    result.append(character)
                }
                return result + replacement
            }
        }
        let haystack = Array(utf8)
        let needle = Array(target.utf8)
        // Past this many matches a growing replacement would overflow `maxBytes`:
        // stop counting there instead of listing every match of a huge text.
        let allowedMatches = growth > 0 ? max(0, maxBytes - haystack.count) / growth : Int.max - 1
        let matches: [Int]
        switch occurrence {
        case .all: matches = Self.matchOffsets(of: needle, in: haystack, limit: allowedMatches + 1)
        case .first: matches = Self.matchOffsets(of: needle, in: haystack, limit: 1)
        case .last: matches = Self.lastMatchOffset(of: needle, in: haystack).map { [$0] } ?? []
        }
        if matches.isEmpty { return self }
        guard matches.count <= allowedMatches else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(haystack.count + matches.count * max(0, growth))
        var cursor = 0
        for start in matches {
            bytes.append(contentsOf: haystack[cursor..<start])
            bytes.append(contentsOf: replacement.utf8)
            cursor = start + needle.count
        }
        bytes.append(contentsOf: haystack[cursor...])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// This text with every `target` replaced, without a size limit: for callers
    /// whose growth is bounded by a small factor of the input.
    func replacingAll(_ target: String, with replacement: String) -> String {
        replacing(target, with: replacement, .all) ?? self
    }

    /// The pieces between occurrences of a non-empty `separator`, trailing empty pieces dropped (Ruby `split`).
    /// - Returns: `nil`, having built at most `maxPieces`, when there would be more than `maxPieces`.
    func splitDroppingTrailingEmpties(_ separator: String, maxPieces: Int = .max) -> [String]? {
        let haystack = Array(utf8)
        let needle = Array(separator.utf8)
        var pieces: [String] = []
        // Empty pieces seen but not yet kept: they are dropped if nothing but empties follows.
        var pendingEmpties = 0
        var cursor = 0
        var i = 0
        func keep(_ range: Range<Int>) -> Bool {
            if range.isEmpty {
                pendingEmpties += 1
                return true
            }
            guard pieces.count + pendingEmpties < maxPieces else { return false }
            pieces.append(contentsOf: repeatElement("", count: pendingEmpties))
            pendingEmpties = 0
            pieces.append(String(decoding: haystack[range], as: UTF8.self))
            return true
        }
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Self.matches(needle, in: haystack, at: i) {
                guard keep(cursor..<i) else { return nil }
                i += needle.count
                cursor = i
            } else {
                i += 1
            }
        }
        guard keep(cursor..<haystack.count) else { return nil }
        return pieces
    }

    /// The words of this text split on ASCII whitespace, like Ruby's `split(" ")`.
    /// Stops after `limit` words, reporting whether more followed.
    func whitespaceWords(limit: Int = .max) -> (words: [String], more: Bool) {
        var words: [String] = []
        let bytes = Array(utf8)
        var i = 0
        while i < bytes.count {
            while i < bytes.count, Self.isAwkSpace(bytes[i]) { i += 1 }
            if i == bytes.count { break }
            if words.count == limit { return (words, true) }
            let start = i
            while i < bytes.count, !Self.isAwkSpace(bytes[i]) { i += 1 }
            words.append(String(decoding: bytes[start..<i], as: UTF8.self))
        }
        return (words, false)
    }

    /// Ruby's `strip`/`lstrip`/`rstrip`: ASCII whitespace and NUL at either end.
    func trimmingRubyWhitespace(leading: Bool, trailing: Bool) -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        if leading {
            while start < end, Value.isRubySpace(bytes[start]) { start = bytes.index(after: start) }
        }
        if trailing {
            while end > start, Value.isRubySpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        }
        if start == bytes.startIndex && end == bytes.endIndex { return self }
        return String(self[start..<end])
    }

    private static func isAwkSpace(_ b: UInt8) -> Bool { b == 0x20 || (b >= 0x09 && b <= 0x0D) }

    /// Start offsets of non-overlapping occurrences of `needle`, left to right.
    static func matchOffsets(of needle: [UInt8], in haystack: [UInt8], limit: Int) -> [Int] {
        guard let first = needle.first, needle.count <= haystack.count else { return [] }
        var offsets: [Int] = []
        var i = 0
        let lastStart = haystack.count - needle.count
        while i <= lastStart, offsets.count < limit {
            if haystack[i] == first && matches(needle, in: haystack, at: i) {
                offsets.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        return offsets
    }

    /// Start offset of the last occurrence of `needle`, if any.
    static func lastMatchOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
        var i = haystack.count - needle.count
        while i >= 0 {
            if matches(needle, in: haystack, at: i) { return i }
            i -= 1
        }
        return nil
    }

    static func matches(_ needle: [UInt8], in haystack: [UInt8], at offset: Int) -> Bool {
        guard offset + needle.count <= haystack.count else { return false }
        var j = 0
        while j < needle.count {
            if haystack[offset + j] != needle[j] { return false }
            j += 1
        }
        return true
    }
}
