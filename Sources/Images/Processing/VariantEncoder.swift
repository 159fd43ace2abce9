internal import CVips

/// Decodes one picture once, upright, and encodes it at each width in WebP and a fallback format.
struct VariantEncoder {
    let widths: [Int]
    let settings: EncodingSettings

    /// One encoded variant before it is named after its source.
    struct Encoded {
        var suffix: String
        var format: VariantFormat
        var width: Int
        var height: Int
        var bytes: [UInt8]

        func variant(stem: String, content: ImageVariant.Content) -> ImageVariant {
            ImageVariant(relativeName: stem + suffix, format: format, width: width, height: height, content: content)
        }
    }

    /// Every variant of a picture and the picture's upright size.
    struct Output {
        var width: Int
        var height: Int
        var variants: [Encoded]
    }

    /// Decodes `bytes` (already known to be `format`) and encodes its variants.
    func encode(_ bytes: [UInt8], format: ImageFormat) throws(ImageError) -> Output {
        let decoded: Result<(VipsPicture, Int, Int), ImageError> = bytes.withUnsafeBytes { raw in
            Result { () throws(ImageError) in
                let size = try ImageInspector.checkSize(of: raw, format: format, pixelLimit: settings.pixelLimit)
                let target = Self.targetWidths(widths, uprightWidth: size.width).last ?? size.width
                // The thumbnail path applies the EXIF orientation, imports any ICC profile to sRGB and
                // shrinks while decoding; copying to memory decodes every pixel here, while `raw` is alive.
                let largest = try VipsPicture.make(ImageError.damaged) {
                    pathways_vips_thumbnail_buffer(raw.baseAddress, raw.count, Int32(target), $0)
                }
                return (try largest.inMemory(), size.width, size.height)
            }
        }
        let (largest, width, height) = try decoded.get()
        var variants: [Encoded] = []
        for target in Self.targetWidths(widths, uprightWidth: width) {
            let sized = target >= largest.width ? largest : try VipsPicture.make(ImageError.encodingFailed) {
                pathways_vips_thumbnail_image(largest.pointer, Int32(target), $0)
            }
            let ready = try sized.webReady()
            let fallback: VariantFormat = ready.hasAlpha ? .png : .jpeg
            for format in [VariantFormat.webp, fallback] {
                let quality = format == .webp ? settings.webpQuality : settings.jpegQuality
                variants.append(Encoded(
                    suffix: "-\(ready.width).\(format.fileExtension)", format: format,
                    width: ready.width, height: ready.height,
                    bytes: try ready.encoded(as: format, quality: quality)
                ))
            }
        }
        return Output(width: width, height: height, variants: variants)
    }

    /// The widths to encode: each requested width the picture reaches, plus its own width when it is
    /// narrower than the widest requested one, so a small picture is offered at full size but never enlarged.
    static func targetWidths(_ widths: [Int], uprightWidth: Int) -> [Int] {
        var targets = widths.filter { $0 <= uprightWidth }
        if let widest = widths.last, widest > uprightWidth, targets.last != uprightWidth {
            targets.append(uprightWidth)
        }
        return targets.isEmpty ? [uprightWidth] : targets
    }
}
