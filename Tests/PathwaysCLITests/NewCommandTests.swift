import ArgumentParser
import Foundation
import Testing
import TestSupport
@testable import PathwaysCLI
import Site

@Suite struct NewCommandTests {
    func makeSite() throws -> TemporaryFolder {
        let site = TemporaryFolder(prefix: "cli-site")
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Test\nbase_url: https://example.org/\n"])
        return site
    }

    @Test func scaffoldsOfEveryKindPassCheckAsDrafts() throws {
        let site = try makeSite()
        defer { site.remove() }
        for (kind, title) in [("story", "Amal finds work"), ("evaluation", "Pilot review"), ("opening", "Remote data entry clerk")] {
            var command = try PathwaysCommand.parseAsRoot(["new", kind, title, "--root", site.url.path])
            try command.run()
        }
        let files = TemporaryFolder.files(under: site.url.appendingPathComponent("content"))
        #expect(files.contains("stories/amal-finds-work.md"))
        #expect(files.contains("evaluations/pilot-review.md"))
        #expect(files.contains("openings/remote-data-entry-clerk.md"))

        var check = try PathwaysCommand.parseAsRoot(["check", "--root", site.url.path, "--now", "2026-11-23", "--drafts"])
        try check.run()
    }

    @Test func refusesToOverwriteAnExistingItem() throws {
        let site = try makeSite()
        defer { site.remove() }
        var first = try PathwaysCommand.parseAsRoot(["new", "story", "Same title", "--root", site.url.path])
        try first.run()
        var second = try PathwaysCommand.parseAsRoot(["new", "story", "Same title", "--root", site.url.path])
        #expect(throws: ScaffoldError.self) { try second.run() }
    }

    @Test func rejectsAnUnknownKind() throws {
        var command = try PathwaysCommand.parseAsRoot(["new", "poem", "Title", "--root", "/nonexistent"])
        #expect(throws: InputProblem.self) { try command.run() }
    }
}
