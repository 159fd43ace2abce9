import Foundation
import Markdown
@testable import Site
import Testing
import TestSupport

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

    private static let program = Fingerprint.of("this program")
    private static let renderer = MarkdownRenderer(allowUnsafeHTML: false)

    /// Where a memo in `folder` keeps its bodies.
    private static func file(in folder: TemporaryFolder) -> URL {
        folder.url.appendingPathComponent("markdown.cache")
    }

    @Test("the size reserved for the file is exactly what is written, so the buffer is never copied into a larger one")
    func encodedSizeIsExact() {
        #expect(MarkdownMemo.encode(Self.bodies, program: Self.program).count == MarkdownMemo.encodedSize(Self.bodies)
            + MarkdownMemo.encode([:], program: Self.program).count - MarkdownMemo.encodedSize([:]))
    }

    @Test("what is written reads back the same")
    func encodedBodiesReadBack() throws {
        let bytes = MarkdownMemo.encode(Self.bodies, program: Self.program)
        #expect(try #require(MarkdownMemo.decode(bytes, program: Self.program)) == Self.bodies)
    }

    @Test("a saved memo gives the next build the same renders, each decoded from the file when asked for")
    func aSavedMemoIsReadOneBodyAtATime() throws {
        let folder = TemporaryFolder(prefix: "memo")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        let renderer = Self.renderer
        let bodies = ["Café *one* [x](/x/)", "## Pay\n\n| a | b |\n|--:|---|\n| 1 | 2 |", "Three <span>raw</span>"]
        let first = MarkdownMemo(file: file, reading: false)
        let rendered = bodies.map { first.rendered($0, by: renderer) }
        first.save()

        let mapped = try #require(MappedFile(file))
        #expect(MarkdownMemo.index(mapped, program: MarkdownMemo.programStamp())?.count == 3)
        #expect(MarkdownMemo.index(mapped, program: Self.program) == nil, "another program's file is not read")

        let next = MarkdownMemo(file: file, reading: true)
        #expect(bodies.map { next.rendered($0, by: renderer) } == rendered)
        #expect(next.reused == 3)
        #expect(next.rendered("A new body.", by: renderer) == renderer.render("A new body."))
        #expect(next.reused == 3)
    }

    @Test("the file keeps the bodies in the order of the items that asked for them, so the next build reads it front to back")
    func theFileKeepsTheBuildsOrder() throws {
        let folder = TemporaryFolder(prefix: "memo-order")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        let renderer = Self.renderer
        let bodies = (0..<40).map { "Body number \($0)." }
        let memo = MarkdownMemo(file: file, reading: false)
        // Asked for out of order, as the threads of a build ask; the same body for two items takes the first place.
        for place in (0..<40).reversed() { _ = memo.rendered(bodies[place], by: renderer, place: place) }
        _ = memo.rendered(bodies[3], by: renderer, place: 41)
        memo.save()
        let mapped = try #require(MappedFile(file))
        let ranges = try #require(MarkdownMemo.index(mapped, program: MarkdownMemo.programStamp()))
        let keys = bodies.map { memo.key($0, allowUnsafeHTML: false) }
        let offsets = keys.map { ranges[$0]?.lowerBound ?? -1 }
        #expect(offsets == offsets.sorted() && !offsets.contains(-1), "each body where its first item asked for it")
        let next = MarkdownMemo(file: file, reading: true)
        for (place, body) in bodies.enumerated() { #expect(next.rendered(body, by: renderer, place: place) == renderer.render(body)) }
        #expect(next.reused == 40)
    }

    @Test("a memo of many blocks is written a few blocks at a time and read back from the mapped file, body by body")
    func aLargeMemoIsWrittenInPieces() throws {
        var bodies: [Fingerprint: RenderedMarkdown] = [:]
        for number in 0..<3_000 {
            let text = String(repeating: "Paragraph \(number) of a long body. ", count: 30)
            bodies[Fingerprint.of("body \(number)")] = RenderedMarkdown(html: "<p>\(text)</p>\n", plainText: text, links: ["/n/\(number)/"], headings: [])
        }
        var pieces: [Int] = []
        var streamed: [UInt8] = []
        MarkdownMemo.encode(bodies, program: Self.program) { piece in
            pieces.append(piece.count)
            streamed += piece
        }
        #expect(pieces.count > 2, "\(streamed.count) bytes")
        #expect(pieces.dropLast().allSatisfy { $0 % Fingerprint.blockSize == 0 }, "whole blocks until the last piece")
        #expect(streamed == MarkdownMemo.encode(bodies, program: Self.program))

        let folder = TemporaryFolder(prefix: "memo")
        defer { folder.remove() }
        let file = Self.file(in: folder)
        try CacheFile.replace(file) { write in MarkdownMemo.encode(bodies, program: Self.program) { write($0[...]) } }
        let mapped = try #require(MappedFile(file))
        let ranges = try #require(MarkdownMemo.index(mapped, program: Self.program))
        #expect(ranges.count == bodies.count)
        #expect(try #require(MarkdownMemo.decode(try [UInt8](Data(contentsOf: file)), program: Self.program)) == bodies)

        var damaged = streamed
        damaged[Fingerprint.blockSize + 7] ^= 0x01
        #expect(MarkdownMemo.decode(damaged, program: Self.program) == nil, "a byte changed in the second block")
    }

    @Test("a reader hands back what it has read, a stride at a time, while checking the digest and while reading")
    func theReaderReleasesWhatItHasRead() throws {
        var writer = CacheBytesWriter(header: "test", version: 1)
        for number in 0..<100 { writer.add("text number \(number)") }
        let bytes = writer.finished()
        var offsets: [Int] = []
        var checking: [Int] = []
        try bytes.withUnsafeBytes { buffer in
            var reader = try #require(CacheBytesReader(buffer, header: "test", version: 1, releaseStride: 64) { offsets.append($0) })
            checking = offsets
            for number in 0..<100 { #expect(reader.text() == "text number \(number)") }
            #expect(reader.atEnd)
        }
        #expect(checking == Array(stride(from: 64, through: bytes.count - 16, by: 64)), "while the digest is checked")
        let reading = offsets.dropFirst(checking.count)
        #expect(reading.count > 10 && reading.last! > bytes.count - 16 - 64, "then while reading")
    }

    @Test("a file another program wrote is refused after its header, unread")
    func anotherProgramsFileIsRefused() {
        let bytes = MarkdownMemo.encode(Self.bodies, program: Self.program)
        #expect(MarkdownMemo.decode(bytes, program: Fingerprint.of("a newer program")) == nil)
    }
}
