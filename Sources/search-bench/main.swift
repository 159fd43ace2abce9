// Indexes the Markdown corpus written by ../shared/bench/gen_corpus.py, as the site will once it
// emits search documents: `search-bench CORPUS_DIR OUTPUT_SEARCH_DIR`. Prints documents, files, bytes, seconds.
import Foundation
import SearchIndex

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: search-bench CORPUS_DIR OUTPUT_SEARCH_DIR\n".utf8))
    exit(2)
}
let clock = ContinuousClock()
let started = clock.now
let root = URL(fileURLWithPath: arguments[1]).appendingPathComponent("content")
let output = URL(fileURLWithPath: arguments[2])
var documents: [SearchDocument] = []
for kind in ["stories", "evaluations", "openings"] {
    let folder = root.appendingPathComponent(kind)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".md") {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        documents.append(MarkdownCorpusReader.document(kind: kind, slug: String(name.dropLast(3)), text: text))
    }
}
let read = clock.now - started
let files = SearchIndexBuilder().build(documents)
FileHandle.standardError.write(Data("read \(read) build \(clock.now - started - read)\n".utf8))
var bytes = 0
for file in files {
    let url = output.appendingPathComponent(file.path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(file.bytes).write(to: url)
    bytes += file.bytes.count
}
let seconds = Double((clock.now - started).components.attoseconds) / 1e18 + Double((clock.now - started).components.seconds)
print("documents=\(documents.count) files=\(files.count) bytes=\(bytes) largest=\(files.map(\.bytes.count).max() ?? 0) seconds=\(String(format: "%.2f", seconds))")
