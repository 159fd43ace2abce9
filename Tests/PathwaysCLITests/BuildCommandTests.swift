import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import PathwaysCLI
@testable import Site

@Suite struct BuildCommandTests {
    @Test func buildFailsWithANonZeroExitOnContentErrors() throws {
        let site = TemporaryFolder(prefix: "cli-build")
        defer { site.remove() }
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Test\nbase_url: https://example.org/\n",
                        "content/stories/bad.md": "---\ntitle: Bad\ndate: 2026-09-01\n---\nNo consent field.\n"])
        var command = try PathwaysCommand.parseAsRoot(["build", "--root", site.url.path, "--now", "2026-11-23"])
        #expect(throws: ExitCode.failure) { try command.run() }
        #expect(!FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public").path))
    }

    @Test func buildWritesTheSiteIntoTheOutputFolder() throws {
        let site = TemporaryFolder(prefix: "cli-build")
        defer { site.remove() }
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Test\nbase_url: https://example.org/\n"])
        let output = site.url.appendingPathComponent("out")
        var command = try PathwaysCommand.parseAsRoot(["build", "--root", site.url.path, "--output", output.path, "--now", "2026-11-23"])
        try command.run()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
    }

    @Test func verboseTimingsListThePhasesThenEachLayoutSlowestFirst() {
        var report = BuildReport(diagnostics: [], pagesWritten: 3, filesWritten: 4, duration: 1)
        report.phases = [("load", 0.25, 0.4, 50 << 20), ("render", 0.5, 0.96, 80 << 20)]
        report.layouts = [LayoutTime(layout: "tag", pages: 2, seconds: 0.0009), LayoutTime(layout: "404", pages: 1, seconds: 0.0001)]
        #expect(ReportPrinter.timingLines(report) == [
            "load: 0.250 s (CPU 0.400 s, peak memory 50 MB)", "render: 0.500 s (CPU 0.960 s, peak memory 80 MB)",
            "  layout tag: 2 pages, 0.001 s (450 µs a page)", "  layout 404: 1 page, 0.000 s (100 µs a page)",
        ])
    }

    @Test(arguments: ["2026-13-01", "23/11/2026", "tomorrow"])
    func rejectsABadBuildDate(_ date: String) throws {
        let options = try SiteOptions.parse(["--now", date])
        #expect(throws: InputProblem.self) { try options.buildDate() }
    }

    @Test func buildDateComesFromNow() throws {
        let options = try SiteOptions.parse(["--now", "2026-02-28"])
        #expect(try options.buildDate().text == "2026-02-28")
    }
}

@Suite struct HostileFlagTests {
    @Test func anEmptyOutputIsAnError() throws {
        let options = try SiteOptions.parse([])
        #expect(throws: InputProblem.self) { try options.settings(output: "") }
        #expect(throws: InputProblem.self) { try options.settings(output: "  ") }
    }

    @Test(arguments: ["javascript:alert(1)", "ftp://example.org/", "example.org", "https://"])
    func aBadBaseURLIsRefusedLikeSiteYMLRefusesIt(_ url: String) throws {
        let options = try SiteOptions.parse(["--base-url", url])
        #expect(throws: InputProblem.self) { try options.settings(output: nil) }
    }

    @Test func aGoodBaseURLGetsItsFinalSlash() throws {
        let options = try SiteOptions.parse(["--base-url", "https://example.org/jobs", "--now", "2026-11-23"])
        #expect(try options.settings(output: nil).baseURLOverride == "https://example.org/jobs/")
    }

    @Test(arguments: ["99999999999999", "-1", "1e9", "253402300800"])
    func anOutOfRangeSourceDateEpochIsRefused(_ epoch: String) throws {
        let options = try SiteOptions.parse([])
        #expect(throws: InputProblem.self) { try options.buildDate(environment: ["SOURCE_DATE_EPOCH": epoch]) }
    }

    @Test func sourceDateEpochGivesTheDate() throws {
        let options = try SiteOptions.parse([])
        #expect(try options.buildDate(environment: ["SOURCE_DATE_EPOCH": "1795824000"]).text == "2026-11-28")
    }

    @Test(arguments: ["2026-11-22 garbage here", "2026-11-22t99:99:99", "2026-11-22T00:00:00Z"])
    func nowTakesADateOnly(_ now: String) throws {
        let options = try SiteOptions.parse(["--now", now])
        #expect(throws: InputProblem.self) { try options.buildDate() }
    }

    @Test func newRefusesALanguageThatWouldInjectFrontMatter() throws {
        let site = TemporaryFolder(prefix: "cli-new-lang")
        defer { site.remove() }
        var command = try PathwaysCommand.parseAsRoot(["new", "story", "T", "--root", site.url.path, "--lang", "en\nconsent: given"])
        #expect(throws: InputProblem.self) { try command.run() }
        #expect(TemporaryFolder.files(under: site.url).isEmpty)
    }

    @Test("a mistaken --root (missing, or a folder without content/) gets its error, and nothing is made in it")
    func aWrongRootIsLeftAsItWas() throws {
        let parent = TemporaryFolder(prefix: "cli-build-root")
        defer { parent.remove() }
        try parent.write(["notes/todo.txt": "mine"])
        for root in ["missing", "notes"] {
            var command = try PathwaysCommand.parseAsRoot(["build", "--root", parent.url.appendingPathComponent(root).path, "--now", "2026-11-23"])
            #expect(throws: ExitCode.failure) { try command.run() }
        }
        #expect(TemporaryFolder.files(under: parent.url) == ["notes/todo.txt"])
        #expect(!FileManager.default.fileExists(atPath: parent.url.appendingPathComponent("missing").path))
        #expect(!FileManager.default.fileExists(atPath: parent.url.appendingPathComponent("notes/.pathways-cache").path))
    }

    @Test("serve in a folder that is no site stops with the error instead of serving nothing, and makes nothing there")
    func serveRefusesAWrongRoot() async throws {
        let parent = TemporaryFolder(prefix: "cli-serve-root")
        defer { parent.remove() }
        try parent.write(["notes/todo.txt": "mine"])
        for root in ["missing", "notes"] {
            let serve = try #require(try PathwaysCommand.parseAsRoot(["serve", "--root", parent.url.appendingPathComponent(root).path, "--port", "0"]) as? ServeCommand)
            await #expect(throws: ExitCode.failure) { try await serve.run() }
        }
        #expect(TemporaryFolder.files(under: parent.url) == ["notes/todo.txt"])
    }

    @Test func aWrongOutputLeavesTheSiteAndReportsAFailure() throws {
        let site = TemporaryFolder(prefix: "cli-build-output")
        defer { site.remove() }
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Test\nbase_url: https://example.org/\n", "notes.txt": "mine"])
        for output in [site.url.path, site.url.appendingPathComponent("content").path, site.url.appendingPathComponent("notes.txt").path] {
            var command = try PathwaysCommand.parseAsRoot(["build", "--root", site.url.path, "--output", output, "--now", "2026-11-23", "--force"])
            #expect(throws: ExitCode.failure) { try command.run() }
        }
        #expect(TemporaryFolder.files(under: site.url).contains("notes.txt"))
        #expect(TemporaryFolder.files(under: site.url).contains("content/site.yml"))
    }
}
