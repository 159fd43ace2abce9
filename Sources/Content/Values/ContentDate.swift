import Foundation

/// A calendar date (`YYYY-MM-DD`) with no time and no time zone, so it never drifts a day.
public struct ContentDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Checks the parts form a real date in the proleptic Gregorian calendar.
    /// - Throws: ``InvalidValue`` for e.g. 2026-02-30.
    public init(year: Int, month: Int, day: Int) throws(InvalidValue) {
        guard (1...9999).contains(year), (1...12).contains(month), (1...ContentDate.days(inMonth: month, year: year)).contains(day) else {
            throw InvalidValue("'\(ContentDate.format(year, month, day))' is not a real date")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, or a full RFC 3339 date-time (`2026-04-15T09:30:00Z`, `2026-04-15 09:30:00.5+03:00`)
    /// whose date part is kept as written; anything else, even trailing text, is refused.
    /// - Throws: ``InvalidValue`` saying the expected form.
    public init(_ text: String) throws(InvalidValue) {
        let bytes = Array(text.utf8)
        let expected = "expected YYYY-MM-DD, e.g. 2026-04-15, or a full date-time such as 2026-04-15T09:30:00Z"
        guard let (year, month, day) = Self.writtenParts(bytes) else {
            throw InvalidValue("invalid date '\(text)'; \(expected)")
        }
        if bytes.count > 10, !ContentDate.isRFC3339Time(bytes[10...]) {
            throw InvalidValue("invalid date '\(text)'; \(expected)")
        }
        do {
            try self.init(year: year, month: month, day: day)
        } catch {
            throw InvalidValue("invalid date '\(text)'; \(ContentDate.format(year, month, day)) is not a real date")
        }
    }

    /// The numbers of text starting `YYYY-MM-DD`, whether or not they make a day of the calendar; `nil` for another form.
    static func writtenParts(_ bytes: [UInt8]) -> (year: Int, month: Int, day: Int)? {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }

    /// Why text written `YYYY-MM-DD` is no day of the calendar ("there is no month 13", "month 02 of 2026 has 28
    /// days"), or `nil` when it is one or is written otherwise.
    static func calendarProblem(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, let (year, month, day) = writtenParts(bytes), year >= 1 else { return nil }
        guard (1...12).contains(month) else { return "there is no month \(month)" }
        let length = days(inMonth: month, year: year)
        guard (1...length).contains(day) else { return "month \(text.dropFirst(5).prefix(2)) of \(year) has \(length) days" }
        return nil
    }

    /// Whether `rest` is RFC 3339's `T` time part: `Thh:mm:ss`, optional `.fraction`, then `Z` or `±hh:mm`
    /// (`t`, `z` and a space for `T` allowed), every field in range (second 60 for a leap second).
    static func isRFC3339Time(_ rest: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(rest)
        func digits(_ start: Int, _ max: Int) -> Bool {
            guard start + 2 <= bytes.count else { return false }
            let high = bytes[start], low = bytes[start + 1]
            guard (48...57).contains(high), (48...57).contains(low) else { return false }
            return Int(high - 48) * 10 + Int(low - 48) <= max
        }
        guard bytes.count >= 10, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: " ")].contains(bytes[0]),
              digits(1, 23), bytes[3] == UInt8(ascii: ":"), digits(4, 59), bytes[6] == UInt8(ascii: ":"), digits(7, 60)
        else { return false }
        var index = 9
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            guard index > start else { return false }
        }
        guard index < bytes.count else { return false }
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return index + 1 == bytes.count
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return index + 6 == bytes.count && digits(index + 1, 23) && bytes[index + 3] == UInt8(ascii: ":") && digits(index + 4, 59)
        default:
            return false
        }
    }

    /// The calendar date of `date` in UTC (for YAML timestamps that were already turned into `Date`s).
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year!
        month = parts.month!
        day = parts.day!
    }

    /// `YYYY-MM-DD`.
    public var text: String { ContentDate.format(year, month, day) }

    /// `YYYY-MM-DD`.
    public var description: String { text }

    /// Days since 1970-01-01 (negative before), for differences between dates.
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Earlier dates first.
    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension ContentDate {
    /// Written as its `YYYY-MM-DD` text (a decoded file kept between builds), read back and checked again.
    public func encode(to encoder: any Encoder) throws { try encoder.encodeText(text) }

    /// Reads what ``encode(to:)`` wrote.
    public init(from decoder: any Decoder) throws { try self.init(decoder.decodeText()) }
}
