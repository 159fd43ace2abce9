import CVips
import Foundation
@testable import Images

/// Builds and reads back pictures with libvips directly, independent of the code under test.
enum TestPictures {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static func started() throws {
        // Once for the process, as the code under test starts it: `vips_init` is not safe from two threads at once.
        try VipsRuntime.start()
    }

    /// Whether this libvips has the operation `name` (e.g. "heifsave_buffer").
    static func has(_ name: String) -> Bool {
        (try? started()) != nil && pathways_vips_type_find("VipsOperation", name) != 0
    }

    /// A `width` x `height` white RGB picture with a pure red block in its top-left corner
    /// (a quarter of each side), so any rotation is visible.
    static func marked(width: Int, height: Int) -> [UInt8] {
        var pixels = [UInt8](repeating: 255, count: width * height * 3)
        for y in 0..<(height / 4) {
            for x in 0..<(width / 4) {
                let index = (y * width + x) * 3
                pixels[index + 1] = 0
                pixels[index + 2] = 0
            }
        }
        return pixels
    }

    /// Encodes raw 8-bit pixels with `suffix` (".jpg[Q=90]", ".png"), keeping the metadata the image is given:
    /// an EXIF `orientation` when not nil.
    static func encode(
        pixels: [UInt8], width: Int, height: Int, bands: Int = 3, suffix: String, orientation: Int? = nil
    ) throws -> [UInt8] {
        try started()
        guard let image = pixels.withUnsafeBytes({
            pathways_vips_image_new_from_memory_copy($0.baseAddress, $0.count, Int32(width), Int32(height), Int32(bands), VIPS_FORMAT_UCHAR)
        }) else { throw Failure(description: "could not wrap pixels") }
        defer { g_object_unref(image) }
        image.pointee.Type = bands >= 3 ? VIPS_INTERPRETATION_sRGB : VIPS_INTERPRETATION_B_W
        if let orientation { pathways_vips_image_set_int(image, "orientation", Int32(orientation)) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard pathways_vips_save_buffer_keeping_metadata(image, suffix, &buffer, &length) == 0, let buffer else {
            throw Failure(description: "could not save \(suffix): \(String(cString: pathways_vips_error_buffer()))")
        }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// A decoded picture: size, bands, raw pixels and the names of the metadata fields libvips found.
    struct Decoded {
        var width: Int
        var height: Int
        var bands: Int
        var pixels: [UInt8]
        var fields: [String]

        /// The first three channels at (x, y).
        func rgb(x: Int, y: Int) -> [UInt8] {
            let index = (y * width + x) * bands
            return bands >= 3 ? Array(pixels[index..<index + 3]) : Array(repeating: pixels[index], count: 3)
        }
    }

    /// Decodes any picture libvips reads, pixels and metadata field names.
    static func decode(_ bytes: [UInt8]) throws -> Decoded {
        try started()
        return try bytes.withUnsafeBytes { raw in
            guard let lazy = pathways_vips_load_any_buffer(raw.baseAddress, raw.count) else {
                throw Failure(description: "libvips could not read the output: \(String(cString: pathways_vips_error_buffer()))")
            }
            defer { g_object_unref(lazy) }
            var fields: [String] = []
            if let names = pathways_vips_image_get_fields(lazy) {
                var index = 0
                while let name = names[index] {
                    fields.append(String(cString: name))
                    index += 1
                }
                g_strfreev(names)
            }
            var size = 0
            guard let memory = pathways_vips_image_write_to_memory(lazy, &size) else { throw Failure(description: "could not decode pixels") }
            defer { g_free(memory) }
            let format = pathways_vips_image_get_format(lazy)
            guard format == VIPS_FORMAT_UCHAR else { throw Failure(description: "expected 8-bit pixels") }
            return Decoded(
                width: Int(pathways_vips_image_get_width(lazy)), height: Int(pathways_vips_image_get_height(lazy)),
                bands: Int(pathways_vips_image_get_bands(lazy)),
                pixels: Array(UnsafeRawBufferPointer(start: memory, count: size)), fields: fields.sorted()
            )
        }
    }

    /// Whether a pixel is close to pure red, white or another expected colour.
    static func isClose(_ pixel: [UInt8], to expected: [UInt8], tolerance: Int = 40) -> Bool {
        zip(pixel, expected).allSatisfy { abs(Int($0) - Int($1)) <= tolerance }
    }
}
