import Foundation
import Testing
@testable import Site

/// Each careless `--output` runs against a throwaway site holding sentinel files; every sentinel must survive.
@Suite struct OutputLocationTests {
    /// A site with content, templates and a user's files around it.
    struct Sandbox {
        let top = FileManager.default.temporaryDirectory.appendingPathComponent("output-location-\(UUID().uuidString)")
        var site: URL { top.appendingPathComponent("site") }
        let sentinels = ["site/content/stories/amal.md", "site/templates/layouts/base.liquid", "site/notes.txt",
                         "mydocs/notes.txt", "mydocs/sub/thesis.docx", "report.txt"]

        init() throws {
            for path in sentinels {
                let url = top.appendingPathComponent(path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("sentinel \(path)".utf8).write(to: url)
            }
        }

        func survived() -> Bool {
            sentinels.allSatisfy { (try? String(contentsOf: top.appendingPathComponent($0), encoding: .utf8)) == "sentinel \($0)" }
        }

        func remove() { try? FileManager.default.removeItem(at: top) }
    }

    @Test(arguments: [
        ("site", "is or holds the site folder"),
        ("site/content", "is or holds content/"),
        ("site/templates", "is or holds templates/"),
        ("site/templates/layouts", "is inside templates/"),
        ("site/content/media/out", "is inside content/"),
        ("site/..", "is or holds the site folder"),
        ("site/../site/.", "is or holds the site folder"),
        ("report.txt", "is a file, not a folder"),
        ("mydocs", "holds 2 entries that Pathways did not make (notes.txt, sub/)"),
    ])
    func refusesWithoutTouchingAnything(_ output: String, _ expected: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let url = sandbox.top.appendingPathComponent(output)
        #expect(throws: OutputError.self) {
            _ = try OutputWriter(outputDirectory: url, siteRoot: sandbox.site)
        }
        do {
            _ = try OutputLocation.validate(url, siteRoot: sandbox.site, force: false)
        } catch {
            #expect(error.message.contains(expected), "\(error.message)")
        }
        #expect(sandbox.survived())
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.top.path).sorted() == ["mydocs", "report.txt", "site"])
    }

    @Test func forceNeverReachesTheSite() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for output in ["site", "site/content", "site/templates"] {
            #expect(throws: OutputError.self) {
                _ = try OutputLocation.validate(sandbox.top.appendingPathComponent(output), siteRoot: sandbox.site, force: true)
            }
        }
        #expect(sandbox.survived())
    }

    @Test func forceReplacesAForeignFolderButKeepsItsHiddenFiles() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let mydocs = sandbox.top.appendingPathComponent("mydocs")
        try Data().write(to: mydocs.appendingPathComponent(".gitkeep"))
        let writer = try OutputWriter(outputDirectory: mydocs, siteRoot: sandbox.site, force: true)
        try writer.write("<p>site</p>", to: "index.html")
        try writer.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: mydocs.path).sorted() == [".gitkeep", ".pathways-output", "index.html"])
    }

    @Test func aSymbolicLinkIsRefusedAndItsTargetUntouched() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let link = sandbox.top.appendingPathComponent("public")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: sandbox.top.appendingPathComponent("mydocs").path)
        #expect(throws: OutputError.self) { _ = try OutputWriter(outputDirectory: link, siteRoot: sandbox.site, force: true) }
        #expect(sandbox.survived())
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path).hasSuffix("mydocs"))
    }

    @Test func aFolderHoldingOnlyDotfilesCountsAsEmpty() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let output = sandbox.site.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".gitkeep"))
        let writer = try OutputWriter(outputDirectory: output, siteRoot: sandbox.site)
        try writer.write("x", to: "index.html")
        try writer.commit()
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path))
    }

    static var canMount: Bool { getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

    @Test(.enabled(if: canMount, "needs root to mount a tmpfs")) func aMountPointIsRefusedInPlainWords() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let mount = sandbox.top.appendingPathComponent("mounted")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/mount")
        process.arguments = ["-t", "tmpfs", "none", mount.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "mount failed")
        defer {
            let unmount = Process()
            unmount.executableURL = URL(fileURLWithPath: "/bin/umount")
            unmount.arguments = [mount.path]
            try? unmount.run()
            unmount.waitUntilExit()
        }
        do {
            _ = try OutputLocation.validate(mount, siteRoot: sandbox.site, force: true)
            Issue.record("a mount point was accepted")
        } catch {
            #expect(error.message.contains("is a mount point"))
        }
    }
}
