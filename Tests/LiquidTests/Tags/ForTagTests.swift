import Testing
import Liquid

@Suite struct ForTagTests {
    @Test(arguments: [
        ("{% for x in (1..5) limit: 2 offset: 1 %}{{ x }}{% endfor %}", "23"),
        ("{% for x in (1..3) reversed %}{{ x }}{% endfor %}", "321"),
        ("{% for x in (1..6) limit: 2 %}{{ x }}{% endfor %}|{% for x in (1..6) offset: continue limit: 2 %}{{ x }}{% endfor %}", "12|34"),
        ("{% for x in empty_list %}{{ x }}{% else %}none{% endfor %}", "none"),
        ("{% for x in (1..5) %}{% if x == 3 %}{% break %}{% endif %}{{ x }}{% endfor %}", "12"),
        ("{% for x in (1..5) %}{% if x == 3 %}{% continue %}{% endif %}{{ x }}{% endfor %}", "1245"),
        ("{% for x in (1..3) %}{{ forloop.index }}{{ forloop.index0 }}{{ forloop.rindex }}{{ forloop.rindex0 }}{{ forloop.first }}{{ forloop.last }}{{ forloop.length }};{% endfor %}",
         "1032truefalse3;2121falsefalse3;3210falsetrue3;"),
        ("{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ b }} {% endfor %}{% endfor %}", "11 12 21 22 "),
        ("{% for x in 'hello' %}{{ x }}{% endfor %}", "hello"),
    ])
    func loops(_ source: String, _ expected: String) throws {
        #expect(try renderTemplate(source, ["empty_list": []]) == expected)
    }

    @Test func loopVariableDoesNotLeakButAssignsDo() throws {
        #expect(try renderTemplate("{% for x in (1..2) %}{% assign last = x %}{% endfor %}{{ x }}{{ last }}") == "2")
    }

    @Test func nonNumericLimitIsALocatedError() {
        #expect(errorMessages("\n {% for i in (1..4) limit: 'foo' %}{{ i }}{% endfor %}")
            == ["page:2:2: error: limit must be an integer, got 'foo'"])
    }
}
