import Testing
import Liquid

@Suite struct ErrorPositionTests {
    @Test func renderErrorNamesTheLineAndColumnOfTheOutput() {
        #expect(errorMessages("one\ntwo\nab  {{ 1 | divided_by: 0 }}").first?.hasPrefix("page:3:5: error: divided_by: ") == true)
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(errorMessages("مرحبا {{ x | }}") == ["page:1:14: error: unexpected end of expression, expected a filter name after '|'"])
    }

    @Test func errorInsideAnIncludeNamesThePartial() {
        #expect(errorMessages("{% include 'p' %}", partials: ["p": "\n\n  {% if '1' < 2 %}{% endif %}"])
            == ["p:3:3: error: cannot compare string with integer using '<'"])
    }

    @Test func syntaxErrorInAPartialIsReported() {
        #expect(errorMessages("{% include 'p' %}", partials: ["p": "{% if %}"])
            == ["p:1:7: error: unexpected end of expression, expected a value (a variable, string, number or range)"])
    }
}
