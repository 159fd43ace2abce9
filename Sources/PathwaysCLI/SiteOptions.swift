import ArgumentParser
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

    /// The root folder as an absolute URL, resolved against the working directory.
    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }

    /// The build date from `--now`, `SOURCE_DATE_EPOCH` or the clock.
    func buildDate() throws -> BuildDate {
        if let now {
            guard let date = try? BuildDate(now) else {
                throw ValidationError("--now must be a date written YYYY-MM-DD, found '\(now)'")
            }
            return date
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int(epoch) else {
                throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds, found '\(epoch)'")
            }
            return BuildDate(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return BuildDate(Date())
    }

    func settings(output: String?) throws -> BuildSettings {
        let outputURL = output.map {
            URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        } ?? rootURL.appendingPathComponent("public", isDirectory: true)
        return BuildSettings(root: rootURL, output: outputURL, now: try buildDate(), includeDrafts: drafts, baseURLOverride: baseURL)
    }
}

/// Prints diagnostics and the one-line summary, and turns errors into a failing exit.
enum ReportPrinter {
    static func finish(_ report: BuildReport, verb: String) throws {
        for diagnostic in report.diagnostics {
            FileHandleOutput.standardError(diagnostic.description)
        }
        let seconds = String(format: "%.2f", report.duration)
        let errors = report.errorCount, warnings = report.warningCount
        let summary = "\(verb): \(report.pagesWritten) pages, \(report.filesWritten) files, \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s") in \(seconds) s"
        if errors > 0 {
            FileHandleOutput.standardError(summary)
            throw ExitCode.failure
        }
        print(summary)
    }
}

enum FileHandleOutput {
    static func standardError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
