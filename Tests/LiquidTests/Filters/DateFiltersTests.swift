import Foundation
import Testing
import Liquid

@Suite struct DateFiltersTests {
    /// 2016-03-14T10:05:09.250Z, a Monday.
    static let instant = Date(timeIntervalSince1970: 1_457_949_909.25)

    static func format(_ input: Value, _ format: Value, timeZone: String = "UTC", now: Date = instant) throws -> Value {
        let context = FilterContext(now: now, timeZone: TimeZone(identifier: timeZone)!)
        return try applyFilter("date", input, [format], context: context)
    }

    @Test(arguments: [
        ("%a %A %b %B", "Mon Monday Mar March"),
        ("%c", "Mon Mar 14 10:05:09 2016"),
        ("%d %e %j %m %y %Y %C", "14 14 074 03 16 2016 20"),
        ("%H %I %k %l %M %S %L %p %P", "10 10 10 10 05 09 250 AM am"),
        ("%s %u %w", "1457949909 1 1"),
        ("%Z %z %:z %::z", "UTC +0000 +00:00 +00:00:00"),
        ("%F %T %D %R %r", "2016-03-14 10:05:09 03/14/16 10:05 10:05:09 AM"),
        ("%-d %-m %-H %_m %^a %^B %#p %10A|%-10A|%010d", "14 3 10  3 MON MARCH am     Monday|Monday|0000000014"),
        ("%G-W%V %U %W", "2016-W11 11 11"),
        ("%% %q %n|%t|", "% %q \n|\t|"),
        ("day %e of %B", "day 14 of March"),
    ])
    func strftime(pattern: String, expected: String) throws {
        #expect(try Self.format(.date(Self.instant), .string(pattern)).renderedText == expected)
    }

    @Test(arguments: [
        (Value.string("March 14, 2016"), "%Y-%m-%d %H:%M:%S %z", "2016-03-14 00:00:00 +0000"),
        ("14 Mar 2016", "%F", "2016-03-14"),
        ("14th March 2016 10:05 pm", "%F %T", "2016-03-14 22:05:00"),
        ("2016-03-14", "%F %T", "2016-03-14 00:00:00"),
        ("2016/03/14", "%F", "2016-03-14"),
        ("2016-03-14T10:00:00Z", "%F %T %Z", "2016-03-14 10:00:00 UTC"),
        ("2016-03-14 10:00:00 +0100", "%H:%M %z %s", "10:00 +0100 1457946000"),
        ("2016-03-14T10:00:00.5-05:00", "%H:%M:%S.%L %:z", "10:00:00.500 -05:00"),
        ("Mon, 14 Mar 2016 22:05:09 GMT", "%F %T", "2016-03-14 22:05:09"),
        ("1152098955", "%m/%d/%Y", "07/05/2006"),
        (.int(1152098955), "%m/%d/%Y", "07/05/2006"),
        (.int(-1), "%F %T", "1969-12-31 23:59:59"),
        ("now", "%F", "2016-03-14"),
        ("Today", "%F", "2016-03-14"),
        ("March 14, 2016", "%%%b %d, %y", "%Mar 14, 16"),
    ])
    func readsInputs(input: Value, pattern: String, expected: String) throws {
        #expect(try Self.format(input, .string(pattern)).renderedText == expected)
    }

    @Test(arguments: [
        Value.string("-1152098955"), "2016-02-30", "next tuesday", "March 2016", "", "14 Foo 2016", .nil, .bool(true), [1],
    ])
    func unreadableInputIsReturnedUnchanged(input: Value) throws {
        #expect(try Self.format(input, "%Y").debugShape == input.debugShape)
    }

    @Test func emptyOrMissingFormatReturnsTheInput() throws {
        #expect(try Self.format("March 14, 2016", .nil).renderedText == "March 14, 2016")
        #expect(try Self.format("March 14, 2016", "").renderedText == "March 14, 2016")
    }

    @Test func usesTheContextTimeZoneForInstantsAndLocalTexts() throws {
        #expect(try Self.format(.date(Self.instant), "%H:%M %z", timeZone: "America/New_York").renderedText == "06:05 -0400")
        #expect(try Self.format("2016-03-14 10:00", "%H:%M %z %s", timeZone: "Europe/Berlin").renderedText == "10:00 +0100 1457946000")
        #expect(try Self.format("2016-03-14T10:00:00Z", "%H:%M", timeZone: "Europe/Berlin").renderedText == "10:00")
    }

    @Test func argumentCount() {
        #expect(filterError("date", "March 14, 2016", []) == "filter 'date' expects 1 argument, got 0")
        #expect(filterError("date", "March 14, 2016", ["%b", "foo"]) == "filter 'date' expects 1 argument, got 2")
    }
}
