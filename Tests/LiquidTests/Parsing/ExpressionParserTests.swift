import Testing
@testable import Liquid

/// Nesting limits and `and`/`or` chains of the expression parser.
@Suite struct ExpressionParserTests {
    /// 20,000 levels used to overflow the parser's stack (SIGSEGV).
    @Test(arguments: [
        ("{{ " + String(repeating: "(", count: 20_000) + "x" + String(repeating: ")", count: 20_000) + " }}", 104, "'('"),
        ("{{ a" + String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000) + " }}", 105, "'['"),
        ("{{ " + String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000) + " }}", 104, "'['"),
        ("{% for i in " + String(repeating: "(", count: 20_000) + "1..2" + String(repeating: ")", count: 20_000) + " %}{% endfor %}", 113, "'('"),
        ("{{ x | join: " + String(repeating: "(", count: 20_000) + "1..2" + String(repeating: ")", count: 20_000) + " }}", 114, "'('"),
    ])
    func deepNestingIsALocatedErrorNotAStackOverflow(_ source: String, _ column: Int, _ token: String) {
        #expect(errorMessages(source) == [
            "page:1:\(column): error: \(token) nested more than 100 deep in one expression; expected at most 100 levels of '(' and '[' (assign inner parts to variables first)",
        ])
    }

    @Test func nestingUpToTheDepthLimitParses() throws {
        let data: [String: Value] = ["a": ["b": ["c": "found"]], "k": "b", "j": "c"]
        #expect(try renderTemplate("{{ a[k][j] }}|{{ a[[k][0]] }}", data, limits: RenderLimits(maxDepth: 2)) == "found|")
        #expect(errorMessages("{{ a[b[c[d]]] }}", limits: RenderLimits(maxDepth: 2)).first?.hasPrefix("page:1:9: error: '[' nested more than 2 deep") == true)
    }

    /// A chain of 50,000 `and`s used to overflow the stack in the parser, the renderer and the tree's deinit.
    @Test func longAndOrChainsRunWithoutRecursion() throws {
        let allTrue = "{% if " + Array(repeating: "true", count: 50_000).joined(separator: " and ") + " %}yes{% endif %}"
        let lastTrue = "{% if " + Array(repeating: "false", count: 50_000).joined(separator: " or ") + " or true %}yes{% endif %}"
        let oneFalse = "{% if " + Array(repeating: "true", count: 50_000).joined(separator: " and ") + " and false %}yes{% else %}no{% endif %}"
        #expect(try renderTemplate(allTrue + lastTrue + oneFalse) == "yesyesno")
    }

    /// `and`/`or` group from the right, as in Liquid: `a and b or c` is `a and (b or c)`.
    @Test(arguments: [
        ("true or false and false", "T"),
        ("false or true and false", "F"),
        ("true and false or true", "T"),
        ("false and true or true", "F"),
        ("false or false or true and true", "T"),
        ("true and true and false or true", "T"),
    ])
    func chainsGroupFromTheRight(_ condition: String, _ expected: String) throws {
        #expect(try renderTemplate("{% if \(condition) %}T{% else %}F{% endif %}") == expected)
    }

    /// Short-circuiting from the left: the terms a decided chain skips are never evaluated.
    @Test func decidedChainsSkipTheirRest() throws {
        #expect(try renderTemplate("{% if false and 'a' > 1 %}x{% else %}ok{% endif %}") == "ok")
        #expect(try renderTemplate("{% if true or 'a' > 1 %}ok{% endif %}") == "ok")
        #expect(errorMessages("{% if true and 'a' > 1 %}x{% endif %}") == ["page:1:1: error: cannot compare string with integer using '>'"])
    }
}
