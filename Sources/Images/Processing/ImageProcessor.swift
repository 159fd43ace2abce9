import Dispatch
import Foundation
import Synchronization

/// Turns source pictures into metadata-free, upright WebP and JPEG (or PNG) variants at several widths.
public struct ImageProcessor: Sendable {
    /// Where encoded variants are kept between builds, keyed by content; nil keeps everything in memory.
    public var cacheFolder: URL?
    /// The widths to offer, in pixels; a picture is never enlarged, so narrow ones get fewer variants.
    public var widths: [Int]
    /// Quality and safety settings.
    public var settings: EncodingSettings
    /// Whether pictures encoded now are added to the cache; when not (a check), the cache is only read.
    public var writesCache = true

    /// Creates a processor; `widths` defaults to sizes for phones, tablets and laptops.
    public init(cacheFolder: URL?, widths: [Int] = [360, 720, 1080], settings: EncodingSettings = .init()) {
        self.cacheFolder = cacheFolder
        self.widths = Array(Set(widths.filter { $0 > 0 })).sorted()
        self.settings = settings
    }

    /// Processes every source, in parallel, and returns one result per source in the same order.
    /// - Complexity: one decode per source whose variants are not cached; cached ones only read a manifest.
    public func process(_ sources: [ImageSource]) -> [Result<ProcessedImage, ImageError>] {
        let results = Mutex([Result<ProcessedImage, ImageError>?](repeating: nil, count: sources.count))
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            let result = process(sources[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }

    /// Processes one source.
    public func process(_ source: ImageSource) -> Result<ProcessedImage, ImageError> {
        Result { () throws(ImageError) -> ProcessedImage in
            let bytes = try source.load()
            let format = try ImageInspector.format(of: source, bytes: bytes)
            let cache = cacheFolder.map { ImageCache(folder: $0) }
            let key = ImageCache.key(for: bytes, settings: settingsFingerprint)
            if let cache, let cached = try cache.lookup(key: key, stem: source.stem) {
                return ProcessedImage(
                    sourcePath: source.path, width: cached.width, height: cached.height,
                    variants: cached.variants, encodedCount: 0
                )
            }
            let encoded = try VariantEncoder(widths: widths, settings: settings).encode(bytes, format: format)
            let variants = try (writesCache ? cache : nil)?.store(encoded, key: key, stem: source.stem)
                ?? encoded.variants.map { $0.variant(stem: source.stem, content: .bytes($0.bytes)) }
            return ProcessedImage(
                sourcePath: source.path, width: encoded.width, height: encoded.height,
                variants: variants, encodedCount: encoded.variants.count
            )
        }
    }

    /// Everything that changes the encoded bytes besides the source, so a change of settings misses the cache.
    var settingsFingerprint: String {
        "pathways-images-1;widths=\(widths.map(String.init).joined(separator: ","));" + settings.fingerprint
    }
}

/// How pictures are encoded and how large a picture Pathways agrees to decode.
public struct EncodingSettings: Sendable, Hashable {
    /// JPEG quality (1-100).
    public var jpegQuality: Int
    /// WebP quality (1-100).
    public var webpQuality: Int
    /// The most pixels (width x height, read from the header) a picture may have.
    public var pixelLimit: Int

    /// Creates settings (qualities are clamped to 1-100); the defaults keep a 360 px story photo well under 40 KB.
    public init(jpegQuality: Int = 70, webpQuality: Int = 65, pixelLimit: Int = 100_000_000) {
        self.jpegQuality = min(100, max(1, jpegQuality))
        self.webpQuality = min(100, max(1, webpQuality))
        self.pixelLimit = pixelLimit
    }

    var fingerprint: String { "jpeg=\(jpegQuality);webp=\(webpQuality);limit=\(pixelLimit)" }
}
