@testable import Content
import Foundation
import Testing

@Suite struct ContentDateTests {
    @Test func parsesCalendarDates() throws {
        let date = try ContentDate("2026-04-15")
        #expect((date.year, date.month, date.day) == (2026, 4, 15))
        #expect(date.text == "2026-04-15")
        #expect(try ContentDate("2026-04-15T23:30:00-05:00").text == "2026-04-15")
        #expect(try ContentDate("2024-02-29") < ContentDate("2024-03-01"))
        #expect(try ContentDate("1970-01-02").daysSinceEpoch == 1)
    }

    @Test func keepsTheUTCDateOfAFoundationDate() {
        // 2026-04-15T23:30:00Z: a local time zone east of UTC would say the 16th.
        #expect(ContentDate(Date(timeIntervalSince1970: 1_776_295_800)).text == "2026-04-15")
    }

    @Test(arguments: [
        ("15/04/2026", "invalid date '15/04/2026'; expected YYYY-MM-DD, e.g. 2026-04-15, or a full date-time such as 2026-04-15T09:30:00Z"),
        ("2026-02-30", "invalid date '2026-02-30'; 2026-02-30 is not a real date"),
        ("2026-4-5", "invalid date '2026-4-5'; expected YYYY-MM-DD, e.g. 2026-04-15, or a full date-time such as 2026-04-15T09:30:00Z"),
    ])
    func rejectsOthers(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try ContentDate(text) }
    }

    @Test(arguments: ["2026-04-15T09:30:00Z", "2026-04-15t09:30:00.125z", "2026-04-15 09:30:00+03:00", "2016-12-31T23:59:60Z"])
    func acceptsFullRFC3339DateTimes(text: String) throws {
        #expect(try ContentDate(text).text == String(text.prefix(10)))
    }

    @Test(arguments: ["2026-11-22 garbage here", "2026-11-22t99:99:99", "2026-11-22T09:30", "2026-11-22T09:30:00",
                      "2026-11-22T24:00:00Z", "2026-11-22T09:30:00+0300", "2026-11-22T09:30:00.Z", "2026-11-22 "])
    func rejectsTrailingTextAndBadTimes(text: String) {
        #expect(throws: InvalidValue("invalid date '\(text)'; expected YYYY-MM-DD, e.g. 2026-04-15, or a full date-time such as "
            + "2026-04-15T09:30:00Z")) { try ContentDate(text) }
    }

    /// A remote opening's front matter with `dates` as its last lines (from line 6).
    static func opening(dates: String) -> String {
        "---\ntitle: Job\norganisation: Org\napply_url: https://example.org/jobs/1\nremote: true\n\(dates)\n---"
    }

    @Test func locatesAGarbageExpiryDate() throws {
        let messages = try SiteFixture.messages("content/openings/job.md", Self.opening(dates: "expires: \"2026-11-22 garbage here\""))
        #expect(messages == [
            "content/openings/job.md:6:10: error: 'expires' must be a date (YYYY-MM-DD), found '2026-11-22 garbage here'",
        ])
    }

    @Test func aDateWrittenRightButNotInTheCalendarSaysWhy() throws {
        let messages = try SiteFixture.messages("content/openings/job.md", Self.opening(dates: "posted: 2026-13-01\nexpires: 2026-02-30"))
        #expect(messages == [
            "content/openings/job.md:6:9: error: 'posted' must be a date (YYYY-MM-DD), found '2026-13-01': there is no month 13",
            "content/openings/job.md:7:10: error: 'expires' must be a date (YYYY-MM-DD), found '2026-02-30': month 02 of 2026 has 28 days",
        ])
        #expect(ContentDate.calendarProblem("2028-02-29") == nil, "a leap day")
        #expect(ContentDate.calendarProblem("2026-04-31") == "month 04 of 2026 has 30 days")
    }
}
