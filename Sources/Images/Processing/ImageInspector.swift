internal import CVips

/// Checks a source before any pixel is decoded: its bytes match its name, and its header is within limits.
enum ImageInspector {
    /// The format of `bytes`, when `source`'s extension and the bytes agree on one Pathways reads.
    static func format(of source: ImageSource, bytes: [UInt8]) throws(ImageError) -> ImageFormat {
        let ext = source.fileExtension
        guard let named = ImageFormat(fileExtension: ext) else {
            throw .unsupportedExtension(ext.isEmpty ? "(none)" : ext)
        }
        guard let found = ImageFormat.sniff(bytes) else {
            throw .unrecognisedContent(fileExtension: ext, found: ImageFormat.describeForeign(bytes))
        }
        guard found == named else { throw .extensionMismatch(fileExtension: ext, found: found) }
        return found
    }

    /// Reads only the header of `bytes` and refuses pictures over `pixelLimit` pixels, or in a format this libvips
    /// cannot decode. The first step of every decode, and the first that needs libvips (a picture whose variants are
    /// cached is never decoded, so a build of them never loads libvips).
    static func checkSize(
        of raw: UnsafeRawBufferPointer, format: ImageFormat, pixelLimit: Int
    ) throws(ImageError) -> (width: Int, height: Int) {
        try VipsRuntime.start()
        guard VipsRuntime.hasOperation(format.loader) else { throw .decoderMissing(format) }
        let header = try VipsPicture.make(ImageError.damaged) {
            pathways_vips_load_buffer(format.loader, raw.baseAddress, raw.count, $0)
        }
        let (width, height) = (header.width, header.height)
        let (pixels, overflow) = width.multipliedReportingOverflow(by: height)
        guard !overflow, pixels <= pixelLimit else { throw .tooLarge(width: width, height: height, limit: pixelLimit) }
        return header.uprightSize
    }
}
