import Content
import Foundation
import Synchronization

/// Readable names from the system's locale data, looked up once per code and language.
///
/// Locale look-ups are slow, and a site repeats a few dozen codes thousands of times.
final class LocaleNames: Sendable {
    private let names = Mutex<[String: String]>([:])
    private let dateFormatters = Mutex<[String: DateFormatter]>([:])

    /// The name of the ISO 639-1 language `code`, written in `language` ("الأوكرانية"); the code when unknown.
    func language(_ code: String, in language: String) -> String {
        cached("language/\(code)/\(language)") { Locale(identifier: language).localizedString(forLanguageCode: code) ?? code }
    }

    /// The name of the ISO 3166 country `code`, written in `language`; the code when unknown.
    func country(_ code: String, in language: String) -> String {
        cached("country/\(code)/\(language)") { Locale(identifier: language).localizedString(forRegionCode: code) ?? code }
    }

    /// `date` as people write it in `language`: "31 December 2026", "31 грудня 2026 р.".
    func date(_ date: ContentDate, in language: String) -> String {
        cached("date/\(date.text)/\(language)") {
            dateFormatters.withLock { formatters in
                let formatter = formatters[language] ?? {
                    let made = DateFormatter()
                    made.locale = Locale(identifier: Self.dateLocale(language))
                    made.timeZone = TimeZone(identifier: "UTC")
                    made.calendar = Calendar(identifier: .gregorian)
                    made.setLocalizedDateFormatFromTemplate("dMMMMy")
                    return made
                }()
                formatters[language] = formatter
                return formatter.string(from: Date(timeIntervalSince1970: Double(date.daysSinceEpoch) * 86_400))
            }
        }
    }

    /// The locale dates are written in for `language`, as a BCP 47 tag (the search script formats with it too).
    /// Plain "en" formats the American way ("December 31, 2026"); readers abroad expect day, month, year.
    static func dateLocale(_ language: String) -> String {
        language == "en" ? "en-GB" : language
    }

    private func cached(_ key: String, _ lookUp: () -> String) -> String {
        if let known = names.withLock({ $0[key] }) { return known }
        let name = lookUp()
        names.withLock { $0[key] = name }
        return name
    }
}
