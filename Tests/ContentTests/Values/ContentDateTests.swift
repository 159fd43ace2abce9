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
        ("15/04/2026", "invalid date '15/04/2026'; expected YYYY-MM-DD, e.g. 2026-04-15"),
        ("2026-02-30", "invalid date '2026-02-30'; 2026-02-30 is not a real date"),
        ("2026-4-5", "invalid date '2026-4-5'; expected YYYY-MM-DD, e.g. 2026-04-15"),
    ])
    func rejectsOthers(text: String, message: String) {
        #expect(throws: InvalidValue(message)) { try ContentDate(text) }
    }
}
