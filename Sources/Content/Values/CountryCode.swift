import Foundation
import Diagnostics

/// An ISO 3166-1 alpha-2 country code such as `JO` or `UG`, uppercased.
public struct CountryCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The two-letter code, uppercase.
    public let code: String

    /// Checks `text` is an assigned ISO 3166-1 alpha-2 code (case-insensitive).
    /// - Throws: ``InvalidValue``, suggesting the code when `text` is a country name (`Uganda` → `UG`).
    public init(_ text: String) throws(InvalidValue) {
        let upper = text.uppercased()
        guard upper.utf8.count == 2, ISOTables.countries[upper] != nil else {
            var message = "unknown country code '\(text)'; expected an ISO 3166-1 alpha-2 code such as 'JO' or 'UG'"
            if let byName = ISOTables.countryCodesByName[text.lowercased()] { message += "; did you mean '\(byName)'?" }
            throw InvalidValue(message)
        }
        code = upper
    }

    /// Accepts a code (`UG`) or an English country name (`Uganda`, `Turkey`), as stories and evaluations may give either.
    /// - Throws: ``InvalidValue`` when `text` is neither.
    public init(codeOrName text: String) throws(InvalidValue) {
        let trimmed = text.trimmed
        if let code = ISOTables.countryCodesByName[trimmed.lowercased()] {
            self.init(uncheckedCode: code)
            return
        }
        guard trimmed.utf8.count == 2 else {
            throw InvalidValue("unknown country '\(text)'; expected an ISO 3166-1 alpha-2 code such as 'JO' or an English country name"
                + Suggestion.hint(for: trimmed, in: ISOTables.countryCodesByName.keys.sorted()))
        }
        try self.init(trimmed)
    }

    init(uncheckedCode: String) {
        code = uncheckedCode
    }

    /// The country's English short name, e.g. `Jordan`.
    public var englishName: String { ISOTables.countries[code] ?? code }

    /// The code.
    public var description: String { code }

    /// Orders by code.
    public static func < (lhs: CountryCode, rhs: CountryCode) -> Bool { lhs.code < rhs.code }
}

extension CountryCode {
    /// Written as its code (a decoded file kept between builds), read back as written.
    public func encode(to encoder: any Encoder) throws { try encoder.encodeText(code) }

    /// Reads what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws { self.init(uncheckedCode: try decoder.decodeText()) }
}
