import Foundation
import Testing
@testable import Site

@Suite struct OutputWriterTests {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")

    @Test func commitReplacesTheOutputFolderWhole() throws {
        let output = parent.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("stale.html"))

        let writer = try OutputWriter(outputDirectory: output)
        try writer.write("<p>new</p>", to: "stories/amal/index.html")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        try writer.commit()

        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("stale.html").path))
        let page = try String(contentsOf: output.appendingPathComponent("stories/amal/index.html"), encoding: .utf8)
        #expect(page == "<p>new</p>")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test func discardLeavesThePreviousOutputUntouched() throws {
        let output = parent.appendingPathComponent("public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: output.appendingPathComponent("index.html"))

        let writer = try OutputWriter(outputDirectory: output)
        try writer.write("new", to: "index.html")
        writer.discard()

        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["public"])
    }

    @Test(arguments: ["../escape.html", "/etc/passwd", "stories/../../x", "a//b", "./a", "", "a\\..\\b", "a/\0b"])
    func refusesPathsOutsideTheOutput(_ path: String) throws {
        let writer = try OutputWriter(outputDirectory: parent.appendingPathComponent("public"))
        defer { writer.discard() }
        #expect(throws: OutputError.self) { try writer.write("x", to: path) }
        #expect(!FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.html").path))
    }
}
