/// An ISO 639-1 two-letter language code such as `en`, `ar` or `uk`, lowercased.
public struct LanguageCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The two-letter code, lowercase.
    public let code: String

    /// Languages written right to left: Arabic, Farsi, Urdu, Hebrew, Pashto, Sindhi, Yiddish, Dhivehi, Uyghur, Kurdish (Sorani is written in Arabic script; `ku` is not, so it is left out).
    public static let rightToLeftCodes: Set<String> = ["ar", "fa", "ur", "he", "ps", "sd", "yi", "dv", "ug"]

    /// Checks `text` is an ISO 639-1 code (case-insensitive); `pathways new --lang` calls this before writing a file,
    /// so `en\nconsent: given` cannot add a line to the front matter.
    /// - Throws: ``InvalidValue``, suggesting the code when `text` is a language's English name (`Arabic` → `ar`).
    public init(_ text: String) throws(InvalidValue) {
        let lower = text.lowercased()
        guard lower.utf8.count == 2, ISOTables.languages[lower] != nil else {
            let shown = text.unicodeScalars.map { $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0) }.joined()
            var message = "unknown language code '\(shown)'; expected an ISO 639-1 code such as 'en', 'ar' or 'uk'"
            if let byName = ISOTables.languages.first(where: { $0.value.lowercased() == lower })?.key {
                message += "; did you mean '\(byName)'?"
            }
            throw InvalidValue(message)
        }
        code = lower
    }

    /// Whether the language is written right to left (pages get `dir="rtl"`).
    public var isRightToLeft: Bool { Self.rightToLeftCodes.contains(code) }

    /// The language's English name, e.g. `Arabic`.
    public var englishName: String { ISOTables.languages[code] ?? code }

    /// English, the default when site.yml sets no `default_language`.
    public static let english = LanguageCode(uncheckedCode: "en")

    init(uncheckedCode: String) {
        code = uncheckedCode
    }

    /// The code.
    public var description: String { code }

    /// Orders by code.
    public static func < (lhs: LanguageCode, rhs: LanguageCode) -> Bool { lhs.code < rhs.code }
}

extension LanguageCode {
    /// Written as its code (a decoded file kept between builds), read back as written.
    public func encode(to encoder: any Encoder) throws { try encoder.encodeText(code) }

    /// Reads what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws { self.init(uncheckedCode: try decoder.decodeText()) }
}
