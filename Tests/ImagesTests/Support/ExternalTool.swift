import Foundation

/// A command-line tool the tests call when it is installed (exiftool, zbarimg).
struct ExternalTool {
    let name: String
    let url: URL?

    /// Looks `name` up on PATH.
    init(_ name: String) {
        self.name = name
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        url = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    var isInstalled: Bool { url != nil }

    /// Runs the tool and returns its standard output; throws when it exits non-zero.
    func run(_ arguments: [String]) throws -> String {
        guard let url else { throw TestPictures.Failure(description: "\(name) is not installed") }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw TestPictures.Failure(description: "\(name) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static let exiftool = ExternalTool("exiftool")
}
