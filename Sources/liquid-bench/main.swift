import Dispatch
import Foundation
import Synchronization
import Liquid
import LiquidConformance

// liquid-bench [FIXTURES_DIR] [--seconds 3] [--threads 1]
//
// For each fixture folder (data.json, templates/index.liquid and its partials,
// expected_result.txt): parse once, render once and compare with the expected
// text, then render in a loop for the given seconds and print renders/second.
// The line format `fixture NAME: N renders/s` is shared with the peer scripts in
// Benchmarks/liquid/, whose compare.sh turns the three runs into ratios.

/// One benchmark case read from disk.
struct Fixture {
    /// The folder name, e.g. `001`.
    let name: String
    /// Every `templates/*.liquid` file by file name, as `include`/`render` ask for them.
    let templates: [String: String]
    /// The variables `data.json` defines.
    let data: [String: Value]
    /// What the reference implementation printed.
    let expected: String

    /// Reads the fixture in `folder`.
    /// - Throws: when a file is missing or `data.json` is not a JSON object.
    init(folder: URL) throws {
        name = folder.lastPathComponent
        let templateFolder = folder.appendingPathComponent("templates")
        var templates: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: templateFolder.path) where file.hasSuffix(".liquid") {
            templates[file] = try String(contentsOf: templateFolder.appendingPathComponent(file), encoding: .utf8)
        }
        self.templates = templates
        let json = try JSONText.parse([UInt8](Data(contentsOf: folder.appendingPathComponent("data.json"))))
        guard case .dictionary(let data) = json.value else {
            throw BenchError("\(folder.path)/data.json: expected a JSON object at the top")
        }
        self.data = Dictionary(uniqueKeysWithValues: data.map { ($0.key, $0.value) })
        expected = try String(contentsOf: folder.appendingPathComponent("expected_result.txt"), encoding: .utf8)
    }
}

/// A failure that ends the run, with a message for standard error.
struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// How `got` differs from `expected`: the count of differing lines and the first three, or nil when equal.
func difference(got: String, expected: String) -> String? {
    guard got != expected else { return nil }
    let gotLines = got.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    var shown: [String] = []
    var count = 0
    for index in 0..<max(gotLines.count, expectedLines.count) {
        let left = index < gotLines.count ? String(gotLines[index]) : "<end of output>"
        let right = index < expectedLines.count ? String(expectedLines[index]) : "<end of output>"
        if left != right {
            count += 1
            if shown.count < 3 {
                shown.append("  line \(index + 1): got \(left.debugDescription), expected \(right.debugDescription)")
            }
        }
    }
    return (["  \(count) line(s) differ"] + shown).joined(separator: "\n")
}

/// Parses `index.liquid` once, checks one render, then counts renders for `seconds` on each of `threads` threads,
/// which share the parsed template and the data as a site's rendering threads do.
/// - Returns: renders per second, all threads together.
/// - Complexity: runs for about `seconds` seconds, plus one render.
func benchmark(_ fixture: Fixture, seconds: Double, threads: Int) throws -> Double {
    // "now" is the real clock, as in python-liquid and Ruby liquid, so the
    // expected text's `{{ "now" | date: "%Y" }}` year matches only in that year.
    let environment = TemplateEnvironment(loader: MemoryLoader(fixture.templates), autoescape: false,
                                          filterContext: FilterContext(now: Date()))
    let template = try environment.template(named: "index.liquid")
    let first = try environment.render(template, data: fixture.data)
    if let mismatch = difference(got: first, expected: fixture.expected) {
        let printsYear = fixture.templates.values.contains { $0.contains("\"now\" | date") }
        let yearNote = printsYear ? " (this fixture prints the current year; a year-only difference is expected)" : ""
        print("fixture \(fixture.name): matches expected: false\(yearNote)")
        print(mismatch)
    } else {
        print("fixture \(fixture.name): matches expected: true")
    }

    let rates = Mutex<[Double]>([])
    let failure = Mutex<(any Error)?>(nil)
    DispatchQueue.concurrentPerform(iterations: threads) { _ in
        do {
            let rate = try renderRate(template, data: fixture.data, environment: environment, seconds: seconds)
            rates.withLock { $0.append(rate) }
        } catch {
            failure.withLock { $0 = error }
        }
    }
    if let error = failure.withLock({ $0 }) { throw error }
    return rates.withLock { $0.reduce(0, +) }
}

/// Renders `template` over and over for `seconds`; renders per second.
func renderRate(_ template: Template, data: [String: Value], environment: TemplateEnvironment, seconds: Double) throws -> Double {
    let clock = ContinuousClock()
    let budget = Duration.milliseconds(Int64(seconds * 1000))
    let start = clock.now
    var renders = 0
    var bytes = 0  // used below so the optimiser cannot drop the renders
    var elapsed = Duration.zero
    while elapsed < budget {
        // Read the clock once per batch so timing stays out of the measurement.
        for _ in 0..<16 {
            bytes &+= try environment.render(template, data: data).utf8.count
        }
        renders += 16
        elapsed = clock.now - start
    }
    let total = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    if bytes == 0 { print("  (empty output)") }
    return Double(renders) / total
}

/// Reads `[FIXTURES_DIR] [--seconds S] [--threads N]`.
func parseArguments() throws -> (folder: URL, seconds: Double, threads: Int) {
    var arguments = Array(CommandLine.arguments.dropFirst())
    var folder = "../shared/conformance/benchmark_fixtures"
    var seconds = 3.0
    var threads = 1
    while !arguments.isEmpty {
        let argument = arguments.removeFirst()
        switch argument {
        case "--seconds":
            guard let text = arguments.first, let value = Double(text), value > 0 else {
                throw BenchError("--seconds needs a positive number")
            }
            arguments.removeFirst()
            seconds = value
        case "--threads":
            guard let text = arguments.first, let value = Int(text), value > 0 else {
                throw BenchError("--threads needs a positive whole number")
            }
            arguments.removeFirst()
            threads = value
        case "-h", "--help":
            throw BenchError("usage: liquid-bench [FIXTURES_DIR] [--seconds 3] [--threads 1]")
        default:
            folder = argument
        }
    }
    return (URL(fileURLWithPath: folder), seconds, threads)
}

do {
    let (folder, seconds, threads) = try parseArguments()
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    var isDirectory: ObjCBool = false
    let fixtures = try names.filter {
        FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }.map { try Fixture(folder: folder.appendingPathComponent($0)) }
    guard !fixtures.isEmpty else { throw BenchError("no fixture folders in \(folder.path)") }
    for fixture in fixtures {
        let rate = try benchmark(fixture, seconds: seconds, threads: threads)
        print("fixture \(fixture.name): \(Int(rate.rounded())) renders/s")
    }
} catch {
    FileHandle.standardError.write(Data("liquid-bench: \(error)\n".utf8))
    exit(1)
}
