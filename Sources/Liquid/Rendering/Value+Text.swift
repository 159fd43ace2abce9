import Foundation

extension Value {
    /// The text `{{ value }}` prints, before any escaping.
    public var renderedText: String {
        switch self {
        case .nil, .empty, .blank: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return Value.formatDouble(d)
        case .string(let s), .safeString(let s): return s
        case .array(let a): return a.map(\.renderedText).joined()
        case .dictionary(let d):
            let pairs = d.map { "\"\($0.key)\"=>\($0.value.inspected)" }
            return "{" + pairs.joined(separator: ", ") + "}"
        case .date(let date): return Value.defaultDateFormat(date)
        case .range(let lo, let hi): return "\(lo)..\(hi)"
        case .object(let o): return o.liquidDescription
        }
    }

    /// How a value prints inside a printed hash (strings quoted).
    var inspected: String {
        switch self {
        case .nil: return "nil"
        case .string(let s), .safeString(let s): return "\"\(s)\""
        case .array(let a): return "[" + a.map(\.inspected).joined(separator: ", ") + "]"
        default: return renderedText
        }
    }

    /// Formats a float the way Liquid (Ruby) prints it: `1.0`, `0.1`, `1.0e+20`.
    public static func formatDouble(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-Infinity" : "Infinity" }
        if d == d.rounded(), abs(d) < 1e16 {
            return String(format: "%.1f", d)
        }
        var text = "\(d)"
        if let e = text.firstIndex(of: "e") {
            var mantissa = String(text[..<e])
            var exponent = String(text[text.index(after: e)...])
            if !mantissa.contains(".") { mantissa += ".0" }
            if !exponent.hasPrefix("-") && !exponent.hasPrefix("+") { exponent = "+" + exponent }
            text = mantissa + "e" + exponent
        }
        return text
    }

    static func defaultDateFormat(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d +0000", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
