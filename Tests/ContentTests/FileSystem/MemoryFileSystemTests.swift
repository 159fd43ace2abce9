import Content
import Testing

@Suite struct MemoryFileSystemTests {
    @Test func resolvesRelativeAndAbsoluteLinks() throws {
        var fileSystem = MemoryFileSystem()
        fileSystem.addFile("/site/content/a.md", "a")
        fileSystem.add("/site/content/b.md", .link("a.md"))
        fileSystem.add("/site/content/c.md", .link("/site/content/b.md"))
        fileSystem.add("/site/loop", .link("/site/loop"))
        #expect(fileSystem.resolvingLinks("/site/content/c.md") == "/site/content/a.md")
        #expect(fileSystem.kindFollowingLinks(at: "/site/content/c.md") == .regularFile)
        #expect(fileSystem.resolvingLinks("/site/loop") == nil)
        #expect(try fileSystem.names(inFolder: "/site/content").sorted() == ["a.md", "b.md", "c.md"])
    }

    @Test func unreadableFoldersAndSpecialFilesFail() {
        var fileSystem = MemoryFileSystem()
        fileSystem.add("/locked", .folder(readable: false))
        fileSystem.add("/pipe", .special("a named pipe (FIFO)"))
        #expect(throws: FileSystemError("permission denied")) { try fileSystem.names(inFolder: "/locked") }
        #expect(throws: FileSystemError("not a regular file")) { try fileSystem.contents(of: "/pipe") }
    }
}
