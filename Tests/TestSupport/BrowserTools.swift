import Dispatch
import Foundation

/// What the real-browser tests need (Debian's chromium and chromium-driver, PyPI's selenium), and a way to run their
/// Python drivers.
public enum BrowserTools {
    /// Whether Chromium, its driver and selenium are all installed.
    public static var ready: Bool {
        ["/usr/bin/chromium", "/usr/bin/chromedriver"].allSatisfy { FileManager.default.isExecutableFile(atPath: $0) }
            && (try? run(["python3", "-c", "import selenium"]).status) == 0
    }

    /// Runs a command found on the PATH; its exit status and its standard output and error together.
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// ``run(_:)`` on a thread of its own, so that a server in the same process keeps the shared threads meanwhile.
    public static func runOffThread(_ arguments: [String]) async throws -> (status: Int32, output: String) {
        try await withCheckedThrowingContinuation { done in
            DispatchQueue.global().async { done.resume(with: Result { try run(arguments) }) }
        }
    }
}
