import Foundation

/// A normalised tag: trimmed, leading `#` dropped, lowercased, spaces to `-`,
/// Unicode NFC, so `#WelcomeTalent` and `welcometalent` are one tag, and so are
/// `café` written with one code point or with `e` and a combining accent.
///
/// Letters of any script, digits, `-` and `_` are kept; anything else would
/// break the tag's URL (`tags/<tag>/`) and is rejected.
public struct Tag: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The normalised tag, e.g. `welcometalent`.
    public let name: String

    /// Normalises `text` into a tag.
    /// - Throws: ``InvalidValue`` when nothing is left or a character cannot appear in a URL path.
    public init(_ text: String) throws(InvalidValue) {
        // Most tags are already normal: lowercase ASCII letters, digits, `-` and `_` (and every stored one is).
        if !text.isEmpty, text.utf8.allSatisfy(Self.isNormalASCII) {
            name = text
            return
        }
        var trimmed = Substring(text)
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        while trimmed.first == "#" { trimmed.removeFirst() }
        var name = ""
        var pendingDash = false
        for character in trimmed.lowercased().precomposedStringWithCanonicalMapping {
            if character.isWhitespace {
                pendingDash = true
                continue
            }
            guard character.isLetter || character.isNumber || character == "-" || character == "_" else {
                throw InvalidValue("tag '\(text)' contains '\(character)'; use letters, digits, '-' and '_' only")
            }
            if pendingDash, !name.isEmpty { name += "-" }
            pendingDash = false
            name.append(character)
        }
        guard !name.isEmpty else { throw InvalidValue("empty tag '\(text)'") }
        self.name = name.precomposedStringWithCanonicalMapping
    }

    private static func isNormalASCII(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    /// The name without `-` and `_`, for spotting one tag spelt two ways (`welcome-talent`, `welcometalent`).
    public var squashed: String { String(name.filter { $0 != "-" && $0 != "_" }) }

    /// The normalised tag.
    public var description: String { name }

    /// Orders by name.
    public static func < (lhs: Tag, rhs: Tag) -> Bool { lhs.name < rhs.name }
}

extension Tag {
    /// Written as its name (a decoded file kept between builds), read back and checked again.
    public func encode(to encoder: any Encoder) throws { try encoder.encodeText(name) }

    /// Reads what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws { try self.init(decoder.decodeText()) }
}
