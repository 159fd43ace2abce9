import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import PathwaysCLI

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

    @Test(arguments: ["2026-13-01", "23/11/2026", "tomorrow"])
    func rejectsABadBuildDate(_ date: String) throws {
        let options = try SiteOptions.parse(["--now", date])
        #expect(throws: ValidationError.self) { try options.buildDate() }
    }

    @Test func buildDateComesFromNow() throws {
        let options = try SiteOptions.parse(["--now", "2026-02-28"])
        #expect(try options.buildDate().text == "2026-02-28")
    }
}
