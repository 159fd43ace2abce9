import Images
import Testing

@Suite struct HostileImageTests {
    /// A PNG whose header claims `width` x `height` pixels, with one empty compressed block of pixel data.
    static func pngHeader(width: UInt32, height: UInt32) -> [UInt8] {
        func bigEndian(_ value: UInt32) -> [UInt8] { [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)] }
        func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
            let body = Array(type.utf8) + data
            return bigEndian(UInt32(data.count)) + body + bigEndian(crc32(body))
        }
        let header = bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0]
        return [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header)
            + chunk("IDAT", [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01]) + chunk("IEND", [])
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }

    func refusal(_ source: ImageSource) -> ImageError? {
        if case let .failure(error) = ImageProcessor(cacheFolder: nil).process(source) { return error }
        return nil
    }

    @Test func aHeaderClaimingTenBillionPixelsIsRefusedBeforeDecoding() {
        let error = refusal(ImageSource(path: "huge.png", bytes: Self.pngHeader(width: 100_000, height: 100_000)))
        #expect(error == .tooLarge(width: 100_000, height: 100_000, limit: 100_000_000))
        #expect(error?.message == "image is 100000x100000 pixels (10000 megapixels); the limit is 100 megapixels; hint: resize it before adding it to the site")
    }

    @Test func theLimitIsASetting() {
        let png = Self.pngHeader(width: 2000, height: 2000)
        let processor = ImageProcessor(cacheFolder: nil, settings: EncodingSettings(pixelLimit: 1_000_000))
        #expect(throws: ImageError.tooLarge(width: 2000, height: 2000, limit: 1_000_000)) { try processor.process(ImageSource(path: "a.png", bytes: png)).get() }
    }

    @Test(arguments: [("photo.jpg", ".jpg[Q=90]"), ("photo.png", ".png"), ("photo.webp", ".webp"), ("photo.gif", ".gif")])
    func truncatedDataIsRefused(name: String, suffix: String) throws {
        let whole = try TestPictures.encode(pixels: TestPictures.marked(width: 300, height: 200), width: 300, height: 200, suffix: suffix)
        #expect(throws: Never.self) { try ImageProcessor(cacheFolder: nil).process(ImageSource(path: name, bytes: whole)).get() }
        let cut = Array(whole.prefix(whole.count / 2))
        let damage: String? = if case let .damaged(detail)? = refusal(ImageSource(path: name, bytes: cut)) { detail } else { nil }
        let detail = try #require(damage, "half of \(name) was not refused as damaged")
        #expect(ImageError.damaged(detail).message.hasPrefix("image data is truncated or damaged"))
    }

    @Test func aJPEGNamedPNGIsRefused() throws {
        let jpeg = try TestPictures.encode(pixels: TestPictures.marked(width: 40, height: 40), width: 40, height: 40, suffix: ".jpg")
        let error = refusal(ImageSource(path: "media/portrait.png", bytes: jpeg))
        #expect(error == .extensionMismatch(fileExtension: "png", found: .jpeg))
        #expect(error?.message == "file is named .png but holds JPEG data; hint: rename it to .jpg")
    }

    @Test func anUnknownExtensionIsRefused() {
        let error = refusal(ImageSource(path: "scan.bmp", bytes: Array("BM....".utf8)))
        #expect(error?.message == "'.bmp' is not an image format Pathways publishes; expected JPEG, PNG, WebP, GIF or HEIC; hint: export it as JPEG or PNG")
    }

    @Test func bytesThatAreNoImageAreRefused() {
        let error = refusal(ImageSource(path: "cv.jpg", bytes: Array("%PDF-1.7\n".utf8)))
        #expect(error?.message == "file is named .jpg but holds PDF data; expected JPEG, PNG, WebP, GIF or HEIC; hint: export it again as JPEG or PNG")
        #expect(refusal(ImageSource(path: "empty.jpg", bytes: [])) == .unrecognisedContent(fileExtension: "jpg", found: nil))
    }

    @Test func damagedBytesAfterAValidSignatureAreRefused() {
        var bytes: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0]
        bytes += (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let damaged = if case .damaged? = refusal(ImageSource(path: "noise.jpg", bytes: bytes)) { true } else { false }
        #expect(damaged, "random bytes behind a JPEG signature were not refused as damaged")
    }
}
