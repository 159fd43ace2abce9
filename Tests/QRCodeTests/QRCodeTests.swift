import CVips
import Foundation
import QRCode
import Testing

@Suite struct QRCodeTests {
    static let zbarimg: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("zbarimg") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let urls = [
        "https://jobs.example.org/openings/remote-support-agent/",
        "https://example.org/ar/%D9%88%D8%B8%D8%A7%D8%A6%D9%81/%D9%85%D8%B7%D9%88%D8%B1-%D9%88%D8%A7%D8%AC%D9%87%D8%A7%D8%AA/",
        "mailto:jobs@example.org?subject=Application",
    ]

    @Test func theSVGIsOnePathWithAnAccessibleName() throws {
        let svg = try QRCode.svg(for: Self.urls[0], label: "Apply: \"Support\" & more")
        #expect(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 "#))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains(#"role="img" aria-label="Apply: &quot;Support&quot; &amp; more""#))
        #expect(svg.contains("<title>Apply: &quot;Support&quot; &amp; more</title>"))
        #expect(!svg.contains("style="))
        // Version 4 (33 modules) plus a quiet zone of 4 on each side; width and height in viewBox units.
        #expect(svg.contains(#"viewBox="0 0 41 41" width="41" height="41""#))
        // Nothing is drawn inside the quiet zone: the first dark module starts at (4, 4).
        #expect(svg.contains(#"d="M4 4h7v1h-7z"#))
    }

    @Test func emptyOrOverlongTextIsRefused() {
        #expect(throws: QRCodeError.empty) { try QRCode.svg(for: "", label: "x") }
        #expect(throws: QRCodeError.tooLong(bytes: 4000)) { try QRCode.svg(for: String(repeating: "a", count: 4000), label: "x") }
        #expect(QRCodeError.tooLong(bytes: 4000).description == "QR code text is 4000 bytes, more than a QR code holds; hint: link to a shorter URL")
    }

    @Test(.enabled(if: QRCodeTests.zbarimg != nil, "zbarimg is not installed (Debian: zbar-tools); CI installs it"), arguments: QRCodeTests.urls)
    func aTwoCentimetrePrintScans(url: String) throws {
        for level in [QRCode.ErrorCorrection.medium, .quartile] {
            let svg = try QRCode.svg(for: url, label: "Apply", errorCorrection: level)
            // 2 cm printed at 300 dpi is 236 pixels across, quiet zone included.
            let png = try Self.rasterise(svg: svg, pixelsAcross: 236)
            #expect(try Self.scan(png) == url)
        }
    }

    /// Prints the SVG's path the way a printer would at `pixelsAcross` dots for the whole code: each dot
    /// takes the colour of the module under its centre, on white paper.
    static func rasterise(svg: String, pixelsAcross: Int) throws -> [UInt8] {
        guard vips_init("qrcode-tests") == 0 else { throw Failure("libvips did not start") }
        let side = Int(svg.split(separator: "\"")[3].split(separator: " ")[2])!
        var dark = [Bool](repeating: false, count: side * side)
        let data = svg.split(separator: "d=\"")[1].prefix { $0 != "\"" }
        for run in data.split(separator: "M") {
            // Each run is "x yhNv1h-Nz".
            let numbers = run.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
            guard numbers.count == 5, numbers[3] == 1, numbers[2] == numbers[4] else { throw Failure("unexpected subpath M\(run)") }
            for x in numbers[0]..<numbers[0] + numbers[2] { dark[numbers[1] * side + x] = true }
        }
        var pixels = [UInt8](repeating: 255, count: pixelsAcross * pixelsAcross)
        for y in 0..<pixelsAcross {
            for x in 0..<pixelsAcross where dark[(y * side / pixelsAcross) * side + x * side / pixelsAcross] {
                pixels[y * pixelsAcross + x] = 0
            }
        }
        guard let image = pixels.withUnsafeBytes({
            vips_image_new_from_memory_copy($0.baseAddress, $0.count, Int32(pixelsAcross), Int32(pixelsAcross), 1, VIPS_FORMAT_UCHAR)
        }) else { throw Failure("could not wrap pixels") }
        defer { g_object_unref(image) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard pathways_vips_save_buffer_keeping_metadata(image, ".png", &buffer, &length) == 0, let buffer else { throw Failure("could not save PNG") }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    static func scan(_ png: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString).png")
        try Data(png).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = zbarimg
        process.arguments = ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
