import Foundation
import Testing
import Liquid

@Suite struct LoaderTests {
    private func withTemporaryFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liquid-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("partials"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func findsNamesWithAndWithoutExtensionAndInFolders() throws {
        try withTemporaryFolder { folder in
            try "item".write(to: folder.appendingPathComponent("item.liquid"), atomically: true, encoding: .utf8)
            try "card".write(to: folder.appendingPathComponent("partials/card.liquid"), atomically: true, encoding: .utf8)
            let loader = FileSystemLoader(directories: [folder])
            #expect(try loader.source(named: "item") == "item")
            #expect(try loader.source(named: "item.liquid") == "item")
            #expect(try loader.source(named: "partials/card") == "card")
            #expect(try loader.source(named: "missing") == nil)
        }
    }

    @Test func searchesDirectoriesInOrder() throws {
        try withTemporaryFolder { folder in
            try "first".write(to: folder.appendingPathComponent("partials/x.liquid"), atomically: true, encoding: .utf8)
            try "second".write(to: folder.appendingPathComponent("x.liquid"), atomically: true, encoding: .utf8)
            let loader = FileSystemLoader(directories: [folder.appendingPathComponent("partials"), folder])
            #expect(try loader.source(named: "x") == "first")
        }
    }

    @Test(arguments: ["../secret", "partials/../../x", "/etc/passwd", ""])
    func refusesEscapes(_ name: String) throws {
        try withTemporaryFolder { folder in
            let loader = FileSystemLoader(directories: [folder.appendingPathComponent("partials")])
            #expect(throws: TemplateLoaderError.self) { try loader.source(named: name) }
        }
    }

    @Test func environmentCachesParsedTemplates() throws {
        try withTemporaryFolder { folder in
            let file = folder.appendingPathComponent("page.liquid")
            try "v1".write(to: file, atomically: true, encoding: .utf8)
            let environment = TemplateEnvironment(loader: FileSystemLoader(directories: [folder]))
            #expect(try environment.render(named: "page", data: [:]) == "v1")
            try "v2".write(to: file, atomically: true, encoding: .utf8)
            #expect(try environment.render(named: "page", data: [:]) == "v1")
        }
    }

    @Test func memoryLoaderServesItsDictionary() throws {
        let loader = MemoryLoader(["a": "A"])
        #expect(try loader.source(named: "a") == "A")
        #expect(try loader.source(named: "a.liquid") == "A")
        #expect(try loader.source(named: "b") == nil)
    }
}
