extension String {
    /// The text without leading and trailing whitespace (cheaper than Foundation's `trimmingCharacters(in:)`).
    var trimmed: String {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = utf8.first, let last = utf8.last, isSpace(first) || isSpace(last) else { return self }
        var slice = Substring(self)
        while let character = slice.first, character.isWhitespace { slice.removeFirst() }
        while let character = slice.last, character.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
