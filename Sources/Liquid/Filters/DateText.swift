import Foundation

/// Reads the date texts people write in front matter and data files:
/// `2016-03-14`, `2016/03/14`, `2016-03-14T10:00:00Z`,
/// `2016-03-14 10:00:00 +0100`, `March 14, 2016`, `14 Mar 2016 10:00 pm`,
/// `Mon, 14 Mar 2016 10:00:00 GMT`.
///
/// Deliberately stricter than Ruby's `Time.parse`: a word it does not know
/// makes the whole text unreadable, so `date` passes it through unchanged
/// rather than printing a guess.
enum DateText {
    /// The time `text` names; wall-clock times without an offset are read in `timeZone`.
    static func parse(_ text: String, in timeZone: TimeZone) -> ZonedTime? {
        var scanner = Scanner(bytes: Array(text.utf8))
        return scanner.parse(timeZone)
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let fullMonths = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "sept",
    ]
    private static let weekdays = [
        "sun", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    ]

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute = 0, second = 0, nanoseconds = 0
        var meridian: Int?  // 0 am, 12 pm
        var offset: Int?
        var utcName = false

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parse(_ timeZone: TimeZone) -> ZonedTime? {
            while i < bytes.count {
                let b = bytes[i]
                if b == UInt8(ascii: " ") || b == UInt8(ascii: ",") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\n") {
                    i += 1
                } else if Value.isDigit(b) {
                    guard readNumberGroup() else { return nil }
                } else if b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
                    guard hour != nil, offset == nil, let parsed = readOffset() else { return nil }
                    offset = parsed
                } else if isLetter(b) {
                    guard readWord() else { return nil }
                } else if b == UInt8(ascii: ".") && day != nil {
                    i += 1  // "14. March"
                } else {
                    return nil
                }
            }
            return build(timeZone)
        }

        private func build(_ timeZone: TimeZone) -> ZonedTime? {
            guard let year, let month, let day, (1...12).contains(month),
                (1...ZonedTime.daysInMonth(year, month)).contains(day)
            else { return nil }
            var h = hour ?? 0
            if let meridian {
                guard (1...12).contains(h) else { return nil }
                h = h % 12 + meridian
            }
            guard (0...23).contains(h), (0...59).contains(minute), (0...60).contains(second) else { return nil }
            if let offset {
                let wall = ZonedTime.days(fromCivil: year, month, day) * 86_400 + h * 3600 + minute * 60 + second
                return ZonedTime(seconds: wall - offset, nanoseconds: nanoseconds, offset: offset, zoneName: utcName ? "UTC" : "")
            }
            return ZonedTime.local(
                year: year, month: month, day: day, hour: h, minute: minute, second: second,
                nanoseconds: nanoseconds, in: timeZone)
        }

        /// A number, a time (`10:00:00.5`), or an ISO date (`2016-03-14`, `2016/03/14`).
        private mutating func readNumberGroup() -> Bool {
            let (value, length) = readDigits()
            let next = i < bytes.count ? bytes[i] : 0
            if next == UInt8(ascii: ":") {
                guard hour == nil, length <= 2 else { return false }
                hour = value
                i += 1
                let (m, mLength) = readDigits()
                guard mLength == 2 else { return false }
                minute = m
                if i < bytes.count, bytes[i] == UInt8(ascii: ":") {
                    i += 1
                    let (s, sLength) = readDigits()
                    guard sLength == 2 else { return false }
                    second = s
                    if i + 1 < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: ","), Value.isDigit(bytes[i + 1]) {
                        i += 1
                        var scale = 100_000_000
                        while i < bytes.count, Value.isDigit(bytes[i]) {
                            nanoseconds += Int(bytes[i] - UInt8(ascii: "0")) * scale
                            scale /= 10
                            i += 1
                        }
                    }
                }
                return true
            }
            if (next == UInt8(ascii: "-") || next == UInt8(ascii: "/")) && length == 4 && year == nil && month == nil && day == nil {
                let separator = next
                i += 1
                let (m, mLength) = readDigits()
                guard (1...2).contains(mLength), i < bytes.count, bytes[i] == separator else { return false }
                i += 1
                let (d, dLength) = readDigits()
                guard (1...2).contains(dLength) else { return false }
                (year, month, day) = (value, m, d)
                return true
            }
            if length == 4, year == nil {
                year = value
            } else if length <= 2, day == nil {
                day = value
                skipOrdinalSuffix()
            } else if length <= 2, year == nil {
                year = value + (value >= 69 ? 1900 : 2000)
            } else {
                return false
            }
            return true
        }

        /// `+0100`, `-05:00`, `+01`.
        private mutating func readOffset() -> Int? {
            let sign = bytes[i] == UInt8(ascii: "-") ? -1 : 1
            i += 1
            let start = i
            let (value, length) = readDigits()
            switch length {
            case 4: return sign * (value / 100 * 3600 + value % 100 * 60)
            case 1, 2:
                var total = value * 3600
                if i < bytes.count, bytes[i] == UInt8(ascii: ":") {
                    i += 1
                    let (m, mLength) = readDigits()
                    guard mLength == 2 else { return nil }
                    total += m * 60
                }
                return sign * total
            default:
                i = start
                return nil
            }
        }

        private mutating func readWord() -> Bool {
            let start = i
            while i < bytes.count, isLetter(bytes[i]) { i += 1 }
            let word = String(decoding: bytes[start..<i].map { $0 | 0x20 }, as: UTF8.self)
            if let index = DateText.months.firstIndex(of: word) ?? DateText.fullMonths.firstIndex(of: word) {
                guard month == nil else { return false }
                month = index % 12 + 1
                if word == "sept" { month = 9 }
                if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1 }
                return true
            }
            if DateText.weekdays.contains(word) {
                if i < bytes.count, bytes[i] == UInt8(ascii: ".") { i += 1 }
                return true
            }
            switch word {
            case "am", "pm":
                guard hour != nil, meridian == nil else { return false }
                meridian = word == "am" ? 0 : 12
                return true
            case "z", "utc", "gmt", "ut":
                guard offset == nil else { return false }
                offset = 0
                utcName = true
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
                    guard let parsed = readOffset() else { return false }
                    offset = parsed
                    utcName = parsed == 0
                }
                return true
            case "t":
                return i < bytes.count && Value.isDigit(bytes[i]) && hour == nil
            case "of":
                return true
            default:
                return false
            }
        }

        private mutating func skipOrdinalSuffix() {
            guard i + 1 < bytes.count else { return }
            let suffix = String(decoding: [bytes[i] | 0x20, bytes[i + 1] | 0x20], as: UTF8.self)
            let afterSuffix = i + 2 < bytes.count ? bytes[i + 2] : UInt8(ascii: " ")
            if ["st", "nd", "rd", "th"].contains(suffix), !isLetter(afterSuffix) { i += 2 }
        }

        private mutating func readDigits() -> (value: Int, length: Int) {
            var value = 0, length = 0
            while i < bytes.count, Value.isDigit(bytes[i]), length < 18 {
                value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
                length += 1
                i += 1
            }
            return (value, length)
        }

        private func isLetter(_ b: UInt8) -> Bool {
            (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z")
        }
    }
}
