import Testing
import Liquid

@Suite struct StringFiltersTests {
    @Test(arguments: [
        ("append", Value.string("hello"), [Value.int(5)], "hello5"),
        ("append", .nil, ["hi"], "hi"),
        ("prepend", .int(5), ["there"], "there5"),
        ("capitalize", "hello WORLD", [], "Hello world"),
        ("downcase", "HéLLO", [], "héllo"),
        ("upcase", .int(5), [], "5"),
        ("lstrip", " \t\r\n hello \n", [], "hello \n"),
        ("rstrip", " hello \t\r\n", [], " hello"),
        ("strip", " \u{0B}hello\0 ", [], "hello"),
        ("strip_newlines", "a\r\nb\nc\rd", [], "abc\rd"),
        ("remove", "I strained to see the train through the rain", ["rain"], "I sted to see the t through the "),
        ("remove_first", "rain rain", ["rain"], " rain"),
        ("remove_last", "rain rain", ["rain"], "rain "),
        ("remove", "hello", [""], "hello"),
        ("replace", "Take my protein", ["my", "your"], "Take your protein"),
        ("replace", "hello", ["ll"], "heo"),
        ("replace", "ab", [.nil, "#"], "#a#b#"),
        ("replace_first", "my my", ["my", "your"], "your my"),
        ("replace_first", "ab", [.nil, "#"], "#ab"),
        ("replace_last", "my my", ["my", "your"], "my your"),
        ("replace_last", "ab", [.nil, "#"], "ab#"),
        ("replace", "héllo wörld", ["ö", "o"], "héllo world"),
        ("slice", "hello", [1], "e"),
        ("slice", "hello", [1, 3], "ell"),
        ("slice", "hello", ["3", "2"], "lo"),
        ("slice", "Liquid", [-2, 99], "id"),
        ("slice", "Liquid", [-2, -1], ""),
        ("slice", "hello", [99], ""),
        ("slice", "hello", [1, .nil], "e"),
        ("slice", .int(5), [1], ""),
        ("slice", "naïve", [2, 2], "ïv"),
        ("truncate", "Ground control to Major Tom.", [20], "Ground control to..."),
        ("truncate", "Ground control to Major Tom.", [25, ", and so on"], "Ground control, and so on"),
        ("truncate", "Ground control to Major Tom.", [20, ""], "Ground control to Ma"),
        ("truncate", "Ground control", [20], "Ground control"),
        ("truncate", "Ground control to Major Tom. Ground control to Major Tom.", [], "Ground control to Major Tom. Ground control to ..."),
        ("truncate", "abcdef", [2], "..."),
        ("truncatewords", "    one    two three    four  ", [2], "one two..."),
        ("truncatewords", "one two three", [2, 1], "one two1"),
        ("truncatewords", "one two three four", [0], "one..."),
        ("truncatewords", "one  two", [3], "one  two"),
        ("truncatewords", "a b c d e f g h i j k l m n o p q", [], "a b c d e f g h i j k l m n o..."),
        ("size", "héllo", [], "5"),
        ("size", [1, 2, 3], [], "3"),
        ("size", ["a": 1, "b": 2], [], "2"),
        ("size", .nil, [], "0"),
        ("size", .int(5), [], "0"),
    ] as [(String, Value, [Value], String)])
    func renders(name: String, input: Value, arguments: [Value], expected: String) throws {
        #expect(try render(name, input, arguments) == expected)
    }

    @Test(arguments: [
        ("Hi, how are you?", Value.string(" "), ["Hi,", "how", "are", "you?"]),
        ("  a \n b\tc  ", " ", ["a", "b", "c"]),
        ("a,,b,,", ",", ["a", "", "b"]),
        (",a", ",", ["", "a"]),
        (",", ",", []),
        ("abc", "", ["a", "b", "c"]),
        ("abc", .nil, ["a", "b", "c"]),
        ("", ",", []),
        ("Hello there", .bool(false), ["Hello there"]),
        ("hello th1ere", .int(1), ["hello th", "ere"]),
    ] as [(String, Value, [String])])
    func split(text: String, separator: Value, expected: [String]) throws {
        let result = try applyFilter("split", .string(text), [separator])
        #expect(result.inputElements.map(\.renderedText) == expected)
    }

