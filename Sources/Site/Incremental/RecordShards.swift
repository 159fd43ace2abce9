import Content
import Foundation
import SearchIndex

/// Records kept by name, read and written through the memos that the content loader and the search index take.
protocol RecordStore: Sendable {
    /// The record kept under `name`; its bytes stay valid while the store lives.
    func record(for name: String) -> UnsafeRawBufferPointer?
    /// Takes the next record: `nil` when it is the one already kept under `name`.
    func store(_ name: String, _ record: [UInt8]?)
}

extension RecordStore {
    /// The memo a build's search index reads from these records and writes their next version through.
    func searchMemo() -> DocumentAnalysisMemo {
        DocumentAnalysisMemo(stored: { [self] url in record(for: url) }, store: { [self] url, record in store(url, record) })
    }

    /// The memo a build's content loader reads from these records and writes their next version through.
    func decodingMemo() -> DecodingMemo {
        DecodingMemo(stored: { [self] path in record(for: path) }, store: { [self] path, record in store(path, record) },
                     digest: recordTextDigest)
    }

    /// Lets a session's memo, empty before its first build, look in these records for that build.
    func seed(_ memo: DecodingMemo) {
        memo.startFrom(stored: { [self] path in record(for: path) }, digest: recordTextDigest)
    }

    /// Lets a session's memo, empty before its first build, look in these records for that build.
    func seed(_ memo: DocumentAnalysisMemo) {
        memo.startFrom(stored: { [self] url in record(for: url) })
    }
}

/// The digest a decoded file's record is keyed by.
private let recordTextDigest: DecodingMemo.TextDigest = { text in
    let digest = Fingerprint.of(text)
    return withUnsafeBytes(of: (digest.high.littleEndian, digest.low.littleEndian)) { Array($0) }
}

/// A site's records of one kind kept from one one-off `build` to the next in `.pathways-cache/build/`, spread over
/// ``count`` ``RecordFile``s by a digest of each name: the search index's analysis of each document
/// (`search.NN.cache`, by URL) and each content file decoded (`content.NN.cache`, by path). A build after an edit
/// then analyses and decodes the edited files only, and writes again only the files holding their records: a file
/// is written anew from its first changed record on, and in one file an edit near the start of a 10,000-item site
/// rewrote most of 40 MB.
final class RecordShards: RecordStore {
    /// How many files a kind of record is spread over.
    static let count = 16

    /// The files, each name's record always in the same one.
    let files: [RecordFile]

    /// The records kept as `stem.NN.cache` in `folder` under `header`, read unless `reading` is false (`--clean`) or
    /// another `program` wrote them. The single `stem.cache` of an older Pathways is removed.
    init(folder: URL, stem: String, header: String, reading: Bool, program: Fingerprint) {
        files = (0..<Self.count).map { number in
            RecordFile(file: folder.appendingPathComponent(stem + "." + (number < 10 ? "0" : "") + String(number) + ".cache"),
                       header: header, reading: reading, program: program)
        }
        unlink(folder.appendingPathComponent(stem + ".cache").path)
    }

    /// The search index's analyses for the site at `root`.
    static func searchAnalyses(root: URL, reading: Bool, program: Fingerprint) -> RecordShards {
        RecordShards(folder: folder(root: root), stem: "search", header: "pathways-search-analyses", reading: reading, program: program)
    }

    /// The decoded content files of the site at `root`.
    static func decodedContent(root: URL, reading: Bool, program: Fingerprint) -> RecordShards {
        RecordShards(folder: folder(root: root), stem: "content", header: "pathways-decoded-content", reading: reading, program: program)
    }

    private static func folder(root: URL) -> URL {
        root.appendingPathComponent(BuildCacheStore.folderName, isDirectory: true).appendingPathComponent("build", isDirectory: true)
    }

    /// The file that keeps `name`'s record.
    func file(for name: String) -> RecordFile {
        files[Int(Fingerprint.of(name).low % UInt64(files.count))]
    }

    func record(for name: String) -> UnsafeRawBufferPointer? {
        file(for: name).record(for: name)
    }

    func store(_ name: String, _ record: [UInt8]?) {
        file(for: name).store(name, record)
    }

    /// How many records the files held.
    var storedCount: Int { files.reduce(0) { $0 + $1.storedCount } }

    /// Saves every file (see ``RecordFile/save()``): those whose records did not change are not written.
    func save() {
        for file in files { file.save() }
    }
}
