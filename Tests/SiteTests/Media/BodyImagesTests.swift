import Content
import Testing
@testable import Site

@Suite struct BodyImagesTests {
    let picture = Picture(webp: [Picture.Candidate(url: "/media/a-360.webp", width: 360, height: 240)],
                          fallback: [Picture.Candidate(url: "/media/a-360.jpg", width: 360, height: 240)])

    func item() throws -> PublishedItem {
        let metadata = ItemMetadata(kind: .story, title: "S", slug: try Slug("s"), lang: .english, sourcePath: "content/stories/s.md")
        return PublishedItem(.story(Story(metadata: metadata, date: try ContentDate("2026-09-01"), consent: .given)))
    }

    @Test func replacesLocalPicturesAndLinksToThemKeepingEverythingElse() throws {
        let rewriter = BodyImages(references: MediaReferences(mediaFiles: ["a.jpg"], basePath: "/"), pictures: ["media/a.jpg": picture])
        let html = "<p><img src=\"/media/a.jpg\" alt=\"Amal &amp; Sara\" /> <img src=\"https://example.org/b.jpg\" alt=\"B\" />"
            + " <a href=\"/media/a.jpg\">full size</a> <a href=\"/stories/\">x</a></p>\n"
        #expect(rewriter.rewrite(html, of: try item()) == "<p>" + Picture(webp: picture.webp, fallback: picture.fallback, alt: "Amal & Sara").html(lazy: true)
            + " <img src=\"https://example.org/b.jpg\" alt=\"B\" /> <a href=\"/media/a-360.jpg\">full size</a> <a href=\"/stories/\">x</a></p>\n")
    }
}
