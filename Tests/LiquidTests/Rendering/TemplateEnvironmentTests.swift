import Foundation
import Testing
import Liquid

/// `TemplateEnvironment(now:)`: what `'now'` and `'today'` mean in the date filter.
@Suite struct TemplateEnvironmentTests {
    /// 2026-12-01T09:30:00Z.
    static let buildDate = Date(timeIntervalSince1970: 1_796_117_400)

    static func render(_ source: String, _ environment: TemplateEnvironment) throws -> String {
        try environment.render(environment.parse(source, name: "page"), data: [:])
    }

    @Test func nowAndTodayAreTheGivenMoment() throws {
        let environment = TemplateEnvironment(now: Self.buildDate)
        #expect(try Self.render("{{ 'now' | date: '%Y-%m-%d %H:%M' }}|{{ 'today' | date: '%Y' }}|{{ 'NOW' | date: '%s' }}", environment)
            == "2026-12-01 09:30|2026|1796117400")
    }

    @Test func nowFollowsTheEnvironmentsTimeZone() throws {
        let environment = TemplateEnvironment(filterContext: FilterContext(timeZone: TimeZone(identifier: "Asia/Tehran")!), now: Self.buildDate)
        #expect(try Self.render("{{ 'now' | date: '%H:%M %z' }}", environment) == "13:00 +0330")
    }

    @Test func nowCanBeSetOnAnExistingEnvironment() throws {
        var environment = TemplateEnvironment(filterContext: FilterContext(now: Date(timeIntervalSince1970: 0)))
        #expect(try Self.render("{{ 'now' | date: '%Y' }}", environment) == "1970")
        environment.now = Self.buildDate
        #expect(environment.filterContext.now == Self.buildDate)
        #expect(try Self.render("{{ 'now' | date: '%Y' }}", environment) == "2026")
    }

    /// Unset, `'now'` is the clock (it used to be 1970 silently).
    @Test func withoutNowTheDateFilterReadsTheClock() throws {
        let environment = TemplateEnvironment()
        #expect(environment.now == nil)
        let year = try Self.render("{{ 'now' | date: '%Y' }}", environment)
        #expect(Int(year).map { $0 >= 2025 } == true)
    }
}
