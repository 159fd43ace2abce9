import Diagnostics
import Foundation
import Synchronization

/// Decoded content files kept from one load of a site to the next: a file whose entry and text are the same as last
/// time, read by a decoder with the same settings, is not decoded again.
///
/// A memo lives in memory from one load to the next in the same process (`pathways serve`), keeping each file's text
/// and its whole result, problems included, so a load with the memo reports what a load without it does. Or it is kept
/// outside the process (a file between one-off builds) as records whose bytes the caller stores and gives back
/// (``init(stored:store:digest:)``); only files decoded without any problem are kept that way.
public final class DecodingMemo: Sendable {
    /// Gives the record kept for the content file at a path; the bytes must stay valid while the memo lives.
    public typealias StoredRecord = @Sendable (_ path: String) -> UnsafeRawBufferPointer?
    /// Receives the records of a load's files, in the load's order, a chunk at a time as the load goes: `nil` when the
    /// record is the one ``StoredRecord`` gave for that path. A file with problems is left out, and so decoded again
    /// next time.
    public typealias StoreRecord = @Sendable (_ path: String, _ record: [UInt8]?) -> Void
    /// A digest of a text that is the same in every process, which a record keeps instead of the file's text.
    public typealias TextDigest = @Sendable (_ text: String) -> [UInt8]

    struct Remembered: Sendable {
        var entry: ContentFileEntry
        var text: String
        var decoded: DecodedFile
    }

    private struct State: Sendable {
        var decoder: ItemDecoder?
        var files: [String: Remembered] = [:]
        var reused = 0
        /// Records to look in on the next load only (``startFrom(stored:digest:)``).
        var seed: (stored: StoredRecord, digest: TextDigest)?
    }

    private let state = Mutex(State())
    private let stored: StoredRecord?
    private let store: StoreRecord?
    private let digest: TextDigest?

    /// An empty memo kept in memory.
    public init() {
        stored = nil
        store = nil
        digest = nil
    }

    /// A memo kept outside the process: earlier results are read from `stored` records, found by a file's path and used
    /// when their key matches (the decoder's settings, the file's place and the `digest` of its text); each load hands
    /// its records to `store`.
    public init(stored: @escaping StoredRecord, store: @escaping StoreRecord, digest: @escaping TextDigest) {
        self.stored = stored
        self.store = store
        self.digest = digest
    }

    /// For a memo kept in memory: the next load also looks for files it does not hold in `stored` records, as a memo
    /// kept outside does (a `serve` session's first load, from the records the last `build` kept). Once only: later
    /// loads have the first one's results in memory.
    public func startFrom(stored: @escaping StoredRecord, digest: @escaping TextDigest) {
        guard store == nil else { return }
        state.withLock { $0.seed = (stored, digest) }
    }

    /// Whether the texts and results of a load are kept in memory for the next.
    var keepsFiles: Bool { store == nil }

    /// How a load with `decoder` finds earlier results.
    func lookup(for decoder: ItemDecoder) -> Lookup {
        let (remembered, seed) = state.withLock { ($0.decoder == decoder ? $0.files : [:], $0.seed) }
        let digest = self.digest ?? seed?.digest
        return Lookup(remembered: store == nil ? remembered : [:], stored: stored ?? seed?.stored, digest: digest,
                      decoderKey: digest.map { $0(decoder.settingsText) } ?? [], makesRecords: store != nil)
    }

    /// Keeps this load's results for the next load (in memory): files no longer read are forgotten.
    func keep(_ files: [String: Remembered], decoder: ItemDecoder, reused: Int) {
        state.withLock { $0 = State(decoder: decoder, files: store == nil ? files : [:], reused: reused) }
    }

    /// Hands the next of a load's records to the caller's store, in the load's order.
    func store(_ records: [(path: String, record: FileRecord)]) {
        guard let store else { return }
        for (path, record) in records {
            switch record {
            case .reused: store(path, nil)
            case .made(let bytes): store(path, bytes)
            case .none: continue
            }
        }
    }

    /// The file at `path` (relative to the site root) decoded again from its text now, with the decoder of the last
    /// load that read it; `nil` when that load did not read it or the file now has any problem, warnings included
    /// (a whole load reports those). For a quick look at one saved edit before the whole site is loaded again.
    public func decodeAgain(_ path: String, in site: SiteFolder) -> DecodedItem? {
        let (decoder, earlier) = state.withLock { ($0.decoder, $0.files[path]) }
        guard let decoder, let earlier else { return nil }
        var problems: [Diagnostic] = []
        guard let text = site.text(path, limit: ContentLimits.maximumFileBytes, diagnostics: &problems), problems.isEmpty else { return nil }
        let decoded = decoder.decode(earlier.entry, text: text)
        return decoded.diagnostics.isEmpty ? decoded.item : nil
    }

    /// How many files the last load took from the memo instead of decoding them.
    public var reusedByLastLoad: Int {
        state.withLock { $0.reused }
    }

