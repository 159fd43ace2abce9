import Foundation

/// The output format of one variant.
public enum VariantFormat: String, Sendable, Hashable, Codable {
    /// WebP, offered first in `<picture>`.
    case webp
    /// JPEG, the fallback for opaque pictures.
    case jpeg
    /// PNG, the fallback for pictures with transparency.
    case png

    /// The file extension, without the dot.
    public var fileExtension: String { rawValue == "jpeg" ? "jpg" : rawValue }
    /// The media type for `<source type=...>`.
    public var mediaType: String { "image/\(rawValue)" }
}

/// One encoded size of a picture, with everything `<picture>`, `srcset` and `width`/`height` need.
public struct ImageVariant: Sendable, Hashable {
    /// Where the variant's bytes are: in memory, or a file in the cache folder.
    public enum Content: Sendable, Hashable {
        /// The encoded bytes (no cache folder was given).
        case bytes([UInt8])
        /// A file in the cache folder; copy or link it into the output.
        case file(URL)
    }

    /// The output path, the source's path with `-<width>.<ext>` in place of its extension.
    public var relativeName: String
    /// The encoding, for `<source type>`.
    public var format: VariantFormat
    /// Pixel width, for `srcset` descriptors and the `width` attribute.
    public var width: Int
    /// Pixel height, for the `height` attribute.
    public var height: Int
    /// Where the bytes are.
    public var content: Content

    /// The encoded bytes, read from the cache file when that is where they are.
    public func data() throws -> [UInt8] {
        switch content {
        case let .bytes(bytes): bytes
        case let .file(url): Array(try Data(contentsOf: url))
        }
    }
}

/// A picture decoded, turned upright, stripped of metadata and encoded at several widths.
public struct ProcessedImage: Sendable, Hashable {
    /// The source's path, as given.
    public var sourcePath: String
    /// Width of the upright picture before resizing.
    public var width: Int
    /// Height of the upright picture before resizing.
    public var height: Int
    /// Every variant, narrowest first; for each width a WebP and then its fallback (JPEG, or PNG with transparency).
    public var variants: [ImageVariant]
    /// How many variants were encoded by this call (0 when all came from the cache).
    public var encodedCount: Int

    /// The fallback variants (JPEG or PNG), narrowest first, for `<img srcset>`.
    public var fallbacks: [ImageVariant] { variants.filter { $0.format != .webp } }
    /// The WebP variants, narrowest first, for `<source type="image/webp" srcset>`.
    public var webp: [ImageVariant] { variants.filter { $0.format == .webp } }
}
