import Foundation
import Testing
@testable import Site

/// The spare output (`OutputWriter+Spare.swift`): the old output is kept up to date beside the new one and the next
/// build stages into it, without ever changing a file of the live output before the swap.
@Suite struct OutputWriterSpareTests {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("spare-\(UUID().uuidString)")
    var output: URL { site.appendingPathComponent("public") }

    func files(_ folder: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func inode(_ path: String) throws -> UInt64 {
        (try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }

    func stamp(_ path: String, in folder: URL) -> FileStamp {
        FileStamp.of(folder.appendingPathComponent(path).path)!
    }

    /// A first build of three pages, then a second that keeps one, rewrites one, adds one and drops one.
    func twoBuilds() throws -> OutputWriter {
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let first = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        try first.write("kept", to: "stories/kept/index.html")
        try first.write("old", to: "stories/changed/index.html")
        try first.write("gone", to: "stories/gone/index.html")
        try first.commit()
        try Data("mine".utf8).write(to: output.appendingPathComponent("notes.txt"))

        let second = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(!second.reusesSpare, "no spare before the first swap over an output")
        #expect(second.keepPrevious("stories/kept/index.html", expecting: stamp("stories/kept/index.html", in: output)))
        try second.write("new", to: "stories/changed/index.html")
        try second.write("added", to: "stories/added/index.html")
        try second.commit()
        return second
    }

    @Test func theOldOutputBecomesASpareThatMatchesTheNewOne() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let writer = try twoBuilds()
        let spare = URL(fileURLWithPath: writer.spareDirectory)

        #expect(spare.path.hasPrefix(site.appendingPathComponent(".pathways-cache/spare/").path), "kept in the cache, out of git's way")
        #expect(files(output) == [".pathways-output", "notes.txt", "stories", "stories/added", "stories/added/index.html",
                                  "stories/changed", "stories/changed/index.html", "stories/kept", "stories/kept/index.html"])
        #expect(files(spare) == files(output).filter { $0 != "notes.txt" }, "the same files, without the user's, and no empty folder")
        for path in files(output) where path.hasSuffix(".html") || path == ".pathways-output" {
            #expect(try inode(spare.appendingPathComponent(path).path) == inode(output.appendingPathComponent(path).path), "\(path) is one file under two names")
        }
        #expect(OutputWriter.spareMatches(spare.path, output: output))
    }

    @Test func theNextBuildStagesIntoTheSpareAndNeverChangesTheLiveOutputBeforeTheSwap() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try twoBuilds()
        let third = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(third.reusesSpare)
        #expect(third.keepPrevious("stories/kept/index.html", expecting: stamp("stories/kept/index.html", in: output)))
        try third.write("newer", to: "stories/changed/index.html")
        // Nothing is visible before the swap: the spare's file was replaced, not written through.
        #expect(try text("stories/changed/index.html", in: output) == "new")
        #expect(try text(".pathways-output", in: output).contains("stories/added/index.html"))
        try third.commit()

        #expect(try text("stories/changed/index.html", in: output) == "newer")
        #expect(try text("notes.txt", in: output) == "mine", "the user's file is carried over")
        #expect(!files(output).contains("stories/added"), "a page no longer written is removed, with its folder")
        #expect(try !text(".pathways-output", in: output).contains("stories/added"))
    }

    @Test("a file kept from the spare is the one the cache vouches for, whatever was done by hand to its name in the output")
    func aFileKeptFromTheSpareIsTheCachedOne() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try twoBuilds()
        let recorded = ["stories/kept/index.html", "stories/changed/index.html", "stories/added/index.html"].map { ($0, stamp($0, in: output)) }
        // Removed from the output, replaced by another file, and written over in place (the spare's name is the same file).
        try FileManager.default.removeItem(at: output.appendingPathComponent("stories/kept/index.html"))
        let replacement = site.appendingPathComponent("replacement.html")
        try Data("by hand".utf8).write(to: replacement)
        #expect(rename(replacement.path, output.appendingPathComponent("stories/changed/index.html").path) == 0)
        let handle = try FileHandle(forWritingTo: output.appendingPathComponent("stories/added/index.html"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(" and more".utf8))
        try handle.close()

        let third = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(third.reusesSpare)
        #expect(third.keepPrevious(recorded[0].0, expecting: recorded[0].1), "the spare still holds the file the output lost")
        #expect(third.keepPrevious(recorded[1].0, expecting: recorded[1].1), "the spare still holds the file the output's new one replaced")
        #expect(!third.keepPrevious(recorded[2].0, expecting: recorded[2].1), "a file changed in place changed under both names")
        try third.write("added", to: "stories/added/index.html")
        try third.commit()
        #expect(try text("stories/kept/index.html", in: output) == "kept")
        #expect(try text("stories/changed/index.html", in: output) == "new")
        #expect(try text("stories/added/index.html", in: output) == "added")
    }

    @Test func aFileWhereTheSpareHasAFolderAndAFolderWhereItHasAFile() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try twoBuilds()
        let third = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(third.reusesSpare)
        try third.write("a file now", to: "stories/kept")
        try third.write("under a former file", to: "stories/changed/index.html/inside.html")
        try third.commit()
        #expect(try text("stories/kept", in: output) == "a file now")
        #expect(try text("stories/changed/index.html/inside.html", in: output) == "under a former file")
        #expect(files(output) == [".pathways-output", "notes.txt", "stories", "stories/changed", "stories/changed/index.html",
                                  "stories/changed/index.html/inside.html", "stories/kept"])
    }

    @Test func aFileSeveralFoldersAboveAPathInTheSpareIsClearedToo() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for _ in 0..<2 {
            let writer = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
            try writer.write("guide", to: "media/guide")
            try writer.commit()
        }
        let third = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(third.reusesSpare)
        try third.write("deep", to: "media/guide/pdfs/x.pdf")
        try third.commit()
        #expect(try text("media/guide/pdfs/x.pdf", in: output) == "deep")
    }

    @Test func aForcedBuildOverSomeoneElsesFolderKeepsNoSpare() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: output.appendingPathComponent("drafts"), withIntermediateDirectories: true)
        try Data("draft".utf8).write(to: output.appendingPathComponent("drafts/old.html"))
        let forced = try OutputWriter(outputDirectory: output, siteRoot: site, force: true, spare: true)
        try forced.write("new", to: "index.html")
        try forced.commit()
        #expect(!FileManager.default.fileExists(atPath: forced.spareDirectory), "the old folder was not Pathways' own")
        let next = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        try next.write("newer", to: "index.html")
        try next.commit()
        #expect(files(output) == [".pathways-output", "index.html"], "nothing of the old folder comes back")
    }

    @Test func aFailedBuildIntoTheSpareLeavesTheOutputAsItWasAndTheNextStartsAfresh() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try twoBuilds()
        let failed = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(failed.reusesSpare)
        try failed.write("broken", to: "stories/changed/index.html")
        try failed.write("stray", to: "stories/stray/index.html")
        failed.discard()
        #expect(try text("stories/changed/index.html", in: output) == "new")
        #expect(try text(".pathways-output", in: output).contains("stories/kept/index.html"))

        let next = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(!next.reusesSpare, "a changed spare is never used again")
        try next.write("kept", to: "stories/kept/index.html")
        try next.commit()
        #expect(files(output) == [".pathways-output", "notes.txt", "stories", "stories/kept", "stories/kept/index.html"])
    }

    @Test func aSpareThatDoesNotMatchIsNotUsedAndACleanBuildRemovesIt() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let writer = try twoBuilds()
        // A spare whose marker is a copy, not the output's own file (an update cut short, or someone's edit).
        let marker = URL(fileURLWithPath: writer.spareDirectory).appendingPathComponent(".pathways-output")
        let copy = try Data(contentsOf: marker)
        try FileManager.default.removeItem(at: marker)
        try copy.write(to: marker)
        let next = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        #expect(!next.reusesSpare)
        next.discard()

        let clean = try OutputWriter(outputDirectory: output, siteRoot: site, spare: false)
        try clean.write("only", to: "index.html")
        try clean.commit()
        #expect(!FileManager.default.fileExists(atPath: writer.spareDirectory), "a build without the cache keeps no spare")
        #expect(files(output) == [".pathways-output", "index.html", "notes.txt"])
    }

    @Test func aFolderAtTheSparesPlaceThatPathwaysDidNotMakeIsLeftAlone() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let spare = OutputWriter.spareLocation(output: output, siteRoot: site)
        try FileManager.default.createDirectory(atPath: spare, withIntermediateDirectories: true)
        try Data("someone's".utf8).write(to: URL(fileURLWithPath: spare).appendingPathComponent("file.txt"))
        for page in ["one", "two"] {
            let writer = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
            #expect(!writer.reusesSpare)
            try writer.write(page, to: "index.html")
            try writer.commit()
        }
        #expect(try String(contentsOfFile: spare + "/file.txt", encoding: .utf8) == "someone's")
        #expect(try text("index.html", in: output) == "two")
    }

    @Test(.enabled(if: SecondDisk.shm, "/dev/shm is not a disk apart from the temporary folder here; the test did not run"))
    func anOutputOnAnotherDiskKeepsItsSpareBesideIt() throws {
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: site) }
        let location = OutputWriter.spareLocation(output: URL(fileURLWithPath: "/dev/shm/pathways-out"), siteRoot: site)
        #expect(location == "/dev/shm/.pathways-out.spare")
    }

    @Test func theSpareOfAnOutputThatIsGoneIsRemovedWhenAnotherSpareIsKept() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let elsewhere = site.appendingPathComponent("elsewhere")
        func build(_ folder: URL, _ text: String) throws -> OutputWriter {
            let writer = try OutputWriter(outputDirectory: folder, siteRoot: site, spare: true)
            try writer.write(text, to: "index.html")
            try writer.commit()
            return writer
        }
        _ = try build(elsewhere, "one")
        let other = try build(elsewhere, "two")
        let someones = site.appendingPathComponent(".pathways-cache/spare/notes")
        try FileManager.default.createDirectory(at: someones, withIntermediateDirectories: true)
        _ = try build(output, "one")
        _ = try build(output, "two")
        #expect(OutputWriter.spareMatches(other.spareDirectory, output: elsewhere), "the spare of an output that is there is kept")

        try FileManager.default.removeItem(at: elsewhere)
        let mine = try build(output, "three")
        #expect(!FileManager.default.fileExists(atPath: other.spareDirectory), "its output is gone: nothing could use it again")
        #expect(OutputWriter.spareMatches(mine.spareDirectory, output: output))
        #expect(FileManager.default.fileExists(atPath: someones.path), "a folder Pathways did not mark is left alone")
    }

    /// An edit that writes the same paths copies the marker's text instead of listing the paths again, into a new file:
    /// the old one is also the spare's, whose update is known finished only when the new output's marker is linked in.
    @Test func anEditOfTheSamePathsGivesTheOutputANewMarkerWithTheSameText() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let marker = output.appendingPathComponent(OutputLocation.markerName).path
        for round in 0..<3 {
            let writer = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
            #expect(writer.reusesSpare == (round == 2))
            try writer.write("page \(round)", to: "stories/a/index.html")
            try writer.write("list", to: "stories/index.html")
            let before = FileStamp.of(marker)?.inode
            #expect((before == nil) == (round == 0), "an output marker from the round before, none before the first")
            try writer.commit()
            #expect(try text(OutputLocation.markerName, in: output) == OutputLocation.markerText(listing: ["stories/a/index.html", "stories/index.html"]))
            #expect(try #require(FileStamp.of(marker)).inode != before)
            #expect(OutputWriter.spareMatches(writer.spareDirectory, output: output) == (round > 0))
        }
    }
}

/// Whether this machine has a second disk to put an output on: /dev/shm apart from the temporary folder's.
enum SecondDisk {
    static let shm: Bool = {
        var disk = stat(), shm = stat()
        return stat(FileManager.default.temporaryDirectory.path, &disk) == 0 && stat("/dev/shm", &shm) == 0 && disk.st_dev != shm.st_dev
    }()
}