    /// What a load has for the store about one file.
    enum FileRecord: Sendable {
        /// The stored record was used.
        case reused
        /// A new record.
        case made([UInt8])
        /// Nothing to keep (a file with problems, or a memo kept in memory).
        case none
    }

    /// One load's view of the memo.
    struct Lookup: Sendable {
        fileprivate let remembered: [String: Remembered]
        fileprivate let stored: StoredRecord?
        fileprivate let digest: TextDigest?
        fileprivate let decoderKey: [UInt8]
        fileprivate let makesRecords: Bool

        /// The earlier result for `entry` with `text`, with what the store gets for it; or, when there is none,
        /// the key a new record of it would start with.
        func earlier(_ entry: ContentFileEntry, text: String) -> (decoded: DecodedFile?, record: FileRecord, key: [UInt8]?) {
            if let earlier = remembered[entry.path], earlier.entry == entry, earlier.text == text {
                return (earlier.decoded, .none, nil)
            }
            guard let digest else { return (nil, .none, nil) }
            let key = DecodedFileRecord.key(entry, textDigest: digest(text), decoderKey: decoderKey)
            if let record = stored?(entry.path), let decoded = DecodedFileRecord.decoded(record, key: key, entry: entry, text: text) {
                return (decoded, .reused, key)
            }
            return (nil, .none, key)
        }

        /// The record of `decoded`, decoded now from `text`, when it may be kept.
        func record(of decoded: DecodedFile, text: String, key: [UInt8]?) -> FileRecord {
            guard makesRecords, let key, let bytes = DecodedFileRecord.encode(decoded, text: text, key: key) else { return .none }
            return .made(bytes)
        }
    }
}

/// A content file decoded without problems, as bytes: its key (the decoder's settings, the file's entry and the digest
/// of its text, framed by their lengths), then its result (``BinaryRecordCoding``) without the body, which is the end
/// of the text.
enum DecodedFileRecord {
    private struct Stored: Codable, Equatable {
        var item: DecodedItem
        var slugLocation: SourceLocation
        var tagLocations: [Tag: SourceLocation]
        /// Where the body starts in the text, in UTF-8 bytes.
        var bodyStart: Int
    }

    static func key(_ entry: ContentFileEntry, textDigest: [UInt8], decoderKey: [UInt8]) -> [UInt8] {
        var key: [UInt8] = []
        func add(_ bytes: some Collection<UInt8>) {
            key += Array(String(bytes.count).utf8) + [0x3A]
            key += bytes
        }
        add(decoderKey)
        add(entry.kind.rawValue.utf8)
        add(entry.path.utf8)
        add(entry.slugSource.utf8)
        add((entry.bundleFolder.map { "+" + $0 } ?? "-").utf8)
        add(String(entry.bundleFiles.count).utf8)
        for file in entry.bundleFiles { add(file.utf8) }
        add(textDigest)
        return key
    }

    /// The record of `decoded`, made from `text`, or `nil` when it is not to be kept: a file with any problem, one
    /// whose body is not the end of its text as written, or one whose bytes would not read back equal.
    static func encode(_ decoded: DecodedFile, text: String, key: [UInt8]) -> [UInt8]? {
        guard decoded.diagnostics.isEmpty, var item = decoded.item else { return nil }
        let body = item.metadata.body
        let textBytes = text.utf8, bodyBytes = body.utf8
        guard textBytes.count >= bodyBytes.count, textBytes.suffix(bodyBytes.count).elementsEqual(bodyBytes) else { return nil }
        item.setBody("")
        let stored = Stored(item: item, slugLocation: decoded.slugLocation, tagLocations: decoded.tagLocations,
                            bodyStart: textBytes.count - bodyBytes.count)
        guard let bytes = try? BinaryRecordCoding.encode(stored),
              bytes.withUnsafeBytes({ try? BinaryRecordCoding.decode(Stored.self, from: $0) }) == stored else { return nil }
        return key + bytes
    }

    /// The result `record` holds when it starts with `key`, its body taken from `text`; `nil` for another file, text or
    /// decoder, or a record that cannot be read.
    static func decoded(_ record: UnsafeRawBufferPointer, key: [UInt8], entry: ContentFileEntry, text: String) -> DecodedFile? {
        guard record.count > key.count, record.prefix(key.count).elementsEqual(key),
              let stored = try? BinaryRecordCoding.decode(Stored.self, from: UnsafeRawBufferPointer(rebasing: record[key.count...])),
              stored.bodyStart >= 0, stored.bodyStart <= text.utf8.count else { return nil }
        var item = stored.item
        item.setBody(String(decoding: text.utf8.dropFirst(stored.bodyStart), as: UTF8.self))
        return DecodedFile(entry: entry, item: item, slugLocation: stored.slugLocation, diagnostics: [], tagLocations: stored.tagLocations)
    }
}
