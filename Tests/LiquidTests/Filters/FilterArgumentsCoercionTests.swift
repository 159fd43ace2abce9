import Testing
@testable import Liquid

@Suite struct FilterArgumentsCoercionTests {
    @Test(arguments: [
        (0...0, 1, "filter 'f' expects no arguments, got 1"),
        (1...1, 2, "filter 'f' expects 1 argument, got 2"),
        (1...1, 0, "filter 'f' expects 1 argument, got 0"),
        (2...2, 3, "filter 'f' expects 2 arguments, got 3"),
        (0...1, 2, "filter 'f' expects at most 1 argument, got 2"),
        (1...2, 3, "filter 'f' expects 1 or 2 arguments, got 3"),
        (1...3, 0, "filter 'f' expects 1 to 3 arguments, got 0"),
    ])
    func argumentCountErrors(counts: ClosedRange<Int>, given: Int, message: String) {
        let arguments = FilterArguments(filterName: "f", positional: Array(repeating: .int(1), count: given))
        #expect(throws: FilterError(message)) { try arguments.expect(counts) }
    }

    @Test func acceptedCountsDoNotThrow() throws {
        try FilterArguments(filterName: "f", positional: [1, 2]).expect(1...2)
    }

    @Test func unknownKeywordIsNamed() {
        let arguments = FilterArguments(filterName: "default", positional: ["x"], keyword: ["allow_flase": true])
        #expect(throws: FilterError("filter 'default' got an unexpected keyword argument 'allow_flase'; expected 'allow_false'")) {
            try arguments.expect(0...1, keywords: ["allow_false"])
        }
    }

    @Test func absentArgumentIsNotValueNil() {
        let arguments = FilterArguments(filterName: "f", positional: [.nil])
        #expect(arguments.argument(0)?.isNil == true)
        #expect(arguments.argument(1) == nil)
    }

    @Test(arguments: [
        (Value.int(5), LiquidNumber.integer(5)),
        (.double(5.5), .float(5.5)),
        (.string("5"), .integer(5)),
        (.string(" -5.5 "), .float(-5.5)),
        (.string("12abc"), .integer(12)),
        (.string("1_000"), .integer(1000)),
        (.string("5."), .integer(5)),
        (.string("hello"), .integer(0)),
        (.nil, .integer(0)),
        (.bool(true), .integer(0)),
        (.dictionary([:]), .integer(0)),
    ])
    func numbersFollowRuby(value: Value, expected: LiquidNumber) {
        #expect(value.liquidNumber == expected)
    }

    @Test(arguments: [
        (Value.int(3), Optional(3)), (.string("3"), 3), (.string(" -2 "), -2),
        (.string("2.2"), nil), (.double(2.0), nil), (.string("foo"), nil), (.nil, nil),
    ])
    func strictIntegers(value: Value, expected: Int?) {
        #expect(value.liquidInteger == expected)
    }

    @Test func integerArgumentErrorNamesTheValue() {
        let arguments = FilterArguments(filterName: "slice", positional: ["foo"])
        #expect(throws: FilterError("filter 'slice' expects an integer argument, got string 'foo'")) {
            try arguments.integer(0, default: 0)
        }
        #expect((try? arguments.integer(1, default: 7)) == 7)
    }

    @Test(arguments: [
        (Value.nil, ""), (.int(5), "5"), (.double(1.5), "1.5"), (.bool(false), "false"), (.safeString("<b>"), "<b>"),
    ])
    func textIsRubyToS(value: Value, expected: String) {
        #expect(value.liquidText == expected)
    }

    @Test func inputElementsFlattenAndWrap() {
        #expect(Value.array([1, [2, [3]], []]).inputElements.map(\.renderedText) == ["1", "2", "3"])
        #expect(Value.range(1, 3).inputElements.count == 3)
        #expect(Value.nil.inputElements.isEmpty)
        #expect(Value.string("ab").inputElements.map(\.renderedText) == ["ab"])
        #expect(Value.dictionary(["a": 1]).inputElements.count == 1)
    }
}
