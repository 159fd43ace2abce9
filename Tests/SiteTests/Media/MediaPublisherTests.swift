import Diagnostics
import Foundation
import Testing
import TestSupport
@testable import Site

/// End to end: pictures are re-encoded and resized, originals and metadata never reach the output, and only the
/// media that published content refers to are published.
@Suite struct MediaPublisherTests {
    static let hasExiftool = SamplePhoto.tool("exiftool") != nil

    /// A 1600x1200 JPEG stored sideways (orientation 6), as a phone saves one turned on its side.
    static func sidewaysPhoto() throws -> [UInt8] {
        try SamplePhoto.make(width: 1600, height: 1200, orientation: 6)
    }

    /// ``sidewaysPhoto()`` with GPS and an author added by exiftool (only for tests enabled when it is installed).
    static func phonePhoto(in folder: URL) throws -> [UInt8] {
        let bytes = try sidewaysPhoto()
        let file = folder.appendingPathComponent("phone.jpg")
        try Data(bytes).write(to: file)
        try SamplePhoto.run("exiftool", ["-q", "-overwrite_original", "-n", "-Make=PhonesRUs", "-Artist=Amal Haddad",
                                         "-GPSLatitude=36.2021", "-GPSLatitudeRef=N", "-GPSLongitude=37.1343", "-GPSLongitudeRef=E", file.path])
        defer { try? FileManager.default.removeItem(at: file) }
        return Array(try Data(contentsOf: file))
    }

