import Markdown
@testable import Site
import Testing

@Suite("MarkdownMemo")
struct MarkdownMemoTests {
    private static let bodies: [Fingerprint: RenderedMarkdown] = [
        Fingerprint.of(Array("one".utf8)): RenderedMarkdown(
            html: "<p>Café <a href=\"/x/\">x</a></p>\n", plainText: "Café x", links: ["/x/", "https://example.org/"],
            headings: [.init(level: 2, text: "Pay")],
            droppedHTML: [.init(kind: .inline, line: 3, column: 4, snippet: "<span>")],
            images: [.init(source: "photo.jpg", alt: "A kitchen", line: 5, column: 1)]),
        Fingerprint.of(Array("two".utf8)): RenderedMarkdown(html: "", plainText: "", links: [], headings: []),
    ]

    @Test("the size reserved for the file is exactly what is written, so the buffer is never copied into a larger one")
    func encodedSizeIsExact() {
        let empty = MarkdownMemo.encode([:]).count
        #expect(MarkdownMemo.encode(Self.bodies).count - empty == MarkdownMemo.encodedSize(Self.bodies) - MarkdownMemo.encodedSize([:]))
    }

    @Test("what is written reads back the same")
    func encodedBodiesReadBack() throws {
        let decoded = try #require(MarkdownMemo.decode(MarkdownMemo.encode(Self.bodies)))
        #expect(decoded == Self.bodies)
    }
}
