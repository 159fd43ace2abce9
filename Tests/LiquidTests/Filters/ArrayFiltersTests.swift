import Testing
import Liquid

@Suite struct ArrayFiltersTests {
    static let people: Value = [
        ["name": "Ann", "age": 31, "admin": true],
        ["name": "bob", "age": 25, "admin": false],
        ["name": "Cid", "admin": .nil],
    ]

    @Test(arguments: [
        ("join", Value.array(["a", "b", 1]), [Value.string("#")], "a#b#1"),
        ("join", ["a", "b"], [], "a b"),
        ("join", ["a", "b"], [.nil], "ab"),
        ("join", [["a", "x"], ["b", ["y"]]], ["#"], "a#x#b#y"),
        ("join", .range(1, 3), ["#"], "1#2#3"),
        ("join", .int(12), ["#"], "12"),
        ("join", .nil, ["#"], ""),
        ("first", ["a", "b"], [], "a"),
        ("first", .range(1, 3), [], "1"),
        ("first", "hello", [], "h"),
        ("first", .int(12), [], ""),
        ("last", ["a", "b", 1, [], [:]], [], "{}"),
        ("last", ["b": 1], [], ""),
        ("last", .range(1, 3), [], "3"),
        ("concat", "ab", [["c", "d"]], "abcd"),
        ("concat", .nil, [["c", "d"]], "cd"),
        ("concat", .range(1, 3), [[5]], "1235"),
        ("reverse", ["a", "b", 1, [], [:]], [], "{}1ba"),
        ("reverse", .int(123), [], "123"),
        ("sort", [1, 1000, 3, 30], [], "13301000"),
        ("sort", ["b", "a", "C", "B", "A"], [], "ABCab"),
        ("sort", ["b", .nil, "a"], [], "ab"),
        ("sort_natural", ["b", "a", "C", "B", "A"], [], "aAbBC"),
        ("sort_natural", [[:], 1, "4"], [], "14{}"),
        ("uniq", ["a", "b", "b", "a"], [], "ab"),
        ("uniq", [1, 1.0, "1", 1], [], "11.01"),
        ("uniq", ["a", [], [:], [:]], [], "a{}"),
        ("compact", ["b", .nil, "a", .bool(false)], [], "bafalse"),
        ("map", people, ["name"], "AnnbobCid"),
        ("map", [["title": "foo"], [["title": "bar"]]], ["title"], "foobar"),
        ("map", ["title": "foo"], ["title"], "foo"),
        ("sum", [1, [2, [3]]], [], "6"),
        ("sum", ["-1", "-2", "2.5"], [], "-0.5"),
        ("sum", [0.1, 0.2], [], "0.3"),
        ("sum", people, ["age"], "56"),
        ("sum", [], [], "0"),
        ("sum", [["k": 1]], [], "0"),
    ] as [(String, Value, [Value], String)])
    func renders(name: String, input: Value, arguments: [Value], expected: String) throws {
        #expect(try render(name, input, arguments) == expected)
    }

    @Test func sortByPropertyPutsMissingLast() throws {
        let sorted = try applyFilter("sort", [["t": "foo"], ["h": "Baz"], ["t": "Bar"]], ["t"])
        #expect(try render("map", sorted, ["t"]) == "Barfoo")
        #expect(try render("map", sorted, ["h"]) == "Baz")
        let natural = try applyFilter("sort_natural", [["t": 9], ["t": 1111], ["t": 87]], ["t"])
        #expect(try render("map", natural, ["t"]) == "1111879")
    }

    @Test func sortOfIncompatibleTypesFails() {
        let message = filterError("sort", [[:], 1, "4"])
        #expect(message?.hasPrefix("filter 'sort' cannot sort values of incompatible types (") == true)
    }

    @Test(arguments: [
        ("where", [Value.string("admin")], "Ann"),
        ("where", ["admin", .bool(false)], "bob"),
        ("where", ["age", 25], "bob"),
        ("where", ["age", "25"], ""),
        ("where", [.nil], ""),
        ("reject", ["admin"], "bobCid"),
        ("reject", ["admin", .bool(false)], "AnnCid"),
        ("find", ["age", 25], "bob"),
    ] as [(String, [Value], String)])
    func selectsByProperty(name: String, arguments: [Value], expected: String) throws {
        let selected = try applyFilter(name, Self.people, arguments)
        #expect(try render("map", .array(selected.inputElements), ["name"]) == expected)
    }

    @Test func findIndexAndHas() throws {
        #expect(try render("find_index", Self.people, ["name", "Cid"]) == "2")
        #expect(try render("find_index", Self.people, ["name", "Dan"]) == "")
        #expect(try render("has", Self.people, ["admin"]) == "true")
        #expect(try render("has", Self.people, ["name", "Dan"]) == "false")
        #expect(try render("has", [], ["x"]) == "false")
        #expect(try render("has", [1, 2, 3], [2]) == "true")
        #expect(try render("find", ["x", "y", "zoo"], ["oo"]) == "zoo")
        #expect(try render("find", ["z": 42], ["z"]) == "{\"z\"=>42}")
    }

    @Test func anItemWithoutPropertiesEndsTheSearchWithNil() throws {
        #expect(try applyFilter("find", [["x": 99], .nil, ["z": 42]], ["z", 42]).isNil)
        #expect(try applyFilter("has", ["x", .nil, "z"], ["z"]).isNil)
        #expect(try applyFilter("reject", ["x", "y", "cat", .nil], ["c"]).isNil)
    }

    @Test(arguments: [
        ("map", Value.array([["title": "foo"], 5]), [Value.string("title")], "filter 'map' cannot select the property 'title' of integer 5"),
        ("map", .int(123), ["title"], "filter 'map' cannot select the property 'title' of integer 123"),
        ("where", .int(123), ["title"], "filter 'where' cannot select the property 'title' of integer 123"),
        ("has", [1, 2, 3], ["2"], "filter 'has' cannot select the property '2' of integer 1"),
        ("sum", [1, 2], ["k"], "filter 'sum' cannot select the property 'k' of integer 1"),
        ("concat", ["a"], [5], "filter 'concat' expects an array argument, got integer 5"),
        ("concat", ["a"], [.nil], "filter 'concat' expects an array argument, got nil"),
        ("reverse", [], [0], "filter 'reverse' expects no arguments, got 1"),
        ("where", [], [], "filter 'where' expects 1 or 2 arguments, got 0"),
    ] as [(String, Value, [Value], String)])
    func errors(name: String, input: Value, arguments: [Value], message: String) {
        #expect(filterError(name, input, arguments) == message)
    }

    @Test func uniqAndCompactByProperty() throws {
        let items: Value = [["t": "foo", "n": "a"], ["t": "foo", "n": "b"], ["t": "bar", "n": "c"], ["h": "x", "n": "d"], ["h": "y", "n": "e"]]
        #expect(try render("map", applyFilter("uniq", items, ["t"]), ["n"]) == "acd")
        #expect(try render("map", applyFilter("compact", items, ["t"]), ["n"]) == "abc")
    }

    @Test func joinEscapesUnsafePartsWhenMixingWithSafeText() throws {
        let context = FilterContext(autoescape: true)
        let joined = try applyFilter("join", [.safeString("<b>a</b>"), "<i>"], [", "], context: context)
        #expect(joined.debugShape == #"safeString("<b>a</b>, &lt;i&gt;")"#)
        #expect(try applyFilter("join", ["<i>", "x"], ["-"], context: context).debugShape == #"string("<i>-x")"#)
    }
}
