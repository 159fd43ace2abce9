import Foundation
import Images
import Testing
import TestSupport

@Suite struct ImageCacheTests {
    static func source(_ name: String = "media/a.png", width: Int = 300) throws -> ImageSource {
        ImageSource(path: name, bytes: try TestPictures.encode(pixels: TestPictures.marked(width: width, height: 100), width: width, height: 100, suffix: ".png"))
    }

    @Test func aSecondRunReadsTheCacheInsteadOfEncoding() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let processor = ImageProcessor(cacheFolder: folder.url, widths: [100, 200])
        let first = try processor.process(try Self.source()).get()
        let second = try processor.process(try Self.source()).get()
        #expect(first.encodedCount == 4)
        #expect(second.encodedCount == 0)
        #expect(second.variants.map(\.relativeName) == first.variants.map(\.relativeName))
        #expect(try second.variants.map { try $0.data() } == first.variants.map { try $0.data() })
        let url = try #require(second.variants[0].content.fileURL, "a cached variant should point at its file")
        #expect(url.path.hasPrefix(folder.url.path))
    }

    @Test func aProcessorThatDoesNotWriteTheCacheStillReadsIt() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        var reader = ImageProcessor(cacheFolder: folder.url, widths: [100])
        reader.writesCache = false
        let before = try reader.process(try Self.source()).get()
        #expect(before.encodedCount == 2)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? [] == [], "nothing written")
        _ = ImageProcessor(cacheFolder: folder.url, widths: [100]).process(try Self.source())
        #expect(try reader.process(try Self.source()).get().encodedCount == 0, "what a build cached is read")
    }

    @Test func theSamePictureUnderAnotherNameIsNamedAfterItsNewSource() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let processor = ImageProcessor(cacheFolder: folder.url, widths: [100])
        _ = processor.process(try Self.source("a.png"))
        let again = try processor.process(try Self.source("stories/b.png")).get()
        #expect(again.encodedCount == 0)
        #expect(again.variants.map(\.relativeName) == ["stories/b-100.webp", "stories/b-100.jpg"])
    }

    @Test func otherSettingsOrOtherBytesEncodeAgain() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        _ = ImageProcessor(cacheFolder: folder.url, widths: [100]).process(try Self.source())
        let otherWidths = try ImageProcessor(cacheFolder: folder.url, widths: [150]).process(try Self.source()).get()
        let otherQuality = try ImageProcessor(cacheFolder: folder.url, widths: [100], settings: EncodingSettings(jpegQuality: 50)).process(try Self.source()).get()
        let otherBytes = try ImageProcessor(cacheFolder: folder.url, widths: [100]).process(try Self.source(width: 301)).get()
        #expect([otherWidths, otherQuality, otherBytes].map(\.encodedCount) == [2, 2, 2])
    }

    @Test func anEntryMissingAFileIsEncodedAgain() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let processor = ImageProcessor(cacheFolder: folder.url, widths: [100])
        let first = try processor.process(try Self.source()).get()
        let url = try #require(first.variants[0].content.fileURL, "expected a cached file")
        try FileManager.default.removeItem(at: url)
        #expect(try processor.process(try Self.source()).get().encodedCount == 2)
    }

    @Test func encodingIsDeterministic() throws {
        let one = try ImageProcessor(cacheFolder: nil, widths: [100]).process(try Self.source()).get()
        let two = try ImageProcessor(cacheFolder: nil, widths: [100]).process(try Self.source()).get()
        #expect(try one.variants.map { try $0.data() } == two.variants.map { try $0.data() })
    }
}

extension ImageVariant.Content {
    /// The file a variant points at, or `nil` when it is held in memory.
    fileprivate var fileURL: URL? {
        if case let .file(url) = self { url } else { nil }
    }
}
