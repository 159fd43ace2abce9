import Foundation
@testable import Images
import Testing

@Suite struct OpenGraphImageTests {
    static let colours = CardColours(
        background: RGBColour(hex: "#0b3d2e")!, text: RGBColour(hex: "#ffffff")!, accent: RGBColour(hex: "#f5b700")!
    )

    @Test func aPhotoIsCroppedTo1200x630WithoutMetadata() throws {
        let jpeg = try TestPictures.encode(pixels: TestPictures.marked(width: 800, height: 1000), width: 800, height: 1000, suffix: ".jpg[Q=90]", orientation: 6)
        let preview = try OpenGraphImage.cropped(photo: ImageSource(path: "amal.jpg", bytes: jpeg))
        let decoded = try TestPictures.decode(preview)
        #expect(decoded.width == 1200 && decoded.height == 630)
        #expect(preview.count < OpenGraphImage.byteLimit)
        #expect(ImageFormat.sniff(preview) == .jpeg)
        #expect(!decoded.fields.contains { $0.hasPrefix("exif-") || $0 == "orientation" })
    }

    @Test func aHostilePhotoIsRefusedForPreviewsToo() {
        #expect(throws: ImageError.tooLarge(width: 100_000, height: 100_000, limit: 100_000_000)) {
            try OpenGraphImage.cropped(photo: ImageSource(path: "a.png", bytes: HostileImageTests.pngHeader(width: 100_000, height: 100_000)))
        }
    }

    @Test(arguments: [false, true])
    func aCardPutsItsStripeAndTextOnTheStartingSide(rightToLeft: Bool) throws {
        let title = rightToLeft ? "مطوّر واجهات أمامية عن بُعد" : "Remote front-end developer"
        let card = try OpenGraphImage.card(title: title, organisation: "Pathways <Org> & Co", rightToLeft: rightToLeft, colours: Self.colours)
        #expect(card.count < OpenGraphImage.byteLimit)
        let decoded = try TestPictures.decode(card)
        #expect(decoded.width == 1200 && decoded.height == 630)
        let accent: [UInt8] = [0xF5, 0xB7, 0x00]
        let background: [UInt8] = [0x0B, 0x3D, 0x2E]
        let stripeX = rightToLeft ? 1190 : 10
        let otherEdgeX = rightToLeft ? 10 : 1190
        #expect(TestPictures.isClose(decoded.rgb(x: stripeX, y: 300), to: accent))
        #expect(TestPictures.isClose(decoded.rgb(x: otherEdgeX, y: 300), to: background))
        // Some text is drawn near the starting margin of the title line.
        let titleStart = rightToLeft ? (900..<1104) : (96..<300)
        let inked = titleStart.contains { x in (96..<170).contains { y in TestPictures.isClose(decoded.rgb(x: x, y: y), to: [255, 255, 255], tolerance: 60) } }
        #expect(inked)
    }

    @Test func markupInTitlesIsShownNotInterpreted() throws {
        #expect(OpenGraphImage.escapeMarkup("<b>Tom & Jerry's</b>") == "&lt;b&gt;Tom &amp; Jerry&apos;s&lt;/b&gt;")
        _ = try OpenGraphImage.card(title: "<span foreground='red'>Unclosed & <", organisation: "", rightToLeft: false, colours: Self.colours)
    }

    @Test func aVeryLongTitleStillFits() throws {
        let title = String(repeating: "Community health worker and interpreter ", count: 12)
        let card = try OpenGraphImage.card(title: title, organisation: "Org", rightToLeft: false, colours: Self.colours)
        #expect(try TestPictures.decode(card).height == 630)
    }

    @Test func coloursReadHexAsThemesWriteThem() {
        #expect(RGBColour(hex: "#fa0") == RGBColour(red: 255, green: 170, blue: 0))
        #expect(RGBColour(hex: "0b3d2e") == RGBColour(red: 11, green: 61, blue: 46))
        #expect(RGBColour(hex: "#12345") == nil)
        #expect(RGBColour(hex: "red") == nil)
    }
}
