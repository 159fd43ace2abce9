import Foundation
import Testing
import TestSupport

/// libvips (and the hundred libraries behind it) is opened only when a build processes a picture: the `pathways`
/// program `swift build` made is run on two small sites with the dynamic loader reporting what it loads.
@Suite struct PictureLibraryTests {
    /// The `pathways` program beside this test program in the build folder.
    static let program = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        .deletingLastPathComponent().appendingPathComponent("pathways")

    static var canWatchTheLoader: Bool {
        #if os(Linux)
        FileManager.default.isExecutableFile(atPath: program.path)
        #else
        false
        #endif
    }

    /// The libraries glibc's loader reports loading (`LD_DEBUG=files`) while `pathways build` builds `site`.
    static func librariesLoaded(building site: TemporaryFolder) throws -> String {
        let process = Process()
        process.executableURL = program
        process.arguments = ["build", "--root", site.url.path, "--now", "2026-11-23"]
        process.environment = ProcessInfo.processInfo.environment.merging(["LD_DEBUG": "files", "CI": "true"]) { $1 }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let report = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(report.suffix(2000))")
        return report
    }

    static func site(_ files: [String: String]) throws -> TemporaryFolder {
        let site = TemporaryFolder(prefix: "vips-loading")
        try site.copyFromRepository("templates")
        try site.write(["content/site.yml": "title: Test\nbase_url: https://example.org/\n"].merging(files) { $1 })
        return site
    }

    @Test(.enabled(if: canWatchTheLoader, "needs Linux and the pathways program built beside the tests"))
    func aSiteWithoutPicturesNeverOpensLibvips() throws {
        let site = try Self.site(["content/pages/about.md": "---\ntitle: About\n---\nWho we are.\n"])
        defer { site.remove() }
        let loaded = try Self.librariesLoaded(building: site)
        #expect(loaded.contains("file=libglib-2.0"), "the loader reported nothing: \(loaded.prefix(500))")
        #expect(!loaded.contains("libvips"))
        #expect(FileManager.default.fileExists(atPath: site.url.appendingPathComponent("public/about/index.html").path))
    }

    @Test(.enabled(if: canWatchTheLoader, "needs Linux and the pathways program built beside the tests"))
    func anOpeningsLinkPreviewOpensLibvipsAndIsDrawn() throws {
        let site = try Self.site([:])
        try site.copyFromRepository("content/openings/arabic-english-translator-freelance.md")
        defer { site.remove() }
        let loaded = try Self.librariesLoaded(building: site)
        #expect(loaded.contains("file=libvips.so.42"))
        let preview = try Data(contentsOf: site.url.appendingPathComponent("public/openings/arabic-english-translator-freelance/preview.jpg"))
        #expect(preview.starts(with: [0xFF, 0xD8, 0xFF]))
    }

    @Test(.enabled(if: canWatchTheLoader, "needs Linux and the pathways program built beside the tests"))
    func picturesAlreadyInTheCacheAreNotDecodedAgain() throws {
        let site = try Self.site(["content/pages/about.md": "---\ntitle: About\n---\nWho we are.\n"])
        defer { site.remove() }
        try site.copyFromRepository("content/stories/samir-bicycle-workshop")
        #expect(try Self.librariesLoaded(building: site).contains("file=libvips.so.42"))
        // Another file edited: the build runs again, and finds the photo's variants and link preview in the cache.
        try site.write(["content/pages/about.md": "---\ntitle: About\n---\nWho we are, and where.\n"])
        let loaded = try Self.librariesLoaded(building: site)
        #expect(!loaded.contains("libvips"))
        let variants = TemporaryFolder.files(under: site.url.appendingPathComponent("public/stories/samir-bicycle-workshop"))
        #expect(variants.contains { $0.hasSuffix(".webp") }, "\(variants)")
        let about = try String(contentsOf: site.url.appendingPathComponent("public/about/index.html"), encoding: .utf8)
        #expect(about.contains("and where"))
    }
}
