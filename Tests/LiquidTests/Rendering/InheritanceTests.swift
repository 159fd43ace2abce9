import Testing
import Liquid

@Suite struct InheritanceTests {
    let templates = [
        "base": "<title>{% block title %}Site{% endblock %}</title><main>{% block body %}empty{% endblock %}</main>",
        "page": "{% extends 'base' %}{% block title %}{{ name }} | {{ block.super }}{% endblock %}ignored text",
        "story": "{% extends 'page' %}{% block body %}story {{ block.super }}{% endblock %}",
    ]

    private func renderNamed(_ name: String) throws -> String {
        let environment = TemplateEnvironment(loader: MemoryLoader(templates))
        return try environment.render(named: name, data: ["name": "Home"])
    }

    @Test func childOverridesBlocksAndReadsSuper() throws {
        #expect(try renderNamed("page") == "<title>Home | Site</title><main>empty</main>")
    }

    @Test func multiLevelExtends() throws {
        #expect(try renderNamed("story") == "<title>Home | Site</title><main>story empty</main>")
    }

    @Test func baseRendersItsOwnBlocks() throws {
        #expect(try renderNamed("base") == "<title>Site</title><main>empty</main>")
    }

    @Test func extendingItselfHitsTheDepthLimit() {
        let environment = TemplateEnvironment(loader: MemoryLoader(["loop": "{% extends 'loop' %}"]), limits: RenderLimits(maxDepth: 5))
        #expect(throws: TemplateErrors.self) { try environment.render(named: "loop", data: [:]) }
    }
}
