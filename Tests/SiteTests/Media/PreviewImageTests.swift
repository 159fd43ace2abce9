import Images
import Testing
@testable import Site

@Suite struct PreviewImageTests {
    @Test func cardColoursComeFromParamsElseMatchTheDefaultTheme() {
        let defaults = LinkPreviewMaker.colours(from: [:])
        #expect(defaults == CardColours(background: RGBColour(hex: "#f2f5f4")!, text: RGBColour(hex: "#1b1b1b")!,
                                        accent: RGBColour(hex: "#0b5d4b")!))
        let themed = LinkPreviewMaker.colours(from: ["preview_accent": .string("#c05"), "preview_text": .string("not a colour")])
        #expect(themed.accent == RGBColour(red: 0xCC, green: 0x00, blue: 0x55))
        #expect(themed.text == defaults.text, "an unreadable colour keeps the default")
    }

    @Test func cacheKeysAreStableAndFixedWidth() {
        #expect(CacheKey.of([], "") == CacheKey.of([], ""))
        #expect(CacheKey.of(Array("a".utf8), "") != CacheKey.of(Array("b".utf8), ""))
        #expect(CacheKey.of(Array("photo".utf8), "crop-1").count == 32)
    }
}
