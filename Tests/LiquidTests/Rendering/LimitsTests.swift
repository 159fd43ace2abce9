import Testing
import Liquid

@Suite struct LimitsTests {
    @Test func selfIncludingPartialStopsAtTheDepthLimit() {
        let messages = errorMessages("{% include 'me' %}", partials: ["me": "x{% include 'me' %}"], limits: RenderLimits(maxDepth: 50))
        #expect(messages == ["me:1:2: error: templates nested more than 50 deep (a partial including itself?)"])
    }

    @Test func defaultDepthLimitFailsCleanlyWithoutOverflowingTheStack() {
        let messages = errorMessages("{% render 'me' %}", partials: ["me": "{% if true %}{% for i in (1..1) %}{% render 'me' %}{% endfor %}{% endif %}"])
        #expect(messages.count == 1 && messages[0].contains("nested more than 100 deep"))
    }

    @Test func loopIterationsAreBounded() {
        let messages = errorMessages("{% for a in (1..1000) %}{% for b in (1..1000) %}{% endfor %}{% endfor %}", limits: RenderLimits(maxLoopIterations: 10_000))
        #expect(messages == ["page:1:25: error: loops ran more than 10000 iterations in total"])
    }

    @Test func outputSizeIsBounded() {
        let messages = errorMessages("{% for a in (1..100000) %}xxxxxxxxxx{% endfor %}", limits: RenderLimits(maxOutputBytes: 1000))
        #expect(messages == ["page:1:1: error: output exceeds the limit of 1000 bytes"])
    }

    @Test func deeplyNestedBlocksAreASyntaxErrorNotACrash() {
        let source = String(repeating: "{% if true %}", count: 5000) + String(repeating: "{% endif %}", count: 5000)
        #expect(errorMessages(source).first == "page:1:1301: error: blocks are nested more than 100 deep")
    }

    /// Regrowing a value in a loop copies it every time (quadratic work): the budget of
    /// bytes and items built stops it. `prepend` cannot grow in place as `append` does.
    @Test func regrowingAValueInALoopHitsTheBuiltSizeBudget() {
        let source = "{% assign s = '' %}{% for i in (1..1000) %}{% assign s = s | prepend: 'x' %}{% endfor %}"
        #expect(errorMessages(source, limits: RenderLimits(maxBuiltSize: 100_000)) == [
            "page:1:44: error: filters and captures built more than 100000 bytes and items in total (a value regrown in a loop? append to it instead)",
        ])
        #expect(errorMessages(source, limits: RenderLimits(maxBuiltSize: 500_500)) == [])
    }

    @Test func capturesCountAgainstTheBuiltSizeBudget() {
        let source = "{% for i in (1..1000) %}{% capture c %}{{ c }}xxxxxxxxxx{% endcapture %}{% endfor %}"
        #expect(errorMessages(source, limits: RenderLimits(maxBuiltSize: 100_000)).first?.contains("built more than 100000 bytes") == true)
    }

    @Test func arraysCountTheirItems() {
        let regrow = "{% assign a = 'x' | split: ',' %}{% for i in (1..1000) %}{% assign a = a | concat: a | uniq %}{% endfor %}"
        // One item from `split`, then two from `concat` and one from `uniq` per iteration.
        #expect(errorMessages(regrow, limits: RenderLimits(maxBuiltSize: 3000)).first?.contains("built more than 3000 bytes and items") == true)
        #expect(errorMessages(regrow, limits: RenderLimits(maxBuiltSize: 3001)) == [])
    }

    @Test func theDocumentedDefaultBudgetIsOneGibibyte() {
        #expect(RenderLimits().maxBuiltSize == 1 << 30)
    }
}
