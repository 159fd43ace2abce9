import Foundation
import Testing
@testable import Liquid

/// Inputs found by the fuzzer (`Fuzz/`) or written to probe the limits: each must parse and render
/// to output or to a located error, never a crash, a hang or unbounded memory.
@Suite struct FuzzRegressionTests {
    /// The environment of `Fuzz/LiquidFuzzTarget.swift`: a few partials and tight limits.
    static func environment(autoescape: Bool) -> TemplateEnvironment {
        TemplateEnvironment(
            loader: MemoryLoader([
                "card": "<b>{{ title | default: 'untitled' }}</b>{% for x in items %}{{ x }},{% endfor %}",
                "base": "<h1>{% block title %}Base{% endblock %}</h1>{% block body %}{% endblock %}",
                "self": "{% include 'self' %}",
                "loop": "{% render 'loop' %}",
                "child": "{% extends 'base' %}{% block title %}{{ block.super }}!{% endblock %}",
            ]),
            autoescape: autoescape, strictVariables: autoescape,
            limits: RenderLimits(maxDepth: 20, maxLoopIterations: 10_000, maxOutputBytes: 1 << 20))
    }

    static let data: [String: Value] = [
        "title": "Hello <World>", "n": 42, "x": 3.5, "items": ["a", "b", "c"],
        "people": [["name": "Ana", "age": 31], ["name": "Bo"]], "site": ["meta": ["depth": ["deeper": "yes"]]],
    ]

    /// Parses and renders `source`; a syntax or render error is a normal outcome.
    static func outcome(_ source: String, autoescape: Bool = false) -> Result<String, any Error> {
        let environment = environment(autoescape: autoescape)
        do {
            let template = try environment.parse(source, name: "fuzz")
            return .success(try environment.render(template, data: data))
        } catch {
            return .failure(error)
        }
    }

