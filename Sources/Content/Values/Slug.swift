import Foundation

/// The last part of an item's URL: lowercase `a-z`, `0-9` and `-`, not empty,
/// not starting or ending with `-`, at most ``maximumLength`` characters.
public struct Slug: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The slug text, e.g. `amal-translator-amman`.
    public let rawValue: String

    /// The longest slug: 100 characters, so a page's folder name (and the paths under it) stays well
    /// within file systems' 255-byte name limit.
    public static let maximumLength = 100

    /// Checks `text` is a valid slug.
    /// - Throws: ``InvalidValue`` naming the rule broken, with a suggested slug when one can be made.
    public init(_ text: String) throws(InvalidValue) {
        guard !text.isEmpty else { throw InvalidValue("slug must not be empty") }
        guard Slug.isValid(text) else {
            throw InvalidValue("invalid slug '\(text)'; use only lowercase a-z, 0-9 and '-', not at the start or end" + Slug.hint(for: text))
        }
        if let problem = Slug.lengthProblem(text, what: "slug") { throw InvalidValue(problem + "; shorten it") }
        rawValue = text
    }

    /// The slug a file or bundle name gives: `amal.md` → `amal`, bundle folder `samir-workshop` → `samir-workshop`.
    /// - Throws: ``InvalidValue`` telling to rename the file or set `slug`, with a suggestion.
    public init(fileName: String) throws(InvalidValue) {
        let stem = fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
        guard Slug.isValid(stem) else {
            throw InvalidValue("file name '\(fileName)' is not a valid slug; rename it using only lowercase a-z, 0-9 and '-'"
                + " or set 'slug' in the front matter" + Slug.hint(for: stem))
        }
        if let problem = Slug.lengthProblem(stem, what: "file name '\(fileName)' as a slug") {
            throw InvalidValue(problem + "; rename the file or set a shorter 'slug'")
        }
        rawValue = stem
    }

    /// Whether `text` follows the slug rules.
    public static func isValid(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else {
            return false
        }
        return text.utf8.allSatisfy { byte in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "-")
        }
    }

    /// `slug is 300 characters long; the limit is 100`, or `nil` within the limit (slugs are ASCII: bytes are characters).
    private static func lengthProblem(_ text: String, what: String) -> String? {
        guard text.utf8.count > maximumLength else { return nil }
        return "\(what) is \(text.utf8.count) characters long; the limit is \(maximumLength)"
    }

    /// A valid slug made from arbitrary text (accents folded, other characters to `-`), or `nil` when nothing is left.
    public static func suggestion(for text: String) -> String? {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
        var result = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, result.last != "-" {
                result += "-"
            }
        }
        result = String(result.prefix(maximumLength))
        while result.last == "-" { result.removeLast() }
        return result.isEmpty ? nil : result
    }

    private static func hint(for text: String) -> String {
        suggestion(for: text).map { " (for example '\($0)')" } ?? ""
    }

    /// The slug text.
    public var description: String { rawValue }

    /// Orders by text.
    public static func < (lhs: Slug, rhs: Slug) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Slug {
    /// Written as its text (a decoded file kept between builds), read back and checked again.
    public func encode(to encoder: any Encoder) throws { try encoder.encodeText(rawValue) }

    /// Reads what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws { try self.init(decoder.decodeText()) }
}
