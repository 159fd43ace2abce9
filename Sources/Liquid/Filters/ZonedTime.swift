import Foundation

/// An instant together with the UTC offset it is shown in, broken into
/// calendar fields with plain integer arithmetic (proleptic Gregorian).
struct ZonedTime: Sendable, Equatable {
    /// Whole seconds since 1970-01-01T00:00:00Z.
    let seconds: Int
    /// Nanoseconds past `seconds`, 0 ..< 1_000_000_000.
    let nanoseconds: Int
    /// Seconds east of UTC.
    let offset: Int
    /// The zone's name for `%Z` (`UTC`, `CET`), or "" for a bare offset.
    let zoneName: String

    let year: Int, month: Int, day: Int
    let hour: Int, minute: Int, second: Int
    /// Days since 1970-01-01 of the local date.
    let localDays: Int

    init(seconds: Int, nanoseconds: Int = 0, offset: Int, zoneName: String) {
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.offset = offset
        self.zoneName = zoneName
        let local = seconds + offset
        localDays = ZonedTime.floorDivide(local, 86_400)
        let secondOfDay = local - localDays * 86_400
        (year, month, day) = ZonedTime.civil(fromDays: localDays)
        hour = secondOfDay / 3600
        minute = secondOfDay / 60 % 60
        second = secondOfDay % 60
    }

    /// The instant `date` as seen in `timeZone`.
    init(_ date: Date, in timeZone: TimeZone) {
        let interval = date.timeIntervalSince1970
        let whole = interval.rounded(.down)
        // Past ±1e15 s (30 million years) the field arithmetic below would overflow.
        let seconds = Swift.abs(whole) < 1e15 ? Int(whole) : 0
        let nanoseconds = Swift.min(999_999_999, Swift.max(0, Int((interval - whole) * 1e9)))
        let offset = timeZone.secondsFromGMT(for: date)
        self.init(seconds: seconds, nanoseconds: nanoseconds, offset: offset, zoneName: ZonedTime.name(of: timeZone, at: date))
    }

    /// The wall-clock time given by fields in `timeZone` (no explicit offset).
    static func local(
        year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, nanoseconds: Int, in timeZone: TimeZone
    ) -> ZonedTime {
        let wall = days(fromCivil: year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        let guess = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
        let instant = Date(timeIntervalSince1970: TimeInterval(wall - guess))
        let offset = timeZone.secondsFromGMT(for: instant)
        return ZonedTime(seconds: wall - offset, nanoseconds: nanoseconds, offset: offset, zoneName: name(of: timeZone, at: instant))
    }

    /// Day of the week, 0 for Sunday.
    var weekday: Int { ZonedTime.floorModulo(localDays + 4, 7) }

    /// Day of the year, 1 for January 1st.
    var dayOfYear: Int { localDays - ZonedTime.days(fromCivil: year, 1, 1) + 1 }

    /// ISO 8601 week-based year and week number.
    var isoWeek: (year: Int, week: Int) {
        let isoWeekday = weekday == 0 ? 7 : weekday
        // The Thursday of this week decides the week's year.
        let thursday = localDays - isoWeekday + 4
        let (thursdayYear, _, _) = ZonedTime.civil(fromDays: thursday)
        let week = (thursday - ZonedTime.days(fromCivil: thursdayYear, 1, 1)) / 7 + 1
        return (thursdayYear, week)
    }

    private static func name(of timeZone: TimeZone, at date: Date) -> String {
        if timeZone.identifier == "UTC" || timeZone.identifier == "GMT" || timeZone.identifier == "Etc/UTC" { return "UTC" }
        return timeZone.abbreviation(for: date) ?? ""
    }

    static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func floorModulo(_ a: Int, _ b: Int) -> Int { a - floorDivide(a, b) * b }

    /// Days since 1970-01-01 of a Gregorian date (H. Hinnant's `days_from_civil`).
    static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
