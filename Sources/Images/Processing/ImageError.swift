/// Why an image was refused; `message` says what was found, what was expected, and what to do.
public enum ImageError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The header claims more pixels than Pathways decodes.
    case tooLarge(width: Int, height: Int, limit: Int)
    /// The data ends early or is damaged (libvips' words).
    case damaged(String)
    /// The bytes hold one format while the name announces another.
    case extensionMismatch(fileExtension: String, found: ImageFormat)
    /// The name announces a format Pathways does not read.
    case unsupportedExtension(String)
    /// The bytes are no image format Pathways reads (`found` names one it recognises, if any).
    case unrecognisedContent(fileExtension: String, found: String?)
    /// This libvips was built without a decoder for the format.
    case decoderMissing(ImageFormat)
    /// Writing the output format failed.
    case encodingFailed(String)
    /// The source file could not be read.
    case unreadable(String)
    /// The cache folder could not be read or written.
    case cacheFailed(String)
    /// libvips could not start.
    case libraryUnavailable(String)

    /// One sentence for `path:1:1: error: ...`.
    public var message: String {
        switch self {
        case let .tooLarge(width, height, limit):
            let megapixels = (width * height + 500_000) / 1_000_000
            return "image is \(width)x\(height) pixels (\(megapixels) megapixels); the limit is \(limit / 1_000_000) megapixels; hint: resize it before adding it to the site"
        case let .damaged(detail):
            return "image data is truncated or damaged\(detail.isEmpty ? "" : " (\(detail))"); hint: export or download the picture again"
        case let .extensionMismatch(fileExtension, found):
            return "file is named .\(fileExtension) but holds \(found.rawValue) data; hint: rename it to .\(found.extensions[0])"
        case let .unsupportedExtension(fileExtension):
            return "'.\(fileExtension)' is not an image format Pathways publishes; expected \(ImageError.readable); hint: export it as JPEG or PNG"
        case let .unrecognisedContent(fileExtension, found):
            let what = found.map { "\($0) data" } ?? "data that is no known image format"
            return "file is named .\(fileExtension) but holds \(what); expected \(ImageError.readable); hint: export it again as JPEG or PNG"
        case let .decoderMissing(format):
            return "this build of libvips cannot decode \(format.rawValue); hint: convert the picture to JPEG"
        case let .encodingFailed(detail):
            return "could not encode the image (\(detail))"
        case let .unreadable(detail):
            return "could not read the image file (\(detail))"
        case let .cacheFailed(detail):
            return "image cache failed: \(detail); hint: delete the cache folder and build again"
        case let .libraryUnavailable(detail):
            return "libvips could not start (\(detail))"
        }
    }

    /// The same sentence as `message`.
    public var description: String { message }

    private static let readable = "JPEG, PNG, WebP, GIF or HEIC"
}
