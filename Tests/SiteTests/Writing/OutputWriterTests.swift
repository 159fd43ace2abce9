import Foundation
import Testing
@testable import Site

@Suite struct OutputWriterTests {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")
    var site: URL { parent.appendingPathComponent("site") }

    func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func commitReplacesWhatPathwaysMadeAndKeepsWhatItDidNot() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data().write(to: output.appendingPathComponent(".gitkeep"))

        let first = try OutputWriter(outputDirectory: output, siteRoot: site)
        try first.write("<p>old</p>", to: "stories/old/index.html")
        try first.commit()
        #expect(files(output) == [".gitkeep", ".pathways-output", "stories", "stories/old", "stories/old/index.html"])

        try Data("mine".utf8).write(to: output.appendingPathComponent("stories/notes.txt"))
        let second = try OutputWriter(outputDirectory: output, siteRoot: site)
        try second.write("<p>new</p>", to: "stories/amal/index.html")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("stories/old/index.html").path))
        try second.commit()

        #expect(files(output) == [".gitkeep", ".pathways-output", "stories", "stories/amal", "stories/amal/index.html", "stories/notes.txt"])
        #expect(try String(contentsOf: output.appendingPathComponent("stories/notes.txt"), encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
        let marker = try String(contentsOf: output.appendingPathComponent(".pathways-output"), encoding: .utf8)
        #expect(marker.hasSuffix("\nstories/amal/index.html\n"))
    }

    @Test func discardLeavesThePreviousOutputUntouched() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        let first = try OutputWriter(outputDirectory: output, siteRoot: site)
        try first.write("old", to: "index.html")
        try first.commit()

        let writer = try OutputWriter(outputDirectory: output, siteRoot: site)
        try writer.write("new", to: "index.html")
        writer.discard()

        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test func leftoversOfAKilledBuildAreRemovedAndReported() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        // A pid that cannot belong to a live process: above Linux's pid_max ceiling (2^22).
        let leftover = parent.appendingPathComponent(".public.staging-4999999")
        try FileManager.default.createDirectory(at: leftover.appendingPathComponent("big"), withIntermediateDirectories: true)
        try Data(OutputLocation.markerHeader.utf8).write(to: leftover.appendingPathComponent(OutputLocation.markerName))
        let stranger = parent.appendingPathComponent(".public.staging-4999998")
        try FileManager.default.createDirectory(at: stranger, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: stranger.appendingPathComponent("thesis.docx"))

        let writer = try OutputWriter(outputDirectory: parent.appendingPathComponent("public"), siteRoot: site)
        writer.discard()
        #expect(!FileManager.default.fileExists(atPath: leftover.path))
        #expect(FileManager.default.fileExists(atPath: stranger.appendingPathComponent("thesis.docx").path))
        #expect(writer.leftoverNotes.count == 2)
        #expect(writer.leftoverNotes[0].hasPrefix("'\(stranger.path)' looks like the leftover"))
        #expect(writer.leftoverNotes[1] == "removed '\(leftover.path)', left by a build that was interrupted")
    }

    @Test func aFileTheBuildWritesOverAUsersFileIsAnErrorAndNothingMoves() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        let first = try OutputWriter(outputDirectory: output, siteRoot: site)
        try first.write("a", to: "index.html")
        try first.commit()
        try Data("mine".utf8).write(to: output.appendingPathComponent("about.html"))

        let second = try OutputWriter(outputDirectory: output, siteRoot: site)
        try second.write("b", to: "index.html")
        try second.write("ours", to: "about.html")
        #expect(throws: OutputError.self) { try second.commit() }
        second.discard()
        #expect(try String(contentsOf: output.appendingPathComponent("about.html"), encoding: .utf8) == "mine")
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "a")
    }

    @Test("a user's file where the build writes a folder is an error; their other files are carried over")
    func aUsersFileWhereTheBuildWritesAFolderIsAnError() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        let first = try OutputWriter(outputDirectory: output, siteRoot: site)
        try first.write("home", to: "index.html")
        try first.commit()
        for name in ["CNAME", "guides", "google1234.html"] { try Data("mine".utf8).write(to: output.appendingPathComponent(name)) }

        let clash = try OutputWriter(outputDirectory: output, siteRoot: site)
        try clash.write("home", to: "index.html")
        try clash.write("a guide", to: "guides/first/index.html")
        #expect(throws: OutputError.self) { try clash.commit() }
        clash.discard()
        #expect(files(output) == [".pathways-output", "CNAME", "google1234.html", "guides", "index.html"])

        let fine = try OutputWriter(outputDirectory: output, siteRoot: site)
        try fine.write("home again", to: "index.html")
        try FileManager.default.removeItem(at: output.appendingPathComponent("guides"))
        try fine.write("a guide", to: "guides/first/index.html")
        try fine.commit()
        #expect(files(output) == [".pathways-output", "CNAME", "google1234.html", "guides", "guides/first", "guides/first/index.html", "index.html"])
    }

    /// A carry-over that fails half-way moves back what it moved: discarding the staging folder loses none of it.
    @Test func aBuildWritingAFileWhereAUsersFileHasItsFolderLosesNothingOfTheirs() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        let first = try OutputWriter(outputDirectory: output, siteRoot: site)
        try first.write("home", to: "index.html")
        try first.write("docs", to: "docs/index.html")
        try first.commit()
        try FileManager.default.createDirectory(at: output.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Data("ref".utf8).write(to: output.appendingPathComponent(".git/HEAD"))
        // A file of theirs in a folder Pathways made, which the next build writes as a file.
        try Data("mine".utf8).write(to: output.appendingPathComponent("docs/notes.txt"))

        let writer = try OutputWriter(outputDirectory: output, siteRoot: site)
        try writer.write("a file named like their folder", to: "docs")
        #expect(throws: OutputError.self) { try writer.commit() }
        writer.discard()
        #expect(try String(contentsOf: output.appendingPathComponent(".git/HEAD"), encoding: .utf8) == "ref")
        #expect(try String(contentsOf: output.appendingPathComponent("docs/notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func copiesALinkedFileAsARealFile() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let source = site.appendingPathComponent("logo.svg")
        try Data("<svg/>".utf8).write(to: source)
        let output = parent.appendingPathComponent("public")
        let writer = try OutputWriter(outputDirectory: output, siteRoot: site)
        try writer.copyFile(from: source.path, to: "media/logo.svg")
        try writer.commit()
        let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent("media/logo.svg").path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
    }

    @Test func copiesAFileLargerThanItsBufferByteForByteAndRefusesAnythingButARegularFile() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        // 200,003 bytes: three whole buffers of 64 KiB and a piece.
        let bytes = (0..<200_003).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) }
        let source = site.appendingPathComponent("report.pdf")
        try Data(bytes).write(to: source)
        let fifo = site.appendingPathComponent("pipe")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let output = parent.appendingPathComponent("public")
        let writer = try OutputWriter(outputDirectory: output, siteRoot: site)
        try writer.copyFile(from: source.path, to: "media/report.pdf")
        let refusal = #expect(throws: OutputError.self) { try writer.copyFile(from: fifo.path, to: "media/pipe") }
        #expect(refusal?.message == "cannot copy \(fifo.path): not a regular file")
        #expect(throws: OutputError.self) { try writer.copyFile(from: site.appendingPathComponent("missing.pdf").path, to: "media/missing.pdf") }
        #expect(writer.stampsOfWritten["media/report.pdf"]?.size == 200_003)
        try writer.commit()
        #expect(try Data(contentsOf: output.appendingPathComponent("media/report.pdf")) == Data(bytes))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("media/pipe").path))
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "stories/../../x", "a//b", "./a", "", "a\\..\\b", "a/\0b", ".pathways-output"])
    func refusesPathsOutsideTheOutput(_ path: String) throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let writer = try OutputWriter(outputDirectory: parent.appendingPathComponent("public"), siteRoot: site)
        defer { writer.discard() }
        #expect(throws: OutputError.self) { try writer.write("x", to: path) }
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.html").path))
    }

    @Test func writesDeepFoldersAndExactBytesAndSaysWhyAWriteFailed() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        let output = parent.appendingPathComponent("public")
        let writer = try OutputWriter(outputDirectory: output, siteRoot: site)
        let arabic = "<p dir=\"rtl\">مرحبا</p>"
        try writer.write(arabic, to: "ar/stories/amal/page/2/index.html")
        try writer.write("first, and longer", to: "ar/stories/amal/page/2/index.html")
        try writer.write("second", to: "ar/stories/amal/page/2/index.html")
        try writer.write([0, 255, 10], to: "ar/stories/amal/photo.bin")
        try writer.write(arabic, to: "ar/index.html")
        // A file where the build needs a folder: the write fails with the reason, and nothing is committed.
        let error = #expect(throws: OutputError.self) { try writer.write("x", to: "ar/index.html/x.html") }
        #expect(error?.description == "ar/index.html/x.html: error: cannot write: a file stands where a folder is needed")
        try writer.commit()
        #expect(try String(contentsOf: output.appendingPathComponent("ar/stories/amal/page/2/index.html"), encoding: .utf8) == "second")
        #expect(try Data(contentsOf: output.appendingPathComponent("ar/stories/amal/photo.bin")) == Data([0, 255, 10]))
        #expect(try String(contentsOf: output.appendingPathComponent("ar/index.html"), encoding: .utf8) == arabic)
    }
}
