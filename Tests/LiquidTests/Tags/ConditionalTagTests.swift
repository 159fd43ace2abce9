import Testing
import Liquid

/// `if`, `unless` and `case`.
@Suite struct ConditionalTagTests {
    @Test(arguments: [
        ("{% if x > 1 %}big{% elsif x == 1 %}one{% else %}small{% endif %}", "one"),
        ("{% if false and true or true %}T{% else %}F{% endif %}", "F"),  // and/or group from the right
        ("{% if s contains 'ell' %}T{% endif %}", "T"),
        ("{% if list contains 2 %}T{% endif %}", "T"),
        ("{% if missing == blank and s != empty %}T{% endif %}", "T"),
        ("{% unless x == 1 %}not one{% else %}one{% endunless %}", "one"),
        ("{% if false %}1{% else %}2{% else %}3{% endif %}", "2"),
        ("{% case x %}{% when 0, 1 %}low{% when 2 or 3 %}mid{% else %}high{% endcase %}", "low"),
        ("{% case 'z' %}{% when 'a' %}a{% else %}other{% endcase %}", "other"),
    ])
    func branches(_ source: String, _ expected: String) throws {
        #expect(try renderTemplate(source, ["x": 1, "s": "hello", "list": [1, 2]]) == expected)
    }

    @Test func blankBlocksDropTheirWhitespace() throws {
        #expect(try renderTemplate("!{% if true %}\n  {% assign a = 1 %}\n{% endif %}!") == "!!")
        #expect(try renderTemplate("!{% if true %}\n  {{ 'x' }}\n{% endif %}!") == "!\n  x\n!")
    }

    @Test func comparingStringWithIntegerIsAnError() {
        #expect(errorMessages("{% if '2' > 1 %}x{% endif %}") == ["page:1:1: error: cannot compare string with integer using '>'"])
    }
}
