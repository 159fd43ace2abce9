import Content
import Diagnostics
import Foundation
import Testing

@Suite struct SiteFolderTests {
    func memorySite() -> MemoryFileSystem {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/etc/passwd", "root:x:0:0")
        fileSystem.addFile("/site/content/media/logo.svg", "<svg/>")
        fileSystem.add("/site/content/media/passwd.txt", .link("/etc/passwd"))
        fileSystem.add("/site/content/media/copy.svg", .link("logo.svg"))
        fileSystem.add("/site/content/media/pipe", .special("a named pipe (FIFO)"))
        fileSystem.add("/site/content/media/locked", .folder(readable: false))
        fileSystem.add("/site/content/media/.hidden", .link("/etc/passwd"))
        return fileSystem
    }

    @Test func publishesRegularFilesAndInsideLinksOnly() {
        let site = SiteFolder(root: "/site", fileSystem: memorySite())
        var diagnostics: [Diagnostic] = []
        let files = site.files(under: "content/media", diagnostics: &diagnostics)
        #expect(files == [SiteFile(path: "copy.svg", sourcePath: "/site/content/media/logo.svg"),
                          SiteFile(path: "logo.svg", sourcePath: "/site/content/media/logo.svg")])
        #expect(diagnostics.sorted().map(\.description) == [
            "content/media/locked:1:1: error: cannot read this folder: permission denied; everything in it would be left out",
            "content/media/passwd.txt:1:1: error: 'content/media/passwd.txt' is a symbolic link to '/etc/passwd', outside the site, "
                + "so it is neither read nor published; copy the file into the site instead",
            "content/media/pipe:1:1: error: 'content/media/pipe' is a named pipe (FIFO), not a regular file; only regular files are read and published",
        ])
    }

    @Test func aLinkedFolderIsFollowedInsideAndRefusedOutside() {
        var fileSystem = memorySite()
        fileSystem.addFile("/site/shared/photo.jpg", "jpg")
        fileSystem.addFile("/home/user/secret/key.txt", "secret")
        fileSystem.add("/site/content/media/shared", .link("/site/shared"))
        fileSystem.add("/site/content/media/secret", .link("/home/user/secret"))
        let site = SiteFolder(root: "/site", fileSystem: fileSystem)
        var diagnostics: [Diagnostic] = []
        let files = site.files(under: "content/media", diagnostics: &diagnostics)
        #expect(files.map(\.path).contains("shared/photo.jpg"))
        #expect(!files.contains { $0.sourcePath.hasPrefix("/home") })
        #expect(diagnostics.contains { $0.path == "content/media/secret" && $0.message.contains("outside the site") })
    }

    @Test func aContentFileLinkedOutsideIsNeverRead() {
        var fileSystem = memorySite()
        fileSystem.add("/site/content/stories/leak.md", .link("/etc/passwd"))
        var diagnostics: [Diagnostic] = []
        let text = SiteFolder(root: "/site", fileSystem: fileSystem).text("content/stories/leak.md", diagnostics: &diagnostics)
        #expect(text == nil)
        #expect(diagnostics.first?.message.contains("outside the site") == true)
    }

    @Test func aFileOverTheLimitIsRefusedWithItsSize() {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/site/content/stories/huge.md", String(repeating: "x", count: 2_000))
        var diagnostics: [Diagnostic] = []
        let text = SiteFolder(root: "/site", fileSystem: fileSystem).text("content/stories/huge.md", limit: 1_000, diagnostics: &diagnostics)
        #expect(text == nil)
        #expect(diagnostics.map(\.description) == ["content/stories/huge.md:1:1: error: file is 2000 bytes; a content file may be at most 1000 bytes. Split it, or move large data and pictures to content/media"])
    }

    @Test func onDiskLinksAndPipesAreReportedWithoutHanging() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("site-folder-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let media = root.appendingPathComponent("content/media")
        try FileManager.default.createDirectory(at: media, withIntermediateDirectories: true)
        try Data("<svg/>".utf8).write(to: media.appendingPathComponent("logo.svg"))
        try FileManager.default.createSymbolicLink(atPath: media.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
        #expect(mkfifo(media.appendingPathComponent("pipe").path, 0o644) == 0)
        var diagnostics: [Diagnostic] = []
        let files = SiteFolder(root: root.path).files(under: "content/media", diagnostics: &diagnostics)
        #expect(files.map(\.path) == ["logo.svg"])
        #expect(diagnostics.map(\.path).sorted() == ["content/media/passwd.txt", "content/media/pipe"])
    }

    @Test func anUnreadableKindFolderIsAnErrorNotASilentGap() {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/site/content/site.yml", "title: T\nbase_url: https://example.org/\n")
        fileSystem.add("/site/content/evaluations", .folder(readable: false))
        let content = ContentLoader(root: URL(fileURLWithPath: "/site"), fileSystem: fileSystem).load()
        #expect(content.diagnostics.map(\.description) == [
            "content/evaluations:1:1: error: cannot read this folder: permission denied; everything in it would be left out"])
    }

    @Test func aMissingRootSaysSo() {
        let content = ContentLoader(root: URL(fileURLWithPath: "/nowhere"), fileSystem: MemoryFileSystem()).load()
        #expect(content.diagnostics.map(\.description) == [
            "/nowhere:1:1: error: the site folder '/nowhere' does not exist; pass the folder that holds content/ and templates/ with --root"])
    }

    @Test func oneSlugInTwoLanguagesIsAnError() {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/site/content/site.yml", "title: T\nbase_url: https://example.org/\nlanguages: [en, ar]\n")
        fileSystem.addFile("/site/content/pages/same.md", "---\ntitle: A\n---\n")
        fileSystem.addFile("/site/content/pages/x.md", "---\ntitle: B\nslug: same\nlang: ar\n---\n")
        let content = ContentLoader(root: URL(fileURLWithPath: "/site"), fileSystem: fileSystem).load()
        #expect(content.pages.count == 1)
        #expect(content.diagnostics.contains { $0.path == "content/pages/x.md" && $0.line == 3
            && $0.message.hasPrefix("duplicate slug 'same': content/pages/same.md already uses it (in another language") })
    }
}
