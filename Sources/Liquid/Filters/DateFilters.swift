import Foundation

/// The `date` filter.
enum DateFilters {
    /// `date: format`: formats a date with `strftime` directives (see ``Strftime``).
    ///
    /// Reads `.date` values, Unix timestamps (integers and strings of digits),
    /// `'now'`/`'today'` (the context's `now`, else the system clock) and date texts (see
    /// ``DateText``). Shows the time in the context's time zone unless the text
    /// carries its own offset. Input it cannot read, and an empty or missing
    /// format, give the input back unchanged.
    static func date(_ input: Value, _ arguments: FilterArguments) throws -> Value {
        try arguments.expect(1)
        let format = arguments.text(0)
        guard !format.isEmpty, let time = zonedTime(input, arguments.context) else { return input }
        return .string(Strftime.format(time, format))
    }

    /// The time `value` stands for, or `nil` when it is not a date.
    static func zonedTime(_ value: Value, _ context: FilterContext) -> ZonedTime? {
        switch value {
        case .date(let date):
            return ZonedTime(date, in: context.timeZone)
        case .int(let seconds):
            return ZonedTime(Date(timeIntervalSince1970: TimeInterval(seconds)), in: context.timeZone)
        case .double(let seconds):
            guard seconds.isFinite, Swift.abs(seconds) < 1e15 else { return nil }
            return ZonedTime(Date(timeIntervalSince1970: seconds), in: context.timeZone)
        case .string(let text), .safeString(let text):
            if text.isEmpty { return nil }
            if text.utf8.allSatisfy(Value.isDigit) {
                guard let seconds = Int(text) else { return nil }
                return ZonedTime(Date(timeIntervalSince1970: TimeInterval(seconds)), in: context.timeZone)
            }
            switch text.lowercased() {
            case "now", "today": return ZonedTime(context.now ?? Date(), in: context.timeZone)
            default: return DateText.parse(text, in: context.timeZone)
            }
        default:
            return nil
        }
    }
}
