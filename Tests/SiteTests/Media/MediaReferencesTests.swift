import Content
import Testing
@testable import Site

@Suite struct MediaReferencesTests {
    let references = MediaReferences(mediaFiles: ["amal.jpg", "docs/report.pdf"], basePath: "/")

    func bundle() throws -> PublishedItem {
        let metadata = ItemMetadata(kind: .story, title: "Samir", slug: try Slug("samir"), lang: .english,
                                    sourcePath: "content/stories/samir/index.md", bundleFolder: "content/stories/samir",
                                    bundleFiles: ["content/stories/samir/photo.png"])
        return PublishedItem(.story(Story(metadata: metadata, date: try ContentDate("2026-09-01"), consent: .given)))
    }

    @Test func resolvesMediaAndBundleFilesOnly() throws {
        let item = try bundle()
        #expect(references.resolve("/media/amal.jpg", in: item) == MediaFile(source: "content/media/amal.jpg", output: "media/amal.jpg"))
        #expect(references.resolve("../../media/docs/report.pdf#page=2", in: item)?.source == "content/media/docs/report.pdf")
        #expect(references.resolve("photo.png", in: item) == MediaFile(source: "content/stories/samir/photo.png", output: "stories/samir/photo.png"))
        #expect(references.resolve("https://example.org/media/amal.jpg", in: item) == nil)
        #expect(references.resolve("/media/missing.jpg", in: item) == nil)
        #expect(references.resolve("../../../etc/passwd", in: item) == nil)
    }

    @Test(arguments: [
        ("https://example.org", true), ("mailto:a@example.org", true), ("web+app:x", true), ("Data:image/png", true),
        ("photo.png", false), ("/media/a:b.jpg", false), ("1http://x", false), ("caf\u{E9}:x", false), ("a b:c", false), (":x", false),
    ])
    func aSchemeIsAnASCIILetterThenLettersDigitsPlusMinusOrDotBeforeAColon(reference: String, isScheme: Bool) {
        #expect(MediaReferences.hasScheme(Substring(reference)) == isScheme)
    }

    @Test func anItemUsesItsBundleFilesPhotoAndBodyReferences() throws {
        var item = try bundle()
        item.bodyLinks = ["/media/docs/report.pdf", "https://example.org/x.jpg", "/stories/other/"]
        item.bodyImages = [.init(source: "/media/amal.jpg", alt: "Amal", line: 1, column: 1)]
        #expect(references.files(of: item).map(\.source) == ["content/media/amal.jpg", "content/media/docs/report.pdf",
                                                             "content/stories/samir/photo.png"])
    }
}
