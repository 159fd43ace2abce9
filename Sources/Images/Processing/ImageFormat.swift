/// A raster format Pathways reads, recognised from a file's first bytes rather than its name.
public enum ImageFormat: String, Sendable, Hashable, CaseIterable {
    case jpeg = "JPEG"
    case png = "PNG"
    case webp = "WebP"
    case gif = "GIF"
    case heif = "HEIC"

    /// The file extensions (lowercase, without the dot) that announce this format.
    public var extensions: [String] {
        switch self {
        case .jpeg: ["jpg", "jpeg", "jpe"]
        case .png: ["png"]
        case .webp: ["webp"]
        case .gif: ["gif"]
        case .heif: ["heic", "heif", "avif"]
        }
    }

    /// The libvips operation that decodes this format from memory.
    var loader: String {
        switch self {
        case .jpeg: "jpegload_buffer"
        case .png: "pngload_buffer"
        case .webp: "webpload_buffer"
        case .gif: "gifload_buffer"
        case .heif: "heifload_buffer"
        }
    }

    /// The format whose extension is `fileExtension`, if Pathways reads it.
    public init?(fileExtension: String) {
        let lowered = fileExtension.lowercased()
        guard let match = ImageFormat.allCases.first(where: { $0.extensions.contains(lowered) }) else { return nil }
        self = match
    }

    /// The format the bytes hold, judged from their magic numbers, or nil when they are none of ours.
    public static func sniff(_ bytes: [UInt8]) -> ImageFormat? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<offset + prefix.count]) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)), starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("ftyp".utf8), at: 4), bytes.count >= 12 {
            let brand = String(decoding: bytes[8..<12], as: UTF8.self)
            if ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1", "avif", "avis"].contains(brand) {
                return .heif
            }
        }
        return nil
    }

    /// A short name for formats we recognise but do not read, so a refusal can say what the file is.
    static func describeForeign(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(8))
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return "TIFF" }
        if head.starts(with: Array("BM".utf8)) { return "BMP" }
        if head.starts(with: Array("%PDF".utf8)) { return "PDF" }
        if head.starts(with: Array("<svg".utf8)) || head.starts(with: Array("<?xml".utf8)) { return "SVG or XML" }
        return nil
    }
}
