import Content
import Foundation
import Images

/// A page's link preview (`og:image`): a 1200x630 JPEG written beside the page.
struct LinkPreview: Sendable, Hashable {
    /// The output path, e.g. `openings/tutor/preview.jpg`.
    var path: String
    /// The encoded file in the cache folder; nil when the build writes nothing.
    var cachedFile: String?
    var width: Int = OpenGraphImage.width
    var height: Int = OpenGraphImage.height
    /// What the image shows, for `og:image:alt`.
    var alt: String
    /// Whether the image is a story's photo, not a card drawn from the item's title.
    var isPhoto = false

    /// The file name beside each page.
    static let fileName = "preview.jpg"

    /// The `og:image:alt` of `item`'s preview: a photo's alt text, else what its card shows (title and organisation).
    static func alt(of item: PublishedItem, fromPhoto: Bool, siteOrganisation: String) -> String {
        if fromPhoto, case .story(let story) = item.detail { return story.imageAlt ?? item.title }
        let organisation = LinkPreviewMaker.organisation(of: item, siteOrganisation: siteOrganisation)
        return organisation.isEmpty ? item.title : "\(item.title) · \(organisation)"
    }
}

/// Makes link previews, keeping each in the cache folder under a hash of what it is drawn from.
struct LinkPreviewMaker: Sendable {
    /// `.pathways-cache/previews/`; nil to make previews (and find their problems) without keeping them.
    let cacheFolder: URL?
    let colours: CardColours
    let siteOrganisation: String
    /// Whether previews made now are added to the cache; when not (a check), the cache is only read.
    let writesCache: Bool
    /// The colours as a card's cache key spells them, and the cache folder's path with a slash: worked out once,
    /// not for each of thousands of previews.
    private let coloursKey: String
    private let cachePrefix: String?

    init(cacheFolder: URL?, colours: CardColours, siteOrganisation: String, writesCache: Bool = true) {
        self.cacheFolder = cacheFolder
        self.writesCache = writesCache
        self.colours = colours
        self.siteOrganisation = siteOrganisation
        coloursKey = "\(colours.background)\(colours.text)\(colours.accent)"
        cachePrefix = cacheFolder.map { $0.path.hasSuffix("/") ? $0.path : $0.path + "/" }
    }

    /// Colours from site.yml's `params` (`preview_background`, `preview_text`, `preview_accent`: `#rrggbb`),
    /// else the default theme's (site.css: pale ground, dark text, green stripe).
    static func colours(from params: [String: SiteConfig.Param]) -> CardColours {
        func colour(_ key: String, _ fallback: RGBColour) -> RGBColour {
            if case .string(let text) = params[key], let parsed = RGBColour(hex: text) { return parsed }
            return fallback
        }
        return CardColours(background: colour("preview_background", RGBColour(hex: "#f2f5f4")!),
                           text: colour("preview_text", RGBColour(hex: "#1b1b1b")!),
                           accent: colour("preview_accent", RGBColour(hex: "#0b5d4b")!))
    }

    /// The preview of `item`: its photo cropped for a story that has one, else a card with its title and organisation.
    /// `photo` is the story photo's source (path from the site root, absolute file).
    func preview(for item: PublishedItem, photo: (path: String, file: String)?) -> Result<LinkPreview, ImageError> {
        Result { () throws(ImageError) -> LinkPreview in
            let path = item.folder + LinkPreview.fileName
            if let photo, case .story = item.detail {
                let bytes: [UInt8]
                do { bytes = Array(try Data(contentsOf: URL(fileURLWithPath: photo.file))) } catch { throw .unreadable(error.localizedDescription) }
                let cached = try cachedOrMade(key: CacheKey.of(bytes, "crop-1")) { () throws(ImageError) in
                    try OpenGraphImage.cropped(photo: ImageSource(path: photo.path, bytes: bytes))
                }
                return LinkPreview(path: path, cachedFile: cached, alt: LinkPreview.alt(of: item, fromPhoto: true, siteOrganisation: siteOrganisation),
                                   isPhoto: true)
            }
            let organisation = Self.organisation(of: item, siteOrganisation: siteOrganisation)
            let rightToLeft = item.language.isRightToLeft
            let description = "card-1\u{0}" + item.title + "\u{0}" + organisation + "\u{0}" + (rightToLeft ? "true" : "false") + "\u{0}" + coloursKey
            let key = CacheKey.of(Array(description.utf8), "")
            let cached = try cachedOrMade(key: key) { () throws(ImageError) in
                try OpenGraphImage.card(title: item.title, organisation: organisation, rightToLeft: rightToLeft, colours: colours)
            }
            return LinkPreview(path: path, cachedFile: cached, alt: LinkPreview.alt(of: item, fromPhoto: false, siteOrganisation: siteOrganisation))
        }
    }

    /// Who a card names when an opening names no organisation: site.yml's `organisation`, else the site's title.
    static func siteOrganisation(_ settings: SiteSettings) -> String {
        settings.organisation.isEmpty ? settings.title : settings.organisation
    }

    /// The opening's organisation, else the site's.
    static func organisation(of item: PublishedItem, siteOrganisation: String) -> String {
        if case .opening(let opening) = item.detail, let name = opening.organisation, !name.isEmpty { return name }
        return siteOrganisation
    }

    private func cachedOrMade(key: String, _ make: () throws(ImageError) -> [UInt8]) throws(ImageError) -> String? {
        guard let cacheFolder, let cachePrefix else {
            _ = try make()
            return nil
        }
        let path = cachePrefix + key + ".jpg"
        if FileManager.default.fileExists(atPath: path) { return path }
        let file = URL(fileURLWithPath: path)
        let bytes = try make()
        guard writesCache else { return nil }
        do {
            try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
            try Data(bytes).write(to: file, options: .atomic)
        } catch {
            throw .cacheFailed("could not write \(file.path): \(error.localizedDescription)")
        }
        return file.path
    }
}

/// A 128-bit FNV-1a hash in hex: a stable cache key (Swift's `Hasher` is seeded per process).
enum CacheKey {
    static func of(_ bytes: [UInt8], _ salt: String) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes + Array(salt.utf8) {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second &* 0x0000_0100_0000_01B3) ^ UInt64(byte)
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(first) + hex(second)
    }
}
