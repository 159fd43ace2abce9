import Foundation
import Testing
@testable import Liquid

/// Filters that could build a result far larger than their input check the limits while building.
@Suite struct FilterArgumentsLimitsTests {
    static let tight = FilterContext(limits: RenderLimits(maxLoopIterations: 1000, maxOutputBytes: 2000))

    static func failure(_ name: String, _ input: Value, _ positional: [Value]) -> String? {
        do {
            _ = try applyFilter(name, input, positional, context: tight)
            return nil
        } catch {
            return (error as? FilterError)?.message ?? "\(error)"
        }
    }

    /// `split: ''` of 32 MB used to build 33 million values (2.2 GB) before the loop limit was checked.
    @Test(arguments: [
        (String(repeating: "x", count: 100_000), ""),
        (String(repeating: "é", count: 1001), ""),
        (String(repeating: "a ", count: 1001), " "),
        (String(repeating: "a,", count: 1001), ","),
        (String(repeating: ",a", count: 1001), ","),
    ])
    func splitStopsAtTheLoopLimit(_ text: String, _ separator: String) {
        #expect(Self.failure("split", .string(text), [.string(separator)]) == "result would have more than 1000 items, the loop limit")
    }

    @Test func splitUpToTheLoopLimitStillWorks() throws {
        let pieces = try applyFilter("split", .string(String(repeating: "a,", count: 1000) + ",,,"), [","], context: Self.tight)
        #expect(pieces.elementCount == 1000)
        #expect(try applyFilter("split", ",,a,,b,,,", [","], context: Self.tight).renderedText == "ab")
        #expect(try applyFilter("split", ",,a,,b,,,", [","], context: Self.tight).elementCount == 5)
        #expect(try applyFilter("split", .string(String(repeating: "é", count: 1000)), [""], context: Self.tight).elementCount == 1000)
    }

    @Test func joinRefusesAResultPastTheOutputLimitBeforeBuildingIt() throws {
        let items = Value.array(Array(repeating: "ab", count: 100))
        #expect(Self.failure("join", items, [.string(String(repeating: "-", count: 19))]) == "result would exceed the output limit of 2000 bytes")
        #expect(try applyFilter("join", items, [.string(String(repeating: "-", count: 18))], context: Self.tight).renderedText.utf8.count == 1982)
    }

    @Test(arguments: ["replace", "replace_first", "replace_last"])
    func replaceRefusesAResultPastTheOutputLimit(_ name: String) throws {
        let long = Value.string(String(repeating: "y", count: 2001))
        #expect(Self.failure(name, "axa", ["x", long]) == "result would exceed the output limit of 2000 bytes")
        #expect(try applyFilter(name, "axa", ["x", "yy"], context: Self.tight).renderedText == "ayya")
    }

    @Test func replaceAllCountsEveryMatchAgainstTheLimit() throws {
        let text = Value.string(String(repeating: "x", count: 1000))
        #expect(Self.failure("replace", text, ["x", "yyy"]) == "result would exceed the output limit of 2000 bytes")
        #expect(try applyFilter("replace", text, ["x", "yy"], context: Self.tight).renderedText.utf8.count == 2000)
        #expect(Self.failure("replace", text, ["", "y"]) == "result would exceed the output limit of 2000 bytes")
        #expect(try applyFilter("replace", "abc", ["", "-"], context: Self.tight).renderedText == "-a-b-c-")
        // Shrinking a text longer than the limit is fine: the result is what counts.
        let huge = Value.string(String(repeating: "xy", count: 1500))
        #expect(try applyFilter("replace", huge, ["y", ""], context: Self.tight).renderedText.utf8.count == 1500)
    }

    @Test func limitsFollowTheEnvironment() {
        let messages = errorMessages("{{ x | split: '' | size }}", ["x": .string(String(repeating: "x", count: 5000))],
                                     limits: RenderLimits(maxLoopIterations: 1000))
        #expect(messages == ["page:1:1: error: split: result would have more than 1000 items, the loop limit"])
    }
}
