import Dispatch
import Synchronization
import Testing
@testable import Markdown

@Suite struct CMarkDocumentTests {
    /// The extensions' special characters live in one process-wide table; documents parsed at once must all still see them.
    @Test func documentsParsedAtOnceAllKeepStrikethroughAndTables() {
        let source = "Before ~~gone~~ after.\n\n| a | b |\n|---|--:|\n| 1 | 2 |\n\nAnd [a link](https://example.org/) with *emphasis*.\n"
        let renderer = MarkdownRenderer(allowUnsafeHTML: false)
        let failures = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 2_000) { _ in
            let html = renderer.render(source).html
            if !html.contains("<del>gone</del>") || !html.contains("<table>") || !html.contains("<em>emphasis</em>") {
                failures.add(1, ordering: .relaxed)
            }
        }
        #expect(failures.load(ordering: .relaxed) == 0)
    }
}
