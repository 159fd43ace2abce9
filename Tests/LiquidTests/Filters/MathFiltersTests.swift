import Testing
import Liquid

@Suite struct MathFiltersTests {
    @Test(arguments: [
        ("abs", Value.double(-5.4), [Value](), "double(5.4)"),
        ("abs", "-5", [], "int(5)"),
        ("abs", "-5.1", [], "double(5.1)"),
        ("abs", "hello", [], "int(0)"),
        ("abs", .nil, [], "int(0)"),
        ("ceil", 5.4, [], "int(6)"),
        ("ceil", "-5.1", [], "int(-5)"),
        ("floor", -5.4, [], "int(-6)"),
        ("floor", .dictionary([:]), [], "int(0)"),
        ("round", 5.666, [], "int(6)"),
        ("round", "5.666666", [2], "double(5.67)"),
        ("round", 5.666, [1.2], "double(5.7)"),
        ("round", 5.666, ["1"], "double(5.7)"),
        ("round", 5.666, ["foo"], "int(6)"),
        ("round", 5.666, [-2], "int(0)"),
        ("round", 2.675, [2], "double(2.68)"),
        ("round", -2.5, [], "int(-3)"),
        ("round", 1250, [-2], "int(1300)"),
        ("round", 5, [2], "int(5)"),
        ("plus", 10, [2], "int(12)"),
        ("plus", 10, [2.0], "double(12.0)"),
        ("plus", "1", [1], "int(2)"),
        ("plus", 0.1, [0.2], "double(0.3)"),
        ("plus", "foo", ["2.0"], "double(2.0)"),
        ("plus", .nil, [2], "int(2)"),
        ("plus", Value.int(.max), [1], "double(9.223372036854776e+18)"),
        ("minus", 10.1, [2.2], "double(7.9)"),
        ("minus", .dictionary([:]), [1], "int(-1)"),
        ("times", 5, [2.1], "double(10.5)"),
        ("times", "5.0", ["2.1"], "double(10.5)"),
        ("times", 5, [.nil], "int(0)"),
        ("divided_by", 9, [2], "int(4)"),
        ("divided_by", -7, [2], "int(-4)"),
        ("divided_by", 20, [7.0], "double(2.857142857142857)"),
        ("divided_by", 0.3, [0.1], "double(3.0)"),
        ("divided_by", "10", ["2"], "int(5)"),
        ("divided_by", "", [2], "int(0)"),
        ("modulo", 10, [3], "int(1)"),
        ("modulo", -7, [3], "int(2)"),
        ("modulo", 7, [-3], "int(-2)"),
        ("modulo", 10.1, [7.0], "double(3.1)"),
        ("modulo", "foo", ["2.0"], "double(0.0)"),
        ("at_least", 5, [8], "int(8)"),
        ("at_least", "abc", [-2], "int(0)"),
        ("at_least", 5.4, [8.9], "double(8.9)"),
        ("at_most", "9", [8], "int(8)"),
        ("at_most", 5, [.nil], "int(0)"),
    ] as [(String, Value, [Value], String)])
    func computes(name: String, input: Value, arguments: [Value], expected: String) throws {
        #expect(try applyFilter(name, input, arguments).debugShape == expected)
    }

    @Test func floatsPrintLikeRuby() throws {
        #expect(try render("times", 3, [0.1]) == "0.3")
        #expect(try render("divided_by", 10, [2.0]) == "5.0")
    }

    @Test(arguments: [
        ("divided_by", Value.int(10), [Value.int(0)], "divided by 0"),
        ("divided_by", "10", ["foo"], "divided by 0"),
        ("divided_by", 10, [.nil], "divided by 0"),
        ("modulo", 5, [.nil], "divided by 0"),
        ("modulo", 5.5, [0.0], "divided by 0"),
        ("plus", 5, [1, "5"], "filter 'plus' expects 1 argument, got 2"),
        ("times", 5, [], "filter 'times' expects 1 argument, got 0"),
        ("abs", -3, [1], "filter 'abs' expects no arguments, got 1"),
        ("round", 5, [1, 2], "filter 'round' expects at most 1 argument, got 2"),
    ] as [(String, Value, [Value], String)])
    func errors(name: String, input: Value, arguments: [Value], message: String) {
        #expect(filterError(name, input, arguments) == message)
    }
}
