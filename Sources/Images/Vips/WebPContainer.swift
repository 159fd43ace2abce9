/// Removes metadata chunks from an encoded WebP file.
///
/// libvips 8.14.1's webpsave ignores `strip` and always writes an EXIF chunk (rebuilt from scratch
/// when the image carries none), so every WebP Pathways writes passes through here.
enum WebPContainer {
    /// Chunks that hold metadata rather than pixels.
    private static let metadataChunks: Set<String> = ["EXIF", "XMP ", "ICCP"]
    /// VP8X flag bits announcing those chunks: ICC profile, EXIF, XMP.
    private static let metadataFlags: UInt8 = 0x20 | 0x08 | 0x04

    /// `webp` without its EXIF, XMP and ICC chunks, the VP8X flags and RIFF size updated to match.
    static func strippingMetadata(_ webp: [UInt8]) throws(ImageError) -> [UInt8] {
        guard webp.count >= 12, webp[0..<4].elementsEqual("RIFF".utf8), webp[8..<12].elementsEqual("WEBP".utf8) else {
            throw .encodingFailed("libvips wrote something that is not a WebP file")
        }
        var body: [UInt8] = Array("WEBP".utf8)
        var offset = 12
        while offset + 8 <= webp.count {
            let fourCC = String(decoding: webp[offset..<offset + 4], as: UTF8.self)
            let size = Int(webp[offset + 4]) | Int(webp[offset + 5]) << 8 | Int(webp[offset + 6]) << 16 | Int(webp[offset + 7]) << 24
            let padded = size + size % 2
            guard offset + 8 + padded <= webp.count || (offset + 8 + size == webp.count) else {
                throw .encodingFailed("libvips wrote a WebP chunk '\(fourCC)' that runs past the end of the file")
            }
            let end = min(webp.count, offset + 8 + padded)
            if !metadataChunks.contains(fourCC) {
                var chunk = Array(webp[offset..<end])
                if fourCC == "VP8X", chunk.count > 8 { chunk[8] &= ~metadataFlags }
                body += chunk
            }
            offset = end
        }
        let riffSize = UInt32(body.count)
        return Array("RIFF".utf8) + [UInt8(riffSize & 0xFF), UInt8(riffSize >> 8 & 0xFF), UInt8(riffSize >> 16 & 0xFF), UInt8(riffSize >> 24)] + body
    }
}
