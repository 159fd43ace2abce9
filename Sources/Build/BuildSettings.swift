import Foundation

/// What one build reads, where it writes, and the date it builds for.
public struct BuildSettings: Sendable {
    /// The site folder, holding `content/` and `templates/`.
    public var root: URL
    /// The folder the build replaces.
    public var output: URL
    /// The build date: openings that expire before it are closed.
    public var now: BuildDate
    /// Whether items marked `draft` are published.
    public var includeDrafts: Bool
    /// Replaces `base_url` from site.yml when set.
    public var baseURLOverride: String?

    public init(root: URL, output: URL, now: BuildDate, includeDrafts: Bool = false, baseURLOverride: String? = nil) {
        self.root = root
        self.output = output
        self.now = now
        self.includeDrafts = includeDrafts
        self.baseURLOverride = baseURLOverride
    }
}

/// A calendar day in UTC, written `YYYY-MM-DD`.
public struct BuildDate: Sendable, Hashable, Comparable {
    /// The day as `YYYY-MM-DD`; its text order is its time order.
    public let text: String

    /// The day written `YYYY-MM-DD`, or `nil` when `text` is not a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), day >= 1, day <= BuildDate.daysIn(month: month, year: year)
        else { return nil }
        self.text = text
    }

    /// The UTC day that `date` falls on.
    public init(_ date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.text = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
    }

    public static func < (lhs: BuildDate, rhs: BuildDate) -> Bool { lhs.text < rhs.text }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
