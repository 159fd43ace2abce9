import CVips
import Foundation
// libvips is started the one way the whole test process shares: `vips_init` is not safe to call from two threads at
// once, and parallel tests make pictures while the code under test starts it too.
@testable import Images

/// Pictures for media tests, made with libvips directly (independent of the code under test), and the command-line
/// tools the end-to-end checks call when they are installed.
enum SamplePhoto {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// A `width` x `height` picture of smooth colour gradients with a red block top-left, encoded with `suffix`
    /// (".jpg[Q=90]", ".png"), carrying an EXIF orientation when given.
    static func make(width: Int, height: Int, suffix: String = ".jpg[Q=90]", orientation: Int? = nil) throws -> [UInt8] {
        try VipsRuntime.start()
        var pixels = [UInt8](repeating: 0, count: width * height * 3)
        for y in 0..<height {
            for x in 0..<width {
                let index = (y * width + x) * 3
                let block = x < width / 4 && y < height / 4
                pixels[index] = block ? 255 : UInt8(x * 255 / max(1, width - 1))
                pixels[index + 1] = block ? 0 : UInt8(y * 255 / max(1, height - 1))
                pixels[index + 2] = block ? 0 : UInt8((x + y) % 256)
            }
        }
        guard let image = pixels.withUnsafeBytes({
            pathways_vips_image_new_from_memory_copy($0.baseAddress, $0.count, Int32(width), Int32(height), 3, VIPS_FORMAT_UCHAR)
        }) else { throw Failure(description: "could not wrap pixels") }
        defer { g_object_unref(image) }
        image.pointee.Type = VIPS_INTERPRETATION_sRGB
        if let orientation { pathways_vips_image_set_int(image, "orientation", Int32(orientation)) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard pathways_vips_save_buffer_keeping_metadata(image, suffix, &buffer, &length) == 0, let buffer else {
            throw Failure(description: "could not save \(suffix)")
        }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// The path of `name` on PATH, if installed.
    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs a tool and returns its standard output (standard error is dropped).
    @discardableResult
    static func run(_ name: String, _ arguments: [String]) throws -> String {
        guard let url = tool(name) else { throw Failure(description: "\(name) is not installed") }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}

extension SamplePhoto {
    /// The width and height libvips reads from `bytes`.
    static func size(of bytes: [UInt8]) throws -> (width: Int, height: Int) {
        try VipsRuntime.start()
        return try bytes.withUnsafeBytes { raw in
            guard let image = pathways_vips_load_any_buffer(raw.baseAddress, raw.count) else {
                throw Failure(description: "libvips could not read the picture")
            }
            defer { g_object_unref(image) }
            return (Int(pathways_vips_image_get_width(image)), Int(pathways_vips_image_get_height(image)))
        }
    }
}
