// The libFuzzer entry point for the Liquid lexer, parser and renderer.
//
// Compiled into the `Liquid` module by `build.sh` (not a SwiftPM target), so
// ordinary builds never need libFuzzer. Errors are expected outcomes; only a
// crash, a sanitizer report, a timeout or running out of memory is a finding.

import Foundation

/// Partials that make `include`, `render` and `extends` reach real templates,
/// including ones that include themselves so depth limits are exercised.
private let fuzzPartials: [String: String] = [
    "card": "<b>{{ title | default: 'untitled' }}</b>{% for x in items %}{{ x }},{% endfor %}",
    "base": "<h1>{% block title %}Base{% endblock %}</h1>{% block body %}{% endblock %}",
    "self": "{% include 'self' %}",
    "loop": "{% render 'loop' %}",
    "child": "{% extends 'base' %}{% block title %}{{ block.super }}!{% endblock %}",
]

/// Small data covering every kind of value a template can read.
private let fuzzData: [String: Value] = [
    "title": "Hello <World> & \"friends\"",
    "empty_text": "",
    "n": 42,
    "x": 3.5,
    "neg": -7,
    "flag": true,
    "nothing": .nil,
    "items": ["a", "b", "c"],
    "numbers": [3, 1, 2, 10],
    "people": [
        ["name": "Ana", "age": 31, "tags": ["x", "y"]],
        ["name": "Bo", "age": 7],
    ],
    "site": ["title": "Pathways", "meta": ["depth": ["deeper": "yes"]], "list": [1, [2, [3]]]],
    "when": .date(Date(timeIntervalSince1970: 1_700_000_000)),
]

/// Bounds tight enough that no input can run for long or grow without limit.
private let fuzzLimits = RenderLimits(maxDepth: 20, maxLoopIterations: 10_000, maxOutputBytes: 1 << 20)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    for autoescape in [false, true] {
        let environment = TemplateEnvironment(loader: MemoryLoader(fuzzPartials), autoescape: autoescape,
                                              strictVariables: autoescape, limits: fuzzLimits,
                                              filterContext: FilterContext(now: Date(timeIntervalSince1970: 1_700_000_000)))
        guard let template = try? environment.parse(source, name: "fuzz") else { return 0 }
        _ = try? environment.render(template, data: fuzzData)
    }
    return 0
}
