// Writes a minimal public/ for Tests/browser/search_browser_test.py: the fixture search pages,
// the site's CSS and search script, and an index built from Tests/browser/fixture/documents.json.
// usage: search-fixture OUTPUT_DIR   (run from the repository root)
import Foundation
import SearchIndex

struct FixtureDocument: Decodable {
    let url, title, summary, body, language, date: String
    let tags, extraText: [String]
    let facets: [String: [String]]
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: search-fixture OUTPUT_DIR (run from the repository root)\n".utf8))
    exit(2)
}
let fileManager = FileManager.default
let root = URL(fileURLWithPath: fileManager.currentDirectoryPath)
let fixture = root.appendingPathComponent("Tests/browser/fixture")
let output = URL(fileURLWithPath: arguments[1])

func write(_ bytes: [UInt8], to relativePath: String) throws {
    let url = output.appendingPathComponent(relativePath)
    try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
}

do {
    let source = fixture.appendingPathComponent("documents.json")
    let documents = try JSONDecoder().decode([FixtureDocument].self, from: Data(contentsOf: source)).map {
        SearchDocument(url: $0.url, title: $0.title, summary: $0.summary, body: $0.body, tags: $0.tags,
                       extraText: $0.extraText, facets: $0.facets, language: $0.language, date: $0.date)
    }
    for page in ["search/index.html", "ar/search/index.html"] {
        try write(Array(Data(contentsOf: fixture.appendingPathComponent(page))), to: page)
    }
    for asset in ["search.js", "site.css"] {
        try write(Array(Data(contentsOf: root.appendingPathComponent("templates/assets/\(asset)"))), to: "assets/\(asset)")
    }
    for file in SearchIndexBuilder().build(documents) {
        try write(file.bytes, to: "search/" + file.path)
    }
    print("wrote \(output.path): \(documents.count) documents")
} catch {
    FileHandle.standardError.write(Data("search-fixture: error: \(error)\n".utf8))
    exit(1)
}
