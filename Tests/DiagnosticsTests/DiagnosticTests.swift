import Diagnostics
import Testing

@Suite struct DiagnosticTests {
    @Test func describesErrorsAndWarningsWithTheirPlace() {
        let error = Diagnostic(severity: .error, path: "content/stories/amal.md", line: 4, column: 10,
                               message: "unknown consent 'yes'")
        let warning = Diagnostic.warning("unknown field 'titel'", path: "content/site.yml", line: 2, column: 1)
        #expect(error.description == "content/stories/amal.md:4:10: error: unknown consent 'yes'")
        #expect(warning.description == "content/site.yml:2:1: warning: unknown field 'titel'")
    }

    @Test func sortsByPathLineColumnSeverityMessage() {
        let items = [
            Diagnostic.warning("b", path: "b.md", line: 1, column: 1),
            Diagnostic.warning("a", path: "a.md", line: 2, column: 1),
            Diagnostic.warning("w", path: "a.md", line: 1, column: 5),
            Diagnostic.error("z", path: "a.md", line: 1, column: 5),
            Diagnostic.error("a", path: "a.md", line: 1, column: 5),
            Diagnostic.error("c", path: "a.md", line: 1, column: 2),
        ]
        #expect(items.sorted().map(\.description) == [
            "a.md:1:2: error: c",
            "a.md:1:5: error: a",
            "a.md:1:5: error: z",
            "a.md:1:5: warning: w",
            "a.md:2:1: warning: a",
            "b.md:1:1: warning: b",
        ])
    }
}
