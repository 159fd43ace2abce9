import Testing
@testable import Liquid

/// `assign x = x | append: ...` grows the variable in place (see `RenderContext.evaluateInPlace`).
@Suite struct AssignTagTests {
    /// 200,000 appends copy only what they add: under a budget of 1,000,000 bytes built, where
    /// copying the whole value on every append (20 billion bytes) would trip the limit.
    @Test func appendingToAVariableInALoopBuildsOnlyWhatItAdds() throws {
        let source = "{% assign s = '' %}{% for i in (1..200000) %}{% assign s = s | append: 'x' %}{% endfor %}"
            + "{{ s | size }} {{ s | slice: 0, 3 }} {{ s | slice: -2, 2 }}"
        #expect(try renderTemplate(source, limits: RenderLimits(maxBuiltSize: 1_000_000)) == "200000 xxx xx")
    }

    @Test func appendingKeepsLaterFiltersAndTheOtherPaths() throws {
        #expect(try renderTemplate("{% assign s = 'ab' %}{% assign s = s | append: s %}{{ s }}") == "abab")
        #expect(try renderTemplate("{% assign s = 'a' %}{% assign t = s %}{% assign s = s | append: 'b' | upcase %}{{ s }}{{ t }}") == "ABa")
        #expect(try renderTemplate("{% assign s = 5 %}{% assign s = s | append: 1 %}{{ s }}") == "51")
        #expect(try renderTemplate("{% assign s = s | append: 'new' %}{{ s }}") == "new")
        #expect(try renderTemplate("{% assign s = x | append: 'y' %}{{ s }}", ["x": "data-"]) == "data-y")
    }

    /// A loop variable hides the assign of the same name: it is what `s` reads.
    @Test func aLoopVariableOfTheSameNameIsReadNotTheAssign() throws {
        #expect(try renderTemplate("{% for s in (1..2) %}{% assign s = s | append: 'x' %}{% endfor %}{{ s }}") == "2x")
    }

    @Test func appendingToSafeTextEscapesTheTailWithAutoescape() throws {
        let source = "{% assign s = '<i>' | safe %}{% assign s = s | append: '<b>' %}{% assign s = s | append: s %}{{ s }}"
        #expect(try renderTemplate(source, autoescape: true) == "<i>&lt;b&gt;<i>&lt;b&gt;")
    }

    @Test func aHostsOwnAppendIsCalledInstead() throws {
        var environment = TemplateEnvironment()
        environment.filters.register("append") { input, arguments in .string(input.liquidText + "+" + arguments.text(0)) }
        let template = try environment.parse("{% assign s = 'a' %}{% assign s = s | append: 'b' %}{{ s }}", name: "page")
        #expect(try environment.render(template, data: [:]) == "a+b")
    }

    @Test func anAppendPastTheOutputLimitFailsAndIsLocated() {
        let messages = errorMessages("{% assign s = 'xxxxxxxxxx' %}\n{% for i in (1..200) %}{% assign s = s | append: s %}{% endfor %}",
                                     limits: RenderLimits(maxOutputBytes: 1000))
        #expect(messages == ["page:2:24: error: append: result exceeds the output limit of 1000 bytes"])
    }
}