    @Test func sliceOfArrays() throws {
        #expect(try render("slice", [1, 2, 3, 4, 5], [2, 3]) == "345")
        #expect(try applyFilter("slice", [1, 2, 3], [-1]).debugShape == "array([Liquid.Value.int(3)])")
        #expect(try applyFilter("slice", .range(1, 5), [1, 2]).debugShape == "array([Liquid.Value.int(2), Liquid.Value.int(3)])")
        #expect(try render("slice", [1, 2], [5]) == "")
    }

    @Test(arguments: [
        ("slice", [Value.double(2.2)]), ("slice", ["foo"]), ("slice", [.nil, 3]), ("slice", [1, 2.2]),
        ("truncate", [.nil]), ("truncatewords", [.nil]),
    ] as [(String, [Value])])
    func nonIntegerCountsAreErrors(name: String, arguments: [Value]) {
        #expect(filterError(name, "hello", arguments) != nil)
    }

    @Test func argumentCountsAreChecked() {
        #expect(filterError("append", "hello", []) == "filter 'append' expects 1 argument, got 0")
        #expect(filterError("upcase", "hello", [5]) == "filter 'upcase' expects no arguments, got 1")
        #expect(filterError("replace_last", "hello", ["ll"]) == "filter 'replace_last' expects 2 arguments, got 1")
        #expect(filterError("truncate", "hello", [5, "a", "b"]) == "filter 'truncate' expects at most 2 arguments, got 3")
    }

    @Test(arguments: [
        (Value.bool(false), [Value.string("bar")], [String: Value](), "bar"),
        (.bool(false), ["bar"], ["allow_false": true], "false"),
        (.nil, ["bar"], ["allow_false": true], "bar"),
        (.double(0.0), ["bar"], [:], "0.0"),
        (.int(0), ["bar"], [:], "0"),
        (.string(""), ["foo"], [:], "foo"),
        (.array([]), ["foo"], [:], "foo"),
        (.dictionary([:]), ["foo"], [:], "foo"),
        (.empty, [.nil], [:], ""),
        (.bool(false), [], [:], ""),
        (.string("hello"), ["foo"], [:], "hello"),
    ])
    func defaultFilter(input: Value, arguments: [Value], keyword: [String: Value], expected: String) throws {
        #expect(try render("default", input, arguments, keyword: keyword) == expected)
    }

    @Test func defaultRejectsUnknownKeywords() {
        #expect(filterError("default", .nil, ["x"], keyword: ["allow": true])
            == "filter 'default' got an unexpected keyword argument 'allow'; expected 'allow_false'")
        #expect(filterError("default", .nil, ["a", "b"]) == "filter 'default' expects at most 1 argument, got 2")
    }

    @Test func safeTextStaysSafeAndSplicedTextIsEscaped() throws {
        let context = FilterContext(autoescape: true)
        let appended = try applyFilter("append", .safeString("<b>hi</b>"), ["<i>"], context: context)
        #expect(appended.debugShape == #"safeString("<b>hi</b>&lt;i&gt;")"#)
        let plain = try applyFilter("append", "<b>", ["<i>"], context: context)
        #expect(plain.debugShape == #"string("<b><i>")"#)
        let upcased = try applyFilter("upcase", .safeString("<b>x</b>"), context: context)
        #expect(upcased.debugShape == #"safeString("<B>X</B>")"#)
        let replaced = try applyFilter("replace", .safeString("<p>X</p>"), ["X", .safeString("<em>y</em>")], context: context)
        #expect(replaced.debugShape == #"safeString("<p><em>y</em></p>")"#)
    }
}
