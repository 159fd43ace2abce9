import Liquid
import Synchronization

/// Readable names for the codes in content (pipelines, employment types,
/// countries, languages), as `{code, name}` values in a page's language.
struct CodeNames: Sendable {
    let strings: InterfaceStrings
    /// Locale look-ups are slow and a site repeats a few dozen codes thousands of times.
    private let localeNames = LocaleNameCache()

    init(strings: InterfaceStrings) {
        self.strings = strings
    }

    /// `{code, name}` for an enum value, named by the theme's `<prefix>_<code>` string, else in plain English.
    func value(_ prefix: String, _ code: String, language: String) -> Value {
        .dictionary(["code": .string(code), "name": .string(name(prefix, code, language: language))])
    }

    /// The readable name of an enum value.
    func name(_ prefix: String, _ code: String, language: String) -> String {
        strings.optionalText("\(prefix)_\(code)", language: language) ?? CodeNames.englishName(code)
    }

    /// `{code, name}` for an ISO 3166 country, named in `language`.
    func country(_ code: String, language: String) -> Value {
        .dictionary(["code": .string(code), "name": .string(localeNames.name("country", code, in: language, LanguageNames.country))])
    }

    /// `{code, name}` for an ISO 639-1 language, named in `language`.
    func language(_ code: String, in language: String) -> Value {
        .dictionary(["code": .string(code), "name": .string(localeNames.name("language", code, in: language, LanguageNames.name))])
    }

    /// `cash-for-work` → `Cash for work`.
    static func englishName(_ code: String) -> String {
        let words = code.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}

/// Names from the locale data, looked up once per code and language.
final class LocaleNameCache: Sendable {
    private let names = Mutex<[String: String]>([:])

    func name(_ kind: String, _ code: String, in language: String, _ lookUp: (String, String) -> String) -> String {
        let key = "\(kind)/\(code)/\(language)"
        if let known = names.withLock({ $0[key] }) { return known }
        let name = lookUp(code, language)
        names.withLock { $0[key] = name }
        return name
    }
}

/// Numbers and amounts as the pages print them.
enum NumberText {
    /// `1200` → `1,200`; `12.5` → `12.5`; at most two decimals.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.magnitude)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let fraction = rounded.magnitude - Double(whole)
        if fraction > 0.000_1 {
            let cents = Int((fraction * 100).rounded())
            grouped += cents % 10 == 0 ? ".\(cents / 10)" : (cents < 10 ? ".0\(cents)" : ".\(cents)")
        }
        return (rounded < 0 ? "-" : "") + grouped
    }

    /// A change with its sign: `+12`, `-3.5`, `0`.
    static func signed(_ value: Double) -> String {
        value > 0 ? "+" + format(value) : format(value)
    }
}
