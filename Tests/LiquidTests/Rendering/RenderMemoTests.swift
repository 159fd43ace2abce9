import Synchronization
import Testing
@testable import Liquid

/// An object that counts how often templates read it, so a test can tell a rendered partial from a copied one.
private final class CountedItem: LiquidObject {
    let name: String
    let identity: String?
    private let readCount = Atomic<Int>(0)

    init(_ name: String, identity: String?) {
        self.name = name
        self.identity = identity
    }

    var reads: Int { readCount.load(ordering: .relaxed) }

    func liquidProperty(_ property: String) -> Value? {
        readCount.add(1, ordering: .relaxed)
        return property == "name" ? .string(name) : nil
    }

    var liquidIdentity: String? { identity }
}

@Suite struct RenderMemoTests {
    private func environment(memo: RenderMemo?, partials: [String: String]) -> TemplateEnvironment {
        var environment = TemplateEnvironment(loader: MemoryLoader(partials), autoescape: true)
        environment.renderMemo = memo
        return environment
    }

    private func render(_ source: String, _ data: [String: Value], memo: RenderMemo?,
                        partials: [String: String] = ["card": "<b>{{ item.name }}</b>{{ label }}"]) throws -> String {
        let environment = environment(memo: memo, partials: partials)
        return try environment.render(environment.parse(source, name: "page"), data: data)
    }

    @Test func aPartialWithNamedArgumentsRendersOnceAndIsCopiedAfter() throws {
        let item = CountedItem("Nurse & aide", identity: "item-1")
        let source = "{% render 'card', item: item, label: '!' %}|{% render 'card', item: item, label: '!' %}"
        let output = try render(source, ["item": .object(item)], memo: RenderMemo())
        #expect(output == "<b>Nurse &amp; aide</b>!|<b>Nurse &amp; aide</b>!")
        #expect(item.reads == 1)
    }

    @Test func withoutAMemoEveryCallRenders() throws {
        let item = CountedItem("a", identity: "item-1")
        _ = try render("{% render 'card', item: item %}{% render 'card', item: item %}", ["item": .object(item)], memo: nil)
        #expect(item.reads == 2)
    }

    @Test func differentArgumentsAreKeptApart() throws {
        let item = CountedItem("a", identity: "item-1")
        let output = try render("{% render 'card', item: item, label: 1 %}{% render 'card', item: item, label: '1' %}{% render 'card', item: item, label: 2 %}",
                                ["item": .object(item)], memo: RenderMemo())
        #expect(output == "<b>a</b>1<b>a</b>1<b>a</b>2")
        // 1 and '1' print alike but are different values: each call rendered.
        #expect(item.reads == 3)
    }

    @Test func objectsWithoutAnIdentityAreRenderedEveryTime() throws {
        let item = CountedItem("a", identity: nil)
        _ = try render("{% render 'card', item: item %}{% render 'card', item: item %}", ["item": .object(item)], memo: RenderMemo())
        #expect(item.reads == 2)
    }

    @Test func twoObjectsWithTheirOwnIdentitiesGetTheirOwnOutput() throws {
        let first = CountedItem("first", identity: "item-1")
        let second = CountedItem("second", identity: "item-2")
        let output = try render("{% render 'card', item: a %}{% render 'card', item: b %}{% render 'card', item: a %}",
                                ["a": .object(first), "b": .object(second)], memo: RenderMemo())
        #expect(output == "<b>first</b><b>second</b><b>first</b>")
        #expect(first.reads == 1 && second.reads == 1)
    }

    @Test func aNamedHashKeysTheCallAndAChangedCopyLosesTheName() throws {
        var strings: LiquidHash = ["hello": "Hello"]
        strings.identity = "t/en"
        #expect(strings.identity == "t/en")
        var changed = strings
        changed["hello"] = "Bonjour"
        #expect(changed.identity == nil)
        #expect(strings.identity == "t/en")

        let memo = RenderMemo()
        let partials = ["greet": "{{ t.hello }}"]
        let first = try render("{% render 'greet', t: t %}", ["t": .dictionary(strings)], memo: memo, partials: partials)
        let second = try render("{% render 'greet', t: t %}", ["t": .dictionary(changed)], memo: memo, partials: partials)
        #expect(first == "Hello")
        #expect(second == "Bonjour")
    }

    @Test func unnamedHashesAreNotKept() {
        #expect(RenderMemo.Key(template: "x", arguments: [("t", .dictionary(["a": 1]))]) == nil)
        #expect(RenderMemo.Key(template: "x", arguments: [("list", .array([1, .dictionary(["a": 1])]))]) == nil)
        #expect(RenderMemo.Key(template: "x", arguments: [("list", .array([1, "two", nil, .range(1, 3)]))]) != nil)
    }

