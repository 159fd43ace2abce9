import Content
import Foundation

/// Which languages are written right to left.
enum LanguageDirection {
    static func isRightToLeft(_ language: String) -> Bool { LanguageCode.rightToLeftCodes.contains(language) }
}

/// Readable names of languages and countries, from the system's locale data.
enum LanguageNames {
    /// The name of `code` written in `language`, e.g. `uk` in `ar` → "الأوكرانية"; the code when unknown.
    static func name(of code: String, in language: String) -> String {
        Locale(identifier: language).localizedString(forLanguageCode: code) ?? code
    }

    /// The name of the ISO 3166 country `code` in `language`; the code when unknown.
    static func country(_ code: String, in language: String) -> String {
        Locale(identifier: language).localizedString(forRegionCode: code) ?? code
    }
}
