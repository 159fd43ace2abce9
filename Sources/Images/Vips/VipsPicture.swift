internal import CVips

/// One libvips image: owns its `VipsImage` reference and releases it.
final class VipsPicture {
    let pointer: UnsafeMutablePointer<VipsImage>

    /// Takes over a reference libvips handed out.
    init(owning pointer: UnsafeMutablePointer<VipsImage>) {
        self.pointer = pointer
    }

    deinit {
        g_object_unref(pointer)
    }

    var width: Int { Int(pathways_vips_image_get_width(pointer)) }
    var height: Int { Int(pathways_vips_image_get_height(pointer)) }
    var hasAlpha: Bool { pathways_vips_image_hasalpha(pointer) != 0 }

    /// The width and height once the EXIF orientation is applied.
    var uprightSize: (width: Int, height: Int) {
        pathways_vips_image_get_orientation_swap(pointer) != 0 ? (height, width) : (width, height)
    }

    /// Runs one libvips call that makes a new image, turning its failure into `failure(message)`. libvips is opened
    /// and started first if it is not yet (every image is made here, so nothing calls it before).
    static func make(
        _ failure: (String) -> ImageError,
        _ call: (UnsafeMutablePointer<UnsafeMutablePointer<VipsImage>?>) -> Int32
    ) throws(ImageError) -> VipsPicture {
        try VipsRuntime.start()
        var out: UnsafeMutablePointer<VipsImage>?
        let status = call(&out)
        guard status == 0, let out else {
            if let out { g_object_unref(out) }
            throw failure(VipsRuntime.lastError())
        }
        return VipsPicture(owning: out)
    }

    /// Decodes every pixel into memory, so the picture no longer reads its source bytes.
    func inMemory() throws(ImageError) -> VipsPicture {
        guard let copy = pathways_vips_image_copy_memory(pointer) else { throw .damaged(VipsRuntime.lastError()) }
        return VipsPicture(owning: copy)
    }

    /// The picture in sRGB (or grey) with 8 bits a channel, ready for a web format.
    func webReady() throws(ImageError) -> VipsPicture {
        let interpretation = pathways_vips_image_get_interpretation(pointer)
        if interpretation == VIPS_INTERPRETATION_sRGB || interpretation == VIPS_INTERPRETATION_B_W,
           pathways_vips_image_get_format(pointer) == VIPS_FORMAT_UCHAR {
            return self
        }
        return try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_colourspace_srgb(pointer, $0) }
    }

    /// The picture flattened onto white, for formats without transparency.
    func opaque() throws(ImageError) -> VipsPicture {
        guard hasAlpha else { return self }
        return try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_flatten_white(pointer, $0) }
    }

    /// Encodes the picture, with no metadata at all, as `format`.
    func encoded(as format: VariantFormat, quality: Int) throws(ImageError) -> [UInt8] {
        // The saver gets a copy of the pixels alone, so no metadata can reach it, whatever its `strip` does.
        let bare = try VipsPicture.make(ImageError.encodingFailed) { pathways_vips_pixels_only(pointer, $0) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32 = switch format {
        case .jpeg: pathways_vips_jpegsave_buffer(bare.pointer, Int32(quality), &buffer, &length)
        case .webp: pathways_vips_webpsave_buffer(bare.pointer, Int32(quality), &buffer, &length)
        case .png: pathways_vips_pngsave_buffer(bare.pointer, &buffer, &length)
        }
        guard status == 0, let buffer else { throw .encodingFailed(VipsRuntime.lastError()) }
        defer { g_free(buffer) }
        let bytes = Array(UnsafeRawBufferPointer(start: buffer, count: length))
        return format == .webp ? try WebPContainer.strippingMetadata(bytes) : bytes
    }
}
