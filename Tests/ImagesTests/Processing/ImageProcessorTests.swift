import Foundation
import Images
import Testing
import TestSupport

@Suite struct ImageProcessorTests {
    /// The exiftool groups that describe the file itself rather than carry metadata written into it.
    static let structuralGroups: Set<String> = ["ExifTool", "System", "File", "RIFF", "Composite", "JFIF", "PNG"]

    @Test(.enabled(if: ExternalTool.exiftool.isInstalled, "exiftool is not installed (Debian: libimage-exiftool-perl); CI installs it"))
    func phoneMetadataNeverReachesAnyVariant() throws {
        let folder = TemporaryFolder()
        defer { folder.remove() }
        let photo = try PhonePhoto.make(in: folder.url)
        let input = try PhonePhoto.tags(of: photo, in: folder.url, name: "input.jpg")
        // The fixture really carries what the test says it does.
        #expect(input["IFD0:Make"] == "PhonesRUs")
        #expect(input["GPS:GPSLatitude"] != nil)
        #expect(input["IFD1:ThumbnailImage"] != nil)
        #expect(input["XMP-dc:Creator"] != nil)

        let processed = try ImageProcessor(cacheFolder: nil, widths: [120, 240]).process(ImageSource(path: "media/phone.jpg", bytes: photo)).get()
        #expect(processed.variants.count == 4)
        for variant in processed.variants {
            let tags = try PhonePhoto.tags(of: try variant.data(), in: folder.url, name: "out." + variant.format.fileExtension)
            let carried = tags.keys.filter { key in
                let group = String(key.prefix(while: { $0 != ":" }))
                return !Self.structuralGroups.contains(group) && key != "SourceFile"
            }
            #expect(carried.isEmpty, "\(variant.relativeName) still carries \(carried.sorted())")
            #expect(!tags.keys.contains { $0.contains("GPS") || $0.contains("Make") || $0.contains("Model") || $0.contains("Thumbnail") || $0.contains("Orientation") })
        }
    }

    @Test func variantsCarryNoMetadataFieldsForLibvips() throws {
        let pixels = TestPictures.marked(width: 400, height: 300)
        let jpeg = try TestPictures.encode(pixels: pixels, width: 400, height: 300, suffix: ".jpg[Q=90]", orientation: 6)
        #expect(try TestPictures.decode(jpeg).fields.contains("exif-data"))

        let processed = try ImageProcessor(cacheFolder: nil, widths: [200]).process(ImageSource(path: "a.jpg", bytes: jpeg)).get()
        for variant in processed.variants {
            let fields = try TestPictures.decode(try variant.data()).fields
            let metadata = fields.filter { $0.hasPrefix("exif-") || ["xmp-data", "iptc-data", "icc-profile-data", "orientation", "jpeg-thumbnail-data"].contains($0) }
            #expect(metadata.isEmpty, "\(variant.relativeName) carries \(metadata)")
        }
    }

    @Test func orientationIsAppliedBeforeItIsDropped() throws {
        let pixels = TestPictures.marked(width: 400, height: 300)
        let jpeg = try TestPictures.encode(pixels: pixels, width: 400, height: 300, suffix: ".jpg[Q=95]", orientation: 6)
        let processed = try ImageProcessor(cacheFolder: nil, widths: [150]).process(ImageSource(path: "a.jpg", bytes: jpeg)).get()
        #expect(processed.width == 300 && processed.height == 400)
        for variant in processed.variants {
            #expect(variant.width == 150 && variant.height == 200)
            let decoded = try TestPictures.decode(try variant.data())
            #expect(decoded.width == 150 && decoded.height == 200)
            // Orientation 6 turns the picture a quarter clockwise: the stored top-left block ends top-right.
            #expect(TestPictures.isClose(decoded.rgb(x: 140, y: 10), to: [255, 0, 0]), "\(variant.relativeName) top-right")
            #expect(TestPictures.isClose(decoded.rgb(x: 10, y: 10), to: [255, 255, 255]), "\(variant.relativeName) top-left")
            #expect(TestPictures.isClose(decoded.rgb(x: 140, y: 190), to: [255, 255, 255]), "\(variant.relativeName) bottom-right")
        }
    }

    @Test func widthsNeverEnlargeAndNameEachVariant() throws {
        let png = try TestPictures.encode(pixels: TestPictures.marked(width: 500, height: 250), width: 500, height: 250, suffix: ".png")
        let processed = try ImageProcessor(cacheFolder: nil, widths: [1080, 200, 360])
            .process(ImageSource(path: "content/media/team.png", bytes: png)).get()
        #expect(processed.variants.map(\.relativeName) == [
            "content/media/team-200.webp", "content/media/team-200.jpg",
            "content/media/team-360.webp", "content/media/team-360.jpg",
            "content/media/team-500.webp", "content/media/team-500.jpg",
        ])
        #expect(processed.variants.map(\.height) == [100, 100, 180, 180, 250, 250])
        #expect(processed.webp.map(\.format) == [.webp, .webp, .webp])
        #expect(processed.fallbacks.map(\.format) == [.jpeg, .jpeg, .jpeg])
    }

    @Test func transparencyKeepsAPNGFallback() throws {
        var pixels = [UInt8](repeating: 0, count: 64 * 64 * 4)
        for index in stride(from: 0, to: pixels.count, by: 4) { pixels[index] = 200; pixels[index + 3] = index % 8 == 0 ? 255 : 0 }
        let png = try TestPictures.encode(pixels: pixels, width: 64, height: 64, bands: 4, suffix: ".png")
        let processed = try ImageProcessor(cacheFolder: nil, widths: [360]).process(ImageSource(path: "logo.png", bytes: png)).get()
        #expect(processed.variants.map(\.format) == [.webp, .png])
        #expect(try TestPictures.decode(try processed.variants[1].data()).bands == 4)
    }

    @Test(.enabled(if: TestPictures.has("heifsave_buffer"), "this libvips cannot write HEIC to build the fixture"))
    func heicFromPhonesIsReencoded() throws {
        let heic = try TestPictures.encode(pixels: TestPictures.marked(width: 200, height: 100), width: 200, height: 100, suffix: ".heic[Q=90]")
        #expect(ImageFormat.sniff(heic) == .heif)
        let processed = try ImageProcessor(cacheFolder: nil, widths: [100]).process(ImageSource(path: "IMG_0001.HEIC", bytes: heic)).get()
        #expect(processed.variants.map(\.relativeName) == ["IMG_0001-100.webp", "IMG_0001-100.jpg"])
        let decoded = try TestPictures.decode(try processed.variants[1].data())
        #expect(TestPictures.isClose(decoded.rgb(x: 5, y: 5), to: [255, 0, 0], tolerance: 60))
    }

    @Test func aBatchKeepsTheOrderOfItsSources() throws {
        let sources = try [300, 200, 100].map { width in
            ImageSource(path: "w\(width).png", bytes: try TestPictures.encode(pixels: TestPictures.marked(width: width, height: 50), width: width, height: 50, suffix: ".png"))
        } + [ImageSource(path: "broken.png", bytes: [1, 2, 3])]
        let results = ImageProcessor(cacheFolder: nil, widths: [1000]).process(sources)
        #expect(try results.prefix(3).map { try $0.get().width } == [300, 200, 100])
        #expect(throws: ImageError.self) { try results[3].get() }
    }
}
