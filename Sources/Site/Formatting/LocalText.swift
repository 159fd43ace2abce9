import Content
import Foundation

/// Numbers, amounts, dates and code names as a page in one language writes
/// them: the one formatter for pages, charts, feeds and JSON-LD text.
struct LocalText: Sendable {
    /// The page's language.
    let language: LanguageCode
    let strings: InterfaceStrings
    let names: LocaleNames

    /// Separators by language; digits stay Western Arabic, as job sites in these languages mostly write them.
    private var separators: (group: String, decimal: String) {
        switch language.code {
        case "uk", "ru", "fr", "pl", "cs", "sv", "nb", "fi": return ("\u{202F}", ",")
        case "de", "tr", "id", "it", "es", "pt", "nl", "da": return (".", ",")
        default: return (",", ".")
        }
    }

    /// `1200` → `1,200` (`1 200` in Ukrainian); at most two decimals, none when whole.
    func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        let whole = Int(rounded.magnitude)
        var digits = String(whole)
        var grouped = ""
        let (group, decimal) = separators
        while digits.count > 3 {
            grouped = group + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        let cents = Int(((rounded.magnitude - Double(whole)) * 100).rounded())
        if cents > 0 {
            grouped += decimal + (cents % 10 == 0 ? "\(cents / 10)" : (cents < 10 ? "0\(cents)" : "\(cents)"))
        }
        return (rounded < 0 ? "−" : "") + grouped
    }

    /// A difference with its sign: `+12`, `−3.5`, `0`.
    func signed(_ value: Double) -> String {
        value > 0 ? "+" + number(value) : number(value)
    }

    /// A difference as read: `+12 percentage points` (from `t.percentage_points`), `+45 USD`.
    func difference(_ difference: OutcomeDifference) -> String {
        signed(difference.value) + " " + unitName(difference.unit)
    }

    /// A confidence interval: `5–19 percentage points`.
    func interval(_ low: Double, _ high: Double, unit: OutcomeDifference.Unit) -> String {
        leftToRight("\(number(low))–\(number(high))") + " " + unitName(unit)
    }

    /// A number range kept in reading order on right-to-left pages: without an isolate, the bidirectional
    /// algorithm shows `260–300` as `300–260`. Left-to-right pages get the text as it is.
    private func leftToRight(_ text: String) -> String {
        language.isRightToLeft ? "\u{2066}" + text + "\u{2069}" : text
    }

    /// How a difference's unit reads: `percentage points` (from `t.percentage_points`), or the outcome's own unit.
    func unitName(_ unit: OutcomeDifference.Unit) -> String {
        switch unit {
        case .percentagePoints: return text("percentage_points")
        case .same(let name): return name
        }
    }

    /// An amount with its currency: `95,000 XAF`.
    func money(_ amount: Double, _ currency: String) -> String {
        "\(number(amount)) \(currency)"
    }

    /// `1,200–1,500 USD / month`, in the page's language.
    func salary(_ salary: Opening.Salary) -> String {
        var amount: String
        switch (salary.min, salary.max) {
        case let (min?, max?) where min != max: amount = "\(number(min))–\(number(max))"
        case let (min?, _): amount = number(min)
        case let (nil, max?): amount = number(max)
        case (nil, nil): amount = ""
        }
        amount += amount.isEmpty ? salary.currency : " \(salary.currency)"
        amount = leftToRight(amount)
        if let period = salary.period {
            amount += " / " + codeName("salary_period", period.rawValue).lowercased()
        }
        return amount
    }

    /// A date for people: "31 December 2026".
    func date(_ date: ContentDate) -> String {
        names.date(date, in: language.code)
    }

    /// The readable name of an enum value: the theme's `<prefix>_<code>` string, else the code in plain English.
    func codeName(_ prefix: String, _ code: String) -> String {
        strings.optionalText("\(prefix)_\(code)", language: language.code) ?? LocalText.englishName(code)
    }

    /// A country's name in the page's language.
    func country(_ code: CountryCode) -> String { names.country(code.code, in: language.code) }

    /// A language's name in the page's language.
    func languageName(_ code: LanguageCode) -> String { names.language(code.code, in: language.code) }

    /// An interface string.
    func text(_ key: String) -> String { strings.text(key, language: language.code) }

    /// `cash-for-work` → `Cash for work`.
    static func englishName(_ code: String) -> String {
        let words = code.replacingBytes(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
