import Diagnostics
import Testing

@Suite struct DiagnosticBagTests {
    @Test func countsAndSummarises() {
        var bag = DiagnosticBag()
        #expect(bag.summary == "no problems")
        bag.error("one", path: "a.md")
        #expect(bag.summary == "1 error")
        bag.warning("two", path: "a.md")
        bag.merge([Diagnostic.error("three", path: "b.md")])
        #expect(bag.errorCount == 2)
        #expect(bag.warningCount == 1)
        #expect(bag.hasErrors)
        #expect(bag.summary == "2 errors, 1 warning")
        #expect(DiagnosticBag.summary(errors: 0, warnings: 3) == "3 warnings")
    }

    @Test func mergesAndSortsResultsFromSeveralFiles() {
        var first = DiagnosticBag([.error("late", path: "z.md", line: 3, column: 1)])
        let second = DiagnosticBag([.warning("early", path: "a.md", line: 9, column: 9)])
        first.merge(second)
        first.sort()
        #expect(first.all.map(\.path) == ["a.md", "z.md"])
        #expect(first.sorted == first.all)
    }
}
