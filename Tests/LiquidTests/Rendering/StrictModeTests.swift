import Testing
import Liquid

@Suite struct StrictModeTests {
    @Test func laxUndefinedPrintsNothing() throws {
        #expect(try renderTemplate("[{{ nope }}][{{ user.nope }}]", ["user": [:]]) == "[][]")
    }

    @Test func strictVariablesReportTheUndefinedName() {
        #expect(errorMessages("ok\n{{ user.nme }}", ["user": ["name": "x"]], strictVariables: true)
            == ["page:2:4: error: undefined variable 'user.nme'"])
    }

    @Test func strictFiltersFailAtParseTimeWithAHint() {
        #expect(errorMessages("{{ 'a' | upcasee }}", strictFilters: true) == ["page:1:10: error: unknown filter 'upcasee'; did you mean 'upcase'?"])
    }

    @Test func laxUnknownFilterPassesTheValueThrough() throws {
        #expect(try renderTemplate("{{ 'a' | nosuchfilter }}") == "a")
    }
}
