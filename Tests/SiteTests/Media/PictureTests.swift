import Testing
@testable import Site

@Suite struct PictureTests {
    let picture = Picture(
        webp: [360, 720, 1080].map { Picture.Candidate(url: "/m/a-\($0).webp", width: $0, height: $0 * 3 / 4) },
        fallback: [360, 720, 1080].map { Picture.Candidate(url: "/m/a-\($0).jpg", width: $0, height: $0 * 3 / 4) },
        alt: "A \"quoted\" <field>")

    @Test func markupOffersWebPFirstWithSizesAndDimensions() {
        #expect(picture.html(lazy: true) == "<picture><source type=\"image/webp\" srcset=\"/m/a-360.webp 360w, /m/a-720.webp 720w, "
            + "/m/a-1080.webp 1080w\" sizes=\"\(Picture.sizes)\"><img src=\"/m/a-720.jpg\" srcset=\"/m/a-360.jpg 360w, /m/a-720.jpg 720w, "
            + "/m/a-1080.jpg 1080w\" sizes=\"\(Picture.sizes)\" width=\"1080\" height=\"810\" alt=\"A &#34;quoted&#34; &lt;field&gt;\" "
            + "loading=\"lazy\" decoding=\"async\"></picture>")
        #expect(!picture.html(lazy: false).contains("loading="))
    }

    @Test func aPhoneLoadsTheNarrowVariant() {
        // A 360 px phone shows the column 328 px wide: the 360w variant at density 1, 720w at density 2.
        #expect(picture.chosen(cssWidth: 328, density: 1).url == "/m/a-360.webp")
        #expect(picture.chosen(cssWidth: 328, density: 2).url == "/m/a-720.webp")
        #expect(picture.chosen(cssWidth: 704, density: 2, webpSupported: false).url == "/m/a-1080.jpg")
    }
}
