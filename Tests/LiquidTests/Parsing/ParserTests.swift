import Testing
@testable import Liquid

@Suite struct ParserTests {
    @Test func collectsEveryErrorAndRecoversAtTheNextTag() {
        let source = "{% fro x in y %}\n{{ a | }}\n{% if x %}\n{% endfor %}\n{% endif %}\n{{ b }"
        #expect(errorMessages(source) == [
            "page:1:1: error: unknown tag 'fro'; did you mean 'for'?",
            "page:2:8: error: unexpected end of expression, expected a filter name after '|'",
            "page:4:1: error: unexpected 'endfor', expected 'endif' (opened at line 3)",
            "page:6:1: error: unterminated '{{' (opened at line 6); expected '}}'",
        ])
    }

    @Test func aMisspeltBlockTagIsOneErrorAndItsBodyIsStillChecked() {
        #expect(errorMessages("{% iff x %}a{% else %}{{ b | }}{% endif %}\n{% if y %}c{% endif %}") == [
            "page:1:1: error: unknown tag 'iff'; did you mean 'if'?",
            "page:1:30: error: unexpected end of expression, expected a filter name after '|'",
        ])
        #expect(errorMessages("{% fro x in y %}{% for z in x %}{% endfor %}{% endfor %}{% endif %}") == [
            "page:1:1: error: unknown tag 'fro'; did you mean 'for'?",
            "page:1:57: error: unexpected 'endif'; there is no open block for it to close",
        ])
        // No end tag to match: nothing is taken as its body.
        #expect(errorMessages("{% iff x %}{% if y %}{{ c | }}{% endif %}") == [
            "page:1:1: error: unknown tag 'iff'; did you mean 'if'?",
            "page:1:29: error: unexpected end of expression, expected a filter name after '|'",
        ])
    }

    @Test func aMisspeltEndTagClosesItsBlock() {
        #expect(errorMessages("{% if a %}{% for x in y %}{{ x }}{% endfr %}{% endif %}\n{{ b | }}") == [
            "page:1:34: error: unknown tag 'endfr'; did you mean 'endfor'?",
            "page:2:8: error: unexpected end of expression, expected a filter name after '|'",
        ])
        // Another block's end tag is not taken for a misspelling.
        #expect(errorMessages("{% for x in y %}{% endif %}{% endfor %}") == [
            "page:1:17: error: unexpected 'endif', expected 'endfor' (opened at line 1)",
        ])
    }

    @Test func reportsUnclosedBlocksAtTheirOpening() {
        #expect(errorMessages("a\n  {% for x in y %}{{ x }}") == [
            "page:2:3: error: 'for' was never closed (opened at line 2); expected 'endfor'",
        ])
    }

    @Test func badTagArgumentsDoNotCascadeIntoTheBody() {
        #expect(errorMessages("{% if not x %}{% endfor %}{% endif %}") == [
            "page:1:11: error: unexpected 'x', expected an operator (==, !=, <>, <, >, <=, >=, contains), 'and', 'or' or the end of the tag",
        ])
    }

    @Test(arguments: ["{{ products.0.title }}", "{{ foo..bar }}", "{% assign x = 1 + 2 %}", "{% assign foo? = 1 %}", "{{ @foo }}", "{% nosuchthing %}"])
    func rejectsInvalidSyntax(_ source: String) {
        #expect(!errorMessages(source).isEmpty)
    }

    @Test func pathsAreSplitAtParseTime() throws {
        let environment = TemplateEnvironment()
        let template = try environment.parse("{{ a.b[0]['c d'] }}", name: "t")
        let variable: VariablePath? = if case .output(let value, _) = template.nodes.first, case .variable(let path) = value.expression { path } else { nil }
        let path = try #require(variable, "expected an output of a variable")
        #expect(path.root == "a")
        #expect(path.described == "a.b[0].c d")
    }
}
