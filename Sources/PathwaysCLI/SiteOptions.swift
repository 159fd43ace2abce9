import ArgumentParser
import Content
import Site
import Foundation

/// Flags shared by the commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "The site's folder (holding content/ and templates/).")
    var root: String = "."

    @Option(name: .long, help: "The build date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today in UTC).")
    var now: String?

    @Flag(name: .long, help: "Include items marked draft.")
    var drafts = false

    @Option(name: .customLong("base-url"), help: "Override base_url from site.yml.")
    var baseURL: String?

    @Flag(name: .long, help: "Print how long each phase took, and each layout's render time.")
    var verbose = false

    /// The root folder as an absolute URL, resolved against the working directory.
    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// The build date from `--now`, `SOURCE_DATE_EPOCH` or the clock.
    func buildDate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> BuildDate {
        if let now {
            guard now.utf8.count == 10, let date = try? BuildDate(now) else {
                throw InputProblem("--now must be a date written YYYY-MM-DD, found '\(now)'")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            // 253402300799 is 9999-12-31T23:59:59Z, the last second a four-digit year can write.
            guard let seconds = Int(epoch), (0...253_402_300_799).contains(seconds) else {
                throw InputProblem("SOURCE_DATE_EPOCH must be a whole number of seconds from 0 to 253402300799 "
                    + "(a date from 1970 to 9999), found '\(epoch)'")
            }
            return BuildDate(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return BuildDate(Date())
    }

    /// The build settings these flags describe; `output` is `--output` for `build`, `nil` for commands that write nothing.
    func settings(output: String?, force: Bool = false) throws -> BuildSettings {
        let outputURL: URL
        if let output {
            guard !output.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw InputProblem("--output is empty (an unset variable in a script?); name the folder to build into, such as 'public'")
            }
            outputURL = URL(fileURLWithPath: output, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        } else {
            outputURL = rootURL.appendingPathComponent("public", isDirectory: true)
        }
        guard !root.isEmpty else {
            throw InputProblem("--root is empty; name the site's folder, or leave --root out to use the current folder")
        }
        var override: String?
        if let baseURL {
            do {
                override = try BaseURL(baseURL).string
            } catch {
                throw InputProblem("--base-url: \(error.message)")
            }
        }
        return BuildSettings(root: rootURL, output: outputURL, now: try buildDate(), includeDrafts: drafts,
                             baseURLOverride: override, force: force, progress: TerminalProgress.listener())
    }
}

/// Prints diagnostics and the one-line summary, and turns errors into a failing exit.
enum ReportPrinter {
    /// What `--verbose` prints: each phase's time, the CPU time it used on all cores and the peak memory at its end,
    /// then each layout's pages and render time, slowest first, with the time a page.
    static func timingLines(_ report: BuildReport) -> [String] {
        var lines = report.phases.map { phase in
            let megabytes = String(format: "%.0f", Double(phase.peakMemory) / 1_048_576)
            return "\(phase.name): \(String(format: "%.3f", phase.seconds)) s (CPU \(String(format: "%.3f", phase.cpuSeconds)) s, "
                + "peak memory \(megabytes) MB)"
        }
        for layout in report.layouts {
            let each = layout.seconds / Double(max(layout.pages, 1)) * 1e6
            lines.append("  layout \(layout.layout): \(layout.pages) page\(layout.pages == 1 ? "" : "s"), "
                + "\(String(format: "%.3f", layout.seconds)) s (\(String(format: "%.0f", each)) µs a page)")
        }
        return lines
    }

    /// Prints every diagnostic, then one line saying what happened; throws a failing exit when there was an error.
    /// - Parameters:
    ///   - verb: what succeeded, e.g. `built` or `checked`.
    ///   - failure: what a failure means for the user's files, e.g. that the previous output is untouched.
    static func finish(_ report: BuildReport, verb: String, failure: String, verbose: Bool = false) throws {
        TerminalProgress.clear()
        if verbose {
            for line in timingLines(report) { FileHandleOutput.standardError(line) }
        }
        for diagnostic in report.diagnostics {
            FileHandleOutput.standardError(diagnostic.description)
        }
        let seconds = String(format: "%.2f", report.duration)
        let errors = report.errorCount, warnings = report.warningCount
        let counts = "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
        if errors > 0 {
            FileHandleOutput.standardError("failed: \(counts); \(failure)")
            throw ExitCode.failure
        }
        if report.upToDate {
            print("up to date: nothing changed since the last build (checked in \(seconds) s)")
            return
        }
        let kept = report.filesKept > 0 ? " (\(report.pagesRendered) rendered, \(report.filesKept) files kept)" : ""
        print("\(verb): \(report.pagesWritten) pages, \(report.filesWritten) files\(kept), \(counts) in \(seconds) s")
    }
}

enum FileHandleOutput {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
