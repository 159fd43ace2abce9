import Foundation
import Testing
@testable import Site

/// `OutputFolders`: a swap over an output left as recorded lists only its top folder and the unsettled ones, and
/// anything added to any folder since still reaches the new output.
@Suite struct OutputFoldersTests {
    let site = FileManager.default.temporaryDirectory.appendingPathComponent("folders-\(UUID().uuidString)")
    var output: URL { site.appendingPathComponent("public") }
    static let pages = ["index.html", "stories/index.html", "stories/a/index.html", "stories/b/index.html", "tags/x/page/2/index.html"]

    /// A time well after every folder's change: none of them changed within a tick of it.
    static var later: FileStamp {
        FileStamp(size: 0, modifiedSeconds: Int64(Date().timeIntervalSince1970) + 60, modifiedNanoseconds: 1, inode: 0)
    }

    /// Builds the pages with the spare, as a one-off build does, swapping with `folders` and recording the new
    /// output's folders at `clock`.
    func build(folders: OutputFolders? = nil, clock: FileStamp? = later) throws -> OutputWriter {
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let writer = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        for page in Self.pages { try writer.write(page, to: page) }
        try writer.commit(folders: folders, recordingFolders: { clock })
        return writer
    }

    @Test func anOutputLeftAsRecordedIsListedOnlyAtItsTop() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let record = try #require(try build().foldersRecord())
        #expect(record.unsettled == [])
        let second = try build(folders: record)
        #expect(second.foldersListed.load(ordering: .relaxed) == 1)
        #expect(try String(contentsOf: output.appendingPathComponent("tags/x/page/2/index.html"), encoding: .utf8) == "tags/x/page/2/index.html")
    }

    @Test("a file, a folder or a link added deep in the output is carried over", arguments: ["file", "folder", "link"])
    func whatIsAddedToAnyFolderIsCarriedOver(kind: String) throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let record = try #require(try build().foldersRecord())
        let added = output.appendingPathComponent("tags/x/page/notes")
        switch kind {
        case "file": try Data("mine".utf8).write(to: added)
        case "folder": try FileManager.default.createDirectory(at: added.appendingPathComponent("inside"), withIntermediateDirectories: true)
        default: try FileManager.default.createSymbolicLink(atPath: added.path, withDestinationPath: "../elsewhere")
        }
        let second = try build(folders: record)
        #expect(second.foldersListed.load(ordering: .relaxed) == 8, "a changed folder: the top and every one of the seven folders are listed")
        switch kind {
        case "file": #expect(try String(contentsOf: added, encoding: .utf8) == "mine")
        case "folder":
            var isFolder: ObjCBool = false
            #expect(FileManager.default.fileExists(atPath: added.appendingPathComponent("inside").path, isDirectory: &isFolder) && isFolder.boolValue)
        default: #expect(try FileManager.default.destinationOfSymbolicLink(atPath: added.path) == "../elsewhere")
        }
    }

    @Test func whatWasCarriedOverIsLookedForAgainEveryTime() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let first = try #require(try build().foldersRecord())
        try Data("mine".utf8).write(to: output.appendingPathComponent("stories/a/notes.txt"))
        let record = try #require(try build(folders: first).foldersRecord())
        #expect(record.unsettled == ["stories/a"])
        let third = try build(folders: record)
        #expect(third.foldersListed.load(ordering: .relaxed) == 2, "the top and the folder holding what Pathways did not make")
        #expect(try String(contentsOf: output.appendingPathComponent("stories/a/notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func foldersChangedWithinATickOfTheRecordAreUnsettled() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build()
        let now = try #require(OutputFolders.stamp(output.appendingPathComponent("stories").path))
        let record = OutputFolders.record(OutputFolders.stamp(OutputFolders.holding(Self.pages), clock: now, in: output.path + "/"), carried: [])
        #expect(record.unsettled.contains("stories"))
        #expect(try #require(try build(clock: nil).foldersRecord()).unsettled == ["stories", "stories/a", "stories/b", "tags", "tags/x", "tags/x/page", "tags/x/page/2"],
                "without a clock nothing is settled")
    }

    @Test func foldersStampedFromTheirParentsAreStampedAsByTheirPaths() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build()
        try FileManager.default.createSymbolicLink(atPath: output.appendingPathComponent("stories/linked").path, withDestinationPath: "a")
        let folders: [Substring] = ["stories", "stories/a", "tags/x/page/2", "stories/linked", "stories/missing", "missing/a"]
        let stamps = OutputFolders.stamps(folders, in: output.path + "/")
        #expect(stamps.count == folders.count)
        for (folder, stamp) in zip(folders, stamps) {
            #expect(stamp == OutputFolders.stamp(output.path + "/" + folder), "\(folder)")
        }
        #expect(stamps.prefix(3).allSatisfy { $0 != nil })
        #expect(stamps.suffix(3).allSatisfy { $0 == nil }, "a link to a folder, and what is not there, have no stamp")
    }

    @Test func aSwapThatRecordsNothingHasNoRecord() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        let writer = try OutputWriter(outputDirectory: output, siteRoot: site, spare: true)
        for page in Self.pages { try writer.write(page, to: page) }
        try writer.commit()
        #expect(writer.foldersRecord() == nil)
    }

    @Test func theRecordTakenBeforeTheSwapHoldsForTheSwappedOutput() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        _ = try build()
        let record = try #require(try build().foldersRecord())
        #expect(record.unsettled == [])
        #expect(record == OutputFolders.record(OutputFolders.stamp(OutputFolders.holding(Self.pages), clock: Self.later, in: output.path + "/"),
                                               carried: []),
                "stamped in the staging folder, the same as stamped in the output after the swap")
    }

    @Test func aFolderReplacedByAnotherOfTheSameNameIsListedAgain() throws {
        defer { try? FileManager.default.removeItem(at: site) }
        let record = try #require(try build().foldersRecord())
        let folder = output.appendingPathComponent("stories/b")
        try FileManager.default.moveItem(at: folder, to: site.appendingPathComponent("b-aside"))
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("index.htm"))
        #expect(!record.holdsWhatItHeld(folders: OutputFolders.holding(Self.pages), in: output.path + "/"))
        _ = try build(folders: record)
        #expect(try String(contentsOf: folder.appendingPathComponent("index.htm"), encoding: .utf8) == "mine")
    }
}
