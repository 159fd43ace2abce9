import Foundation
@testable import Images
import Testing
import TestSupport

@Suite struct ImageSourceTests {
    @Test func aFileSourceIsReadWhenProcessed() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("a.png")
        let png = try TestPictures.encode(pixels: TestPictures.marked(width: 50, height: 50), width: 50, height: 50, suffix: ".png")
        try Data(png).write(to: file)
        let fromFile = try ImageProcessor(cacheFolder: nil, widths: [50]).process(ImageSource(path: "a.png", file: file)).get()
        let fromBytes = try ImageProcessor(cacheFolder: nil, widths: [50]).process(ImageSource(path: "a.png", bytes: png)).get()
        #expect(try fromFile.variants.map { try $0.data() } == fromBytes.variants.map { try $0.data() })
        let missing = ImageProcessor(cacheFolder: nil).process(ImageSource(path: "b.png", file: folder.url.appendingPathComponent("b.png")))
        let unreadable = if case .failure(.unreadable) = missing { true } else { false }
        #expect(unreadable, "a missing file should be unreadable, got \(missing)")
    }
}
