import Testing
import Liquid

/// `include` (shared scope) and `render` (isolated scope).
@Suite struct PartialTagTests {
    let partials = [
        "greet": "Hi {{ name }}{% assign seen = true %}",
        "item": "[{{ item.t }}]",
        "counter": "{{ forloop.index }}:{{ n }} ",
        "args": "{{ foo }}{% assign foo = 'b' %}{{ foo }}",
    ]

    @Test(arguments: [
        ("{% assign name = 'Ann' %}{% include 'greet' %} {{ seen }}", "Hi Ann true"),
        ("{% include 'item' with product %}", "[p]"),
        ("{% include 'item' for products %}", "[a][b]"),
        ("{% include 'greet', name: 'Bo' %}", "Hi Bo"),
        ("{% assign name = 'Ann' %}{% render 'greet' %} {{ seen }}", "Hi  "),
        ("{% render 'greet', name: 'Cy' %}", "Hi Cy"),
        ("{% render 'item' with product as item %}", "[p]"),
        ("{% render 'counter' for products as n %}", "1:{\"t\"=>\"a\"} 2:{\"t\"=>\"b\"} "),
        ("{% render 'args', foo: 'a' %}{{ foo }}", "ab"),
    ])
    func renders(_ source: String, _ expected: String) throws {
        let data: [String: Value] = ["product": ["t": "p"], "products": [["t": "a"], ["t": "b"]]]
        #expect(try renderTemplate(source, data, partials: partials) == expected)
    }

    @Test func breakInsideAnIncludeLeavesTheLoop() throws {
        #expect(try renderTemplate("{% for x in (1..3) %}{% include 'b' %}{% endfor %}", partials: ["b": "{{ x }}{% break %}"]) == "1")
    }

    @Test func missingPartialIsLocatedAtTheTag() {
        #expect(errorMessages("\n  {% include 'nope' %}") == ["page:2:3: error: template 'nope' not found"])
    }
}
