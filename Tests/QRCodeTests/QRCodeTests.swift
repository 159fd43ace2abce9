import CVips
import Foundation
@testable import Images
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

    @Test func theSVGIsOnePathWithAnAccessibleNameGivenOnce() throws {
        let svg = try QRCode.svg(for: Self.urls[0], label: "Apply: \"Support\" & more")
        #expect(svg.hasPrefix(#"<svg viewBox="0 0 "#))
        #expect(svg.components(separatedBy: "<path").count == 2)
        #expect(svg.contains(#"role="img" aria-label="Apply: &quot;Support&quot; &amp; more""#))
        #expect(svg.components(separatedBy: "Support").count == 2, "the label is written once")
        #expect(!svg.contains("<title>"))
        #expect(!svg.contains("style="))
        // Version 4 (33 modules) plus a quiet zone of 4 on each side; width and height in viewBox units.
        #expect(svg.contains(#"viewBox="0 0 41 41" width="41" height="41""#))
        // Nothing is drawn inside the quiet zone: the first run of 7 dark modules is a stroke along the middle of row 4.
        #expect(svg.contains(##"<path stroke="#000" d="M4 4.5h7m"##))
        // The top-right finder pattern's top row is the last run of row 4: 7 modules ending at the quiet zone.
        #expect(try Self.runs(in: svg).last { $0.y == 4 } == Run(x: 30, y: 4, length: 7))
    }

    @Test func theRunsMatchTheModulesOfTheCode() throws {
        // Every row of a QR code starts (after the quiet zone) with a finder pattern or the timing column's edge:
        // rows 0 and 6 are 7 dark modules, then light, on both sides; the bottom-left finder repeats it.
        let svg = try QRCode.svg(for: Self.urls[0], label: "x")
        let runs = try Self.runs(in: svg)
        let side = 41
        for row in [4, 10, side - 11, side - 5] {
            #expect(runs.contains { $0.x == 4 && $0.y == row && $0.length == 7 }, "row \(row) starts with a finder edge")
        }
        #expect(runs.allSatisfy { $0.x >= 4 && $0.y >= 4 && $0.x + $0.length <= side - 4 && $0.y < side - 4 }, "nothing in the quiet zone")
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
        // Once for the process, as the image code starts it: `vips_init` is not safe from two threads at once.
        try VipsRuntime.start()
        let side = try Self.side(of: svg)
        var dark = [Bool](repeating: false, count: side * side)
        for run in try runs(in: svg) {
            for x in run.x..<run.x + run.length { dark[run.y * side + x] = true }
        }
        var pixels = [UInt8](repeating: 255, count: pixelsAcross * pixelsAcross)
        for y in 0..<pixelsAcross {
            for x in 0..<pixelsAcross where dark[(y * side / pixelsAcross) * side + x * side / pixelsAcross] {
                pixels[y * pixelsAcross + x] = 0
            }
        }
        guard let image = pixels.withUnsafeBytes({
            pathways_vips_image_new_from_memory_copy($0.baseAddress, $0.count, Int32(pixelsAcross), Int32(pixelsAcross), 1, VIPS_FORMAT_UCHAR)
        }) else { throw Failure("could not wrap pixels") }
        defer { g_object_unref(image) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard pathways_vips_save_buffer_keeping_metadata(image, ".png", &buffer, &length) == 0, let buffer else { throw Failure("could not save PNG") }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// The modules a side, read from the `viewBox`.
    static func side(of svg: String) throws -> Int {
        guard let box = svg.split(separator: "viewBox=\"").dropFirst().first?.prefix(while: { $0 != "\"" }),
              let side = Int(box.split(separator: " ").last ?? "") else { throw Failure("no viewBox in \(svg.prefix(80))") }
        return side
    }

    /// A run of dark modules: from column `x` of row `y`, `length` modules to the right.
    struct Run: Equatable { var x, y, length: Int }

    /// Reads the path the way a renderer does: `M`/`m` move the pen (absolutely, relatively), `h` draws a
    /// horizontal line of the default stroke width 1, which darkens row `y` when it lies along y + 0.5.
    /// Anything else (another command, a line off a row's middle, a line drawn leftwards) fails the test.
    static func runs(in svg: String) throws -> [Run] {
        guard let data = svg.split(separator: " d=\"").dropFirst().first?.prefix(while: { $0 != "\"" }) else {
            throw Failure("no path data")
        }
        var commands: [(Character, [Double])] = []
        var number = ""
        // Ends the number being read, if one is, adding it to the last command's arguments.
        func endNumber() throws {
            if !number.isEmpty {
                guard let value = Double(number), !commands.isEmpty else { throw Failure("bad number \(number)") }
                commands[commands.count - 1].1.append(value)
            }
            number = ""
        }
        for character in data {
            if character.isLetter {
                try endNumber()
                commands.append((character, []))
            } else if character == " " {
                try endNumber()
            } else if character == "-" {
                try endNumber()
                number = "-"
            } else {
                number.append(character)
            }
        }
        try endNumber()
        var pen = (x: 0.0, y: 0.0)
        var runs: [Run] = []
        for (command, numbers) in commands {
            switch (command, numbers.count) {
            case ("M", 2): pen = (numbers[0], numbers[1])
            case ("m", 2): pen = (pen.x + numbers[0], pen.y + numbers[1])
            case ("h", 1):
                let row = pen.y - 0.5
                guard numbers[0] > 0, row == row.rounded(), pen.x == pen.x.rounded(), numbers[0] == numbers[0].rounded() else {
                    throw Failure("line h\(numbers[0]) from (\(pen.x), \(pen.y)) is not along a row of modules")
                }
                runs.append(Run(x: Int(pen.x), y: Int(row), length: Int(numbers[0])))
                pen.x += numbers[0]
            default: throw Failure("unexpected path command \(command) \(numbers)")
            }
        }
        return runs
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