    @Test func keysTellApartWhatPrintsAlike() throws {
        func key(_ arguments: [(String, Value)]) throws -> RenderMemo.Key {
            try #require(RenderMemo.Key(template: "card", arguments: arguments))
        }
        #expect(try key([("a", 1)]) != key([("a", "1")]), "a number and a text")
        #expect(try key([("a", "x")]) != key([("a", .safeString("x"))]), "escaped and safe text")
        #expect(try key([("a", 0.0)]) != key([("a", -0.0)]))
        #expect(try key([("a", "b1:c")]) != key([("ab", "1:c")]), "names and values are framed by their length")
        #expect(try key([("a", .array(["x", "y"]))]) != key([("a", .array(["x"])), ("y", nil)]))
        #expect(try key([("a", .array([.array(["x"]), "y"]))]) != key([("a", .array([.array(["x", "y"])]))]), "nested lists")
        #expect(try key([("a", nil)]) != key([("a", .empty)]) && key([("a", .empty)]) != key([("a", .blank)]))
        #expect(try key([("a", true), ("b", .range(1, 3))]) == key([("a", true), ("b", .range(1, 3))]))
        #expect(RenderMemo.Key(template: "a", arguments: []) != RenderMemo.Key(template: "b", arguments: []))
    }

    @Test func aFailedCallIsNotKept() throws {
        let memo = RenderMemo()
        let partials = ["divide": "{{ 10 | divided_by: n }}"]
        #expect(throws: TemplateError.self) { try render("{% render 'divide', n: 0 %}", [:], memo: memo, partials: partials) }
        #expect(throws: TemplateError.self) { try render("{% render 'divide', n: 0 %}", [:], memo: memo, partials: partials) }
        #expect(try render("{% render 'divide', n: 2 %}", [:], memo: memo, partials: partials) == "5")
    }

    @Test func aMemoPastItsLimitStartsAgainAndStillRendersRight() throws {
        let memo = RenderMemo(byteLimit: 200)
        let partials = ["line": "{{ n }} {{ pad }}"]
        var expected = ""
        var source = ""
        for n in 0..<20 {
            source += "{% render 'line', n: \(n), pad: '\(String(repeating: "x", count: 40))' %};"
            expected += "\(n) \(String(repeating: "x", count: 40));"
        }
        #expect(try render(source + source, [:], memo: memo, partials: partials) == expected + expected)
    }

    @Test func aMemoPastItsLimitKeepsWhatIsStillAskedFor() throws {
        // Every output counts 65 bytes ("x" or "a", and 64 for its key): a generation holds three.
        let item = CountedItem("a", identity: "item-1")
        let memo = RenderMemo(byteLimit: 400)
        let partials = ["card": "{{ item.name }}", "pad": "x"]
        let card = "{% render 'card', item: item %}"
        let pads = (1...6).map { "{% render 'pad', n: \($0) %}" }
        // Six outputs fill the limit; the card, asked for again in between, outlives the seventh, where a memo
        // emptied at its limit would render it again.
        let source = card + pads[0..<5].joined() + card + pads[5] + card
        #expect(try render(source, ["item": .object(item)], memo: memo, partials: partials) == "axxxxxaxa")
        #expect(item.reads == 1)
    }

    @Test func anEmptiedMemoRendersAgain() throws {
        let item = CountedItem("a", identity: "item-1")
        let memo = RenderMemo()
        _ = try render("{% render 'card', item: item %}", ["item": .object(item)], memo: memo)
        _ = try render("{% render 'card', item: item %}", ["item": .object(item)], memo: memo)
        #expect(item.reads == 1, "copied the second time")
        memo.removeAll()
        #expect(try render("{% render 'card', item: item %}", ["item": .object(item)], memo: memo) == "<b>a</b>")
        #expect(item.reads == 2, "rendered again once emptied")
    }

    @Test func copiedOutputStillCountsAgainstTheOutputLimit() {
        let item = CountedItem(String(repeating: "y", count: 60), identity: "long")
        var environment = environment(memo: RenderMemo(), partials: ["card": "{{ item.name }}"])
        environment.limits.maxOutputBytes = 100
        #expect(throws: TemplateError.self) {
            try environment.render(environment.parse("{% render 'card', item: item %}{% render 'card', item: item %}", name: "page"),
                                   data: ["item": .object(item)])
        }
    }
}
