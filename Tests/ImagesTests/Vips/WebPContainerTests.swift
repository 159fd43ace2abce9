@testable import Images
import Testing

@Suite struct WebPContainerTests {
    @Test func metadataChunksAndFlagsAreRemoved() throws {
        let webp = try TestPictures.encode(pixels: TestPictures.marked(width: 64, height: 48), width: 64, height: 48, suffix: ".webp", orientation: 6)
        #expect(webp.windows(ofCount: 4).contains { $0.elementsEqual("EXIF".utf8) })
        let stripped = try WebPContainer.strippingMetadata(webp)
        #expect(!stripped.windows(ofCount: 4).contains { $0.elementsEqual("EXIF".utf8) })
        let size = Int(stripped[4]) | Int(stripped[5]) << 8 | Int(stripped[6]) << 16 | Int(stripped[7]) << 24
        #expect(size == stripped.count - 8)
        let decoded = try TestPictures.decode(stripped)
        #expect(decoded.width == 64 && decoded.height == 48)
        #expect(!decoded.fields.contains("exif-data"))
    }

    @Test func somethingElseIsRefused() {
        #expect(throws: ImageError.self) { try WebPContainer.strippingMetadata(Array("RIFF0000WAVE".utf8)) }
    }
}

extension Array {
    /// Every run of `count` consecutive elements.
    func windows(ofCount count: Int) -> [ArraySlice<Element>] {
        guard self.count >= count else { return [] }
        return (0...(self.count - count)).map { self[$0..<$0 + count] }
    }
}