    @Test func picturesAreReencodedUprightWithoutOriginalsAndEveryImgHasASize() throws {
        let site = try MediaFixture(
            Dictionary(uniqueKeysWithValues: [MediaFixture.story("amal", extra: "image: /media/amal.jpg\nimage_alt: \"Amal at her desk\"\n",
                                                                 body: "Intro.\n\n![The workshop floor](/media/shop.png)\n")]),
            binary: ["content/media/amal.jpg": try Self.sidewaysPhoto(),
                     "content/media/shop.png": try SamplePhoto.make(width: 800, height: 600, suffix: ".png")])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let files = site.files
        #expect(!files.contains("media/amal.jpg") && !files.contains("media/shop.png"), "originals are never published")
        for name in ["media/amal-360.webp", "media/amal-360.jpg", "media/amal-720.jpg", "media/amal-1080.webp", "media/shop-720.webp", "media/shop-800.jpg"] {
            #expect(files.contains(name), "\(name) in \(files.filter { $0.hasPrefix("media/") })")
        }
        let page = try site.text("stories/amal/index.html")
        // Upright: the stored 1600x1200 picture is shown 1200x1600, so its 1080-wide variant is 1440 high.
        #expect(page.contains("width=\"1080\" height=\"1440\" alt=\"Amal at her desk\" decoding=\"async\">"), "lead photo, not lazy")
        #expect(page.contains("srcset=\"/media/amal-360.webp 360w, /media/amal-720.webp 720w, /media/amal-1080.webp 1080w\""))
        #expect(page.contains("alt=\"The workshop floor\" loading=\"lazy\""), "body images load lazily")
        let images = page.components(separatedBy: "<img ").dropFirst()
        #expect(images.count == 2)
        for image in images { #expect(image.contains(" width=\"") && image.contains(" height=\"") && image.contains(" sizes=\"")) }
        let jpeg = Array(try Data(contentsOf: site.output.appendingPathComponent("media/amal-1080.jpg")))
        #expect(try SamplePhoto.size(of: jpeg) == (1080, 1440))
    }

    @Test(.enabled(if: hasExiftool, "exiftool (libimage-exiftool-perl) is not installed"))
    func noMetadataSurvivesInTheBuiltSite() throws {
        let scratch = TemporaryFolder(prefix: "media-exif")
        defer { scratch.remove() }
        let photo = try Self.phonePhoto(in: scratch.url)
        let site = try MediaFixture(
            Dictionary(uniqueKeysWithValues: [MediaFixture.story("amal", extra: "image: /media/amal.jpg\nimage_alt: \"Amal at her desk\"\n")]),
            binary: ["content/media/amal.jpg": photo])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let original = try SamplePhoto.run("exiftool", ["-j", "-a", "-G1", site.url.appendingPathComponent("content/media/amal.jpg").path])
        #expect(original.contains("GPSLatitude") && original.contains("Amal Haddad"), "the fixture carries metadata")
        let published = TemporaryFolder.files(under: site.output).filter { $0.hasSuffix(".jpg") || $0.hasSuffix(".webp") }
        #expect(published.count >= 7, "\(published)")
        let output = try SamplePhoto.run("exiftool", ["-j", "-a", "-G1"] + published.map { site.output.appendingPathComponent($0).path })
        for leak in ["GPS", "Amal Haddad", "PhonesRUs", "Orientation", "Artist"] {
            #expect(!output.contains(leak), "\(leak) survived")
        }
    }

    @Test func bodyImagesNeedAltTextAtTheirPlace() throws {
        let body = "Para.\n\n![](/media/shop.png)\n\nSee ![IMG_2041.jpg](/media/shop.png) here.\n"
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("alt", body: body)]),
                                    binary: ["content/media/shop.png": try SamplePhoto.make(width: 40, height: 30, suffix: ".png")])
        defer { site.remove() }
        let report = site.build()
        #expect(!report.succeeded)
        let errors = report.diagnostics.map(\.description)
        // Front matter takes lines 1-5; the body starts on line 6.
        #expect(errors.contains { $0.hasPrefix("content/stories/alt.md:8:1: error: image '/media/shop.png' has no alt text") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/stories/alt.md:10:5: error: image '/media/shop.png' has the file name 'IMG_2041.jpg'") }, "\(errors)")
    }

    @Test func decorativeImagesGetAnEmptyAlt() throws {
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("deco", body: "Para.\n\n![decorative](/media/line.png)\n")]),
                                    binary: ["content/media/line.png": try SamplePhoto.make(width: 40, height: 30, suffix: ".png")])
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try site.text("stories/deco/index.html").contains("alt=\"\" loading=\"lazy\""))
    }

    @Test func refusedPicturesAreLocatedErrors() throws {
        let jpeg = try SamplePhoto.make(width: 200, height: 150)
        let body = "![A](/media/broken.jpg) ![B](/media/fake.png) [notes](/media/notes.txt)\n"
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("bad", body: body)]),
                                    binary: ["content/media/broken.jpg": Array(jpeg.prefix(300)), "content/media/fake.png": jpeg,
                                             "content/media/notes.txt": jpeg])
        defer { site.remove() }
        let report = site.build()
        let errors = report.diagnostics.map(\.description)
        #expect(errors.contains { $0.hasPrefix("content/media/broken.jpg:1:1: error: ") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/media/fake.png:1:1: error: file is named .png but holds JPEG data") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/media/notes.txt:1:1: error: '.txt' is not an image format") },
                "a photo renamed .txt is not copied with its metadata: \(errors)")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "a failed build writes nothing")
    }

    @Test func picturesWhoseVariantsWouldShareNamesAreAnError() throws {
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("two", body: "![A](/media/a.jpg) ![B](/media/a.png)")]),
                                    binary: ["content/media/a.jpg": try SamplePhoto.make(width: 40, height: 30),
                                             "content/media/a.png": try SamplePhoto.make(width: 40, height: 30, suffix: ".png")])
        defer { site.remove() }
        #expect(site.build().diagnostics.map(\.description) == [
            "content/media/a.png:1:1: error: this picture and content/media/a.jpg would both be published as media/a-<width>.webp; hint: rename one of them",
        ])
    }

    @Test func aPhotoOnAnotherSiteIsNotShownAndSaysSo() throws {
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [
            MediaFixture.story("far", extra: "image: https://photos.example.com/amal.jpg\nimage_alt: \"Amal\"\n")]))
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("content/stories/far.md:5:1: warning: image 'https://photos.example.com/amal.jpg' is on another site") })
        #expect(!(try site.text("stories/far/index.html")).contains("photos.example.com/amal.jpg\" alt"), "no hotlinked photo")
    }

    @Test func aStoryImageThatIsNoPhotoSaysSo() throws {
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [
            MediaFixture.story("flyer", extra: "image: /media/flyer.pdf\nimage_alt: \"Our flyer\"\n")]),
                                    binary: ["content/media/flyer.pdf": Array("%PDF-1.4\n%%EOF\n".utf8)])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded)
        #expect(report.diagnostics.map(\.description).contains {
            $0.hasPrefix("content/stories/flyer.md:5:1: warning: image '/media/flyer.pdf' is not a photo Pathways publishes")
        }, "\(report.diagnostics)")
    }

    @Test func aRebuildTakesVariantsFromTheCache() throws {
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("c", body: "![A field](/media/field.jpg)")]),
                                    binary: ["content/media/field.jpg": try SamplePhoto.make(width: 400, height: 300)])
        defer { site.remove() }
        #expect(site.build().succeeded)
        let cache = site.url.appendingPathComponent(".pathways-cache/images")
        let cached = TemporaryFolder.files(under: cache).filter { $0.hasSuffix("-360.jpg") }
        #expect(cached.count == 1, "\(cached)")
        // Mark the cached variant: a rebuild that encoded again would publish real JPEG bytes instead.
        try Data("from the cache".utf8).write(to: cache.appendingPathComponent(cached[0]))
        #expect(site.build().succeeded)
        #expect(try String(contentsOf: site.output.appendingPathComponent("media/field-360.jpg"), encoding: .utf8) == "from the cache")
    }

    @Test func onlyMediaThatPublishedContentUsesIsPublished() throws {
        let photo = try SamplePhoto.make(width: 100, height: 80)
        let site = try MediaFixture(
            Dictionary(uniqueKeysWithValues: [
                MediaFixture.story("yes", body: "![Yes](/media/yes.jpg) and [the report](/media/report.pdf)"),
                MediaFixture.story("later", consent: "pending", extra: "image: /media/secret.jpg\nimage_alt: \"A face\"\n"),
                ("content/media/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>"),
                ("content/media/notes.txt", "unused"),
                ("content/media/report.pdf", "%PDF-1.4\n1 0 obj << /Author (Amal Haddad) >> endobj\n%%EOF\n"),
            ]),
            binary: ["content/media/yes.jpg": photo, "content/media/secret.jpg": photo],
            siteYML: MediaFixture.siteYML + "publish_media: [logo.svg]\n")
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        let media = site.files.filter { $0.hasPrefix("media/") }
        #expect(media.contains("media/yes-100.jpg") && media.contains("media/logo.svg") && media.contains("media/report.pdf"), "\(media)")
        #expect(!media.contains { $0.contains("secret") }, "a photo only a story without consent uses stays out")
        #expect(!media.contains("media/notes.txt"))
        #expect(report.diagnostics.map(\.description).contains { $0.hasPrefix("content/media/report.pdf:1:1: warning: PDF names its author 'Amal Haddad'") })
    }

    @Test func aMissingPublishMediaEntryAndAnSVGWithScriptAreErrors() throws {
        let site = try MediaFixture(["content/media/evil.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"],
                                    siteYML: MediaFixture.siteYML + "publish_media: [evil.svg, missing.pdf]\n")
        defer { site.remove() }
        let errors = site.build().diagnostics.map(\.description)
        #expect(errors.contains { $0.hasPrefix("content/media/evil.svg:1:1: error: SVG holds a <script> element") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("content/site.yml:6:27: error: 'publish_media' lists 'missing.pdf'") }, "\(errors)")
    }

    @Test func storiesAndOpeningsHaveLinkPreviews() throws {
        let site = try MediaFixture(
            Dictionary(uniqueKeysWithValues: [
                MediaFixture.story("amal", extra: "image: /media/amal.jpg\nimage_alt: \"Amal at her desk\"\n"),
                MediaFixture.opening("tutor", title: "English tutor"),
                MediaFixture.opening("support-ar", title: "موظف دعم عملاء", lang: "ar"),
            ]),
            binary: ["content/media/amal.jpg": try SamplePhoto.make(width: 900, height: 1200)])
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics)")
        for folder in ["stories/amal/", "openings/tutor/", "openings/support-ar/"] {
            let preview = Array(try Data(contentsOf: site.output.appendingPathComponent(folder + "preview.jpg")))
            #expect(preview.count < 250_000 && preview.starts(with: [0xFF, 0xD8, 0xFF]))
            #expect(try SamplePhoto.size(of: preview) == (1200, 630))
            let page = try site.text(folder + "index.html")
            #expect(page.contains("<meta property=\"og:image\" content=\"https://example.org/\(folder)preview.jpg\">"))
            #expect(page.contains("<meta property=\"og:image:width\" content=\"1200\">") && page.contains("<meta property=\"og:image:height\" content=\"630\">"))
        }
        #expect(try site.text("stories/amal/index.html").contains("<meta property=\"og:image:alt\" content=\"Amal at her desk\">"))
        #expect(try site.text("openings/tutor/index.html").contains("<meta property=\"og:image:alt\" content=\"English tutor · Harbour Works\">"))
        #expect(!(try site.text("index.html")).contains("og:image"), "list pages have no preview")
    }

    @Test func aCheckWritesNoCacheYetFindsPictureProblems() throws {
        let jpeg = try SamplePhoto.make(width: 120, height: 90)
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("s", body: "![A](/media/fake.png) ![B](/media/ok.jpg)")]),
                                    binary: ["content/media/fake.png": jpeg, "content/media/ok.jpg": jpeg])
        defer { site.remove() }
        let report = SiteBuilder(settings: BuildSettings(root: site.url, output: site.output, now: try BuildDate("2026-11-23"))).check()
        #expect(report.diagnostics.filter(\.isError).map(\.description) == [
            "content/media/fake.png:1:1: error: file is named .png but holds JPEG data; hint: rename it to .jpg",
        ], "the good picture is rewritten, so its link is not broken")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path).sorted() == ["content", "templates"])
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/media/fake.png"))
        try site.folder.write(["content/stories/s.md": MediaFixture.story("s", body: "![B](/media/ok.jpg)").1])
        let clean = SiteBuilder(settings: BuildSettings(root: site.url, output: site.output, now: try BuildDate("2026-11-23"))).check()
        #expect(clean.succeeded, "links to variants a check made in memory are not broken: \(clean.diagnostics)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.url.path).sorted() == ["content", "templates"])
    }

    /// A check reads what builds encoded (at 10,000 items it encoded 9,000 previews again: 221 s) and adds nothing.
    @Test func aCheckReadsTheCacheABuildFilledAndChangesNothingInIt() throws {
        let jpeg = try SamplePhoto.make(width: 120, height: 90)
        let site = try MediaFixture(Dictionary(uniqueKeysWithValues: [MediaFixture.story("s", body: "![B](/media/ok.jpg)")]),
                                    binary: ["content/media/ok.jpg": jpeg])
        defer { site.remove() }
        let settings = BuildSettings(root: site.url, output: site.output, now: try BuildDate("2026-11-23"))
        #expect(SiteBuilder(settings: settings).build().succeeded)
        let cache = site.url.appendingPathComponent(".pathways-cache")
        func listing() -> [String: Date] {
            var files: [String: Date] = [:]
            for path in (try? FileManager.default.subpathsOfDirectory(atPath: cache.path)) ?? [] {
                let attributes = try? FileManager.default.attributesOfItem(atPath: cache.appendingPathComponent(path).path)
                files[path] = attributes?[.modificationDate] as? Date
            }
            return files
        }
        let before = listing()
        #expect(before.keys.contains { $0.hasPrefix("previews/") } && before.keys.contains { $0.hasPrefix("images/") })
        // A new story whose preview is not in the cache: the check makes it in memory only.
        try site.folder.write(["content/stories/t.md": MediaFixture.story("t", body: "Text.").1])
        let report = SiteBuilder(settings: settings).check()
        #expect(report.succeeded, "\(report.diagnostics)")
        #expect(listing() == before)

        // What the check's media stage takes from the cache: the cached story's preview and the picture's variants.
        var diagnostics: [Diagnostic] = []
        var loaded = try #require(Publisher.load(settings, diagnostics: &diagnostics))
        var items = Publisher.publish(&loaded, now: settings.now, diagnostics: &diagnostics).items
        var publisher = MediaPublisher(site: loaded, routes: Routes(baseURL: loaded.settings.baseURL), cacheFolder: cache)
        publisher.writesCache = false
        let media = publisher.publish(&items)
        let fromCache = media.copies.filter { $0.source.hasPrefix(cache.path) }.map(\.path).sorted()
        #expect(fromCache.contains("stories/s/preview.jpg") && fromCache.contains { $0.hasPrefix("media/ok-") }, "\(fromCache)")
        #expect(media.inMemory == ["stories/t/preview.jpg"], "only the new story's preview is made in memory")
        #expect(listing() == before)
    }
}