    static let inputs: [(name: String, source: String)] = [
        ("round with a huge float for places (fuzzer crash)", #"{{ 5.666 | round: 2222222222222222222222222222222222222222222222222222222222222222222221.2 }}"#),
        ("round with Int.min places", #"{{ 5 | round: -9223372036854775808 }}{{ 1.5 | round: -9223372036854775808 }}{{ 1.5e300 | round: 9223372036854775807 }}"#),
        ("integer overflow in arithmetic filters", #"{{ 9223372036854775807 | plus: 1 }}{{ -9223372036854775808 | minus: 1 }}{{ -9223372036854775808 | abs }}{{ -9223372036854775808 | divided_by: -1 }}{{ -9223372036854775808 | modulo: -1 }}{{ 9223372036854775807 | times: 2 }}{{ 5 | divided_by: 0 }}{{ 5 | modulo: 0 }}"#),
        ("for over the whole Int range", #"{% for i in (-9223372036854775808..9223372036854775807) %}{% endfor %}"#),
        ("for over a huge range with a huge offset", #"{% for i in (1..9223372036854775807) limit: 2 offset: 9223372036854775807 %}{{i}}{% endfor %}"#),
        ("for with Int.max offset and limit", #"{% for i in (1..5) offset: 9223372036854775807 limit: 9223372036854775807 %}{{ i }}{% endfor %}"#),
        ("for with Int.min limit and offset", #"{% for i in (1..5) limit: -9223372036854775808 offset: -9223372036854775808 %}{{i}}{% endfor %}"#),
        ("size of the whole Int range", #"{{ (-9223372036854775808..9223372036854775807) | size }}"#),
        ("index into the whole Int range", #"{% assign r = (-9223372036854775808..9223372036854775807) %}{{ r[-1] }}{{ r[5] }}{{ r.last }}"#),
        ("join over a huge range", #"{{ (1..9223372036854775807) | join: ',' }}"#),
        ("truncate with Int.min", #"{{ 'abcdef' | truncate: -9223372036854775808 }}{{ 'abcdef' | truncatewords: -9223372036854775808 }}"#),
        ("slice with extreme arguments", #"{{ 'abc' | slice: -9223372036854775808, 9223372036854775807 }}{{ 'abc' | slice: 9223372036854775807, 9223372036854775807 }}"#),
        ("doubling a string by assign", "{% assign a = 'xx' %}" + String(repeating: "{% assign a = a | append: a %}", count: 40) + "{{ a | size }}"),
        ("doubling an array by assign", "{% assign a = 'x,y' | split: ',' %}" + String(repeating: "{% assign a = a | concat: a %}", count: 40) + "{{ a | size }}"),
        ("date of extreme timestamps", #"{{ 'now' | date: '%Y' }}{{ 9223372036854775807 | date: '%Y %s %c' }}{{ -9223372036854775808 | date: '%c' }}{{ 1e300 | date: '%c' }}"#),
        ("strftime with huge widths", #"{{ 'x' | date: '%-9223372036854775807Y' }}{{ 'x' | date: '%9999999999d' }}{{ 0 | date: '%999999999d' }}{{ 0 | date: '%99999999N' }}{{ 0 | date: '%-99999999999999999999999L' }}"#),
        ("tablerow with Int.min cols", #"{% tablerow i in (1..3) cols: -9223372036854775808 %}{{i}}{% endtablerow %}"#),
        ("deeply nested if", String(repeating: "{% if true %}", count: 3000) + String(repeating: "{% endif %}", count: 3000)),
        ("deeply nested unclosed for", String(repeating: "{% for i in (1..2) %}", count: 3000)),
        ("nested loops past the iteration limit", #"{% for a in (1..1000) %}{% for b in (1..1000) %}{{ b }}{% endfor %}{% endfor %}"#),
        ("output past the byte limit", "{% for a in (1..10000) %}" + String(repeating: "x", count: 200) + "{% endfor %}"),
        ("recursive include", #"{% include 'self' %}"#),
        ("recursive render", #"{% render 'loop' %}"#),
        ("extends itself through a child", #"{% extends 'child' %}{% block body %}{{ block.super }}{% endblock %}"#),
        ("extends a missing template", #"{% extends 'nowhere' %}"#),
        ("unterminated tags and outputs", #"{% if {{ x | %}{{ {% endif"#),
        ("raw and comment never closed", #"{% raw %}{% comment %}{{"#),
        ("invalid UTF-8 decoded lossily", #"a�{{ '�' | upcase }}\#0{% \#0 %}"#),
        ("20,000 nested parentheses (stack overflow)", "{{ " + String(repeating: "(", count: 20_000) + "x" + String(repeating: ")", count: 20_000) + " }}"),
        ("20,000 nested brackets (stack overflow)", "{{ a" + String(repeating: "[", count: 20_000) + "x" + String(repeating: "]", count: 20_000) + " }}"),
        ("20,000 nested ranges in a filter argument", "{{ x | slice: " + String(repeating: "(", count: 20_000) + "1..2" + String(repeating: ")", count: 20_000) + " }}"),
        ("50,000 ands in a condition (stack overflow)", "{% if " + Array(repeating: "x", count: 50_000).joined(separator: " and ") + " %}y{% endif %}"),
        ("50,000 ors in unless", "{% unless " + Array(repeating: "n > 1", count: 50_000).joined(separator: " or ") + " %}y{% endunless %}"),
        ("split of a long text into characters", "{% assign a = title | append: title | append: title | split: '' %}{% for i in (1..12) %}{% assign a = a | join: '' | append: a | split: '' %}{% endfor %}{{ a | size }}"),
        ("join with a long separator", "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..20) %}{% assign s = s | append: s %}{% endfor %}{{ (1..9000) | join: s }}"),
        ("replace with a long replacement", "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..13) %}{% assign s = s | append: s %}{% endfor %}{{ s | replace: 'x', s }}{{ s | replace: '', s }}"),
        ("prepend in a long loop", "{% assign s = '' %}{% for i in (1..10000) %}{% assign s = s | prepend: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% endfor %}"),
        ("liquid tag with nested blocks", #"{% liquid\#nfor i in (1..3)\#nif i == 2\#nbreak\#nendif\#necho i\#nendfor %}"#),
    ]

    @Test(arguments: inputs.map(\.name))
    func rendersOrFailsWithATemplateError(_ name: String) {
        let source = Self.inputs.first { $0.name == name }!.source
        for autoescape in [false, true] {
            switch Self.outcome(source, autoescape: autoescape) {
            case .success(let output):
                #expect(output.utf8.count <= 1 << 20)
            case .failure(let error):
                #expect(error is TemplateError || error is TemplateErrors, "\(name): \(error)")
            }
        }
    }

    @Test func roundWithAHugeFloatForPlacesKeepsTheNumber() throws {
        #expect(try Self.outcome("{{ 5.666 | round: 99999999999999999999999.5 }}|{{ 1250 | round: -9223372036854775808 }}").get() == "5.666|0")
    }

    @Test func truncateWithANegativeLengthKeepsOnlyTheEllipsis() throws {
        #expect(try Self.outcome("{{ 'abcdef' | truncate: -9223372036854775808 }}").get() == "...")
    }

    @Test func rangeSizeSaturatesInsteadOfOverflowing() throws {
        #expect(try Self.outcome("{% assign r = (-9223372036854775808..9223372036854775807) %}{{ r.size }} {{ r.last }}").get()
            == "9223372036854775807 9223372036854775807")
    }

    @Test func loopOverAHugeRangeHitsTheIterationLimit() {
        let messages = errorMessages("{% for i in (1..9223372036854775807) %}{% endfor %}", limits: RenderLimits(maxLoopIterations: 10_000))
        #expect(messages == ["page:1:1: error: loops ran more than 10000 iterations in total"])
    }

    @Test func loopOverAHugeRangeWithASmallLimitStillRuns() throws {
        #expect(try renderTemplate("{% for i in (1..9223372036854775807) offset: 2 limit: 3 %}{{ i }}{% endfor %}") == "345")
    }

    @Test func filterOverAHugeRangeHitsTheIterationLimit() {
        let messages = errorMessages("{{ (1..9223372036854775807) | join }}", limits: RenderLimits(maxLoopIterations: 10_000))
        #expect(messages == ["page:1:1: error: join: a range of 9223372036854775807 items exceeds the loop limit of 10000"])
    }

    @Test func doublingAStringByAssignHitsTheOutputLimit() {
        let source = "{% assign a = 'xx' %}" + String(repeating: "{% assign a = a | append: a %}", count: 20)
        let messages = errorMessages(source, limits: RenderLimits(maxOutputBytes: 1000))
        #expect(messages.count == 1 && messages[0].contains("append: result exceeds the output limit of 1000 bytes"))
    }

    @Test func doublingAnArrayByAssignHitsTheIterationLimit() {
        let source = "{% assign a = 'x,y' | split: ',' %}" + String(repeating: "{% assign a = a | concat: a %}", count: 20)
        let messages = errorMessages(source, limits: RenderLimits(maxLoopIterations: 1000))
        #expect(messages.count == 1 && messages[0].contains("concat: result has 1024 items, more than the loop limit of 1000"))
    }

    @Test func strftimeWidthIsCapped() throws {
        #expect(try Self.outcome("{{ 0 | date: '%99999999999999999999999d' }}").get().utf8.count == Strftime.maxWidth)
    }

    @Test func extremeTimestampsFormatWithoutOverflow() throws {
        #expect(try Self.outcome("{{ -9223372036854775808 | date: '%Y' }}").get() == "1970")
    }
}
