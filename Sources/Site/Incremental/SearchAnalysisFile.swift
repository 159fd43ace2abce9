import Foundation
import SearchIndex
import Synchronization

/// The search index's analysis of each document, kept from one `build` to the next in
/// `.pathways-cache/build/search.cache`, so that a build after an edit analyses the edited documents only (as `serve`
/// does with the analyses it keeps in memory).
///
/// The file holds, after its header, the running program's stamp (a new Pathways, whose analysis may differ, starts
/// from nothing), then per document, in index order, its URL and its record (`SearchIndex` makes and checks records:
/// a record is used only for a document and options byte for byte equal to those it was made from), then the digest
/// of it all; a damaged file is ignored whole. It is read mapped, and the pages of the records the build has moved past
/// are let go. The new file is written while the index is gathered, a block at a time, and only from the first
/// document whose record differs from the old file's (or comes in another place): an unchanged site writes nothing.
final class SearchAnalysisFile: Sendable {
    /// Bumped whenever the file's layout changes (the records' own layout is in their keys).
    static let version = 1
    private static let header = "pathways-search-analyses"

    private struct Entry: Sendable {
        var url: String
        /// The whole entry (its URL and record, as framed in the file).
        var bytes: Range<Int>
        /// The record alone.
        var record: Range<Int>
    }

    private struct Writing: Sendable {
        /// How many documents so far were the old file's entries in the same places.
        var unchanged = 0
        var output: CacheFileWriter?
        var bytes: CacheBytesWriter?
        /// How far the old file's pages have been let go.
        var released = 0
        var failed = false
    }

    let file: URL
    private let program: Fingerprint
    private let mapped: MappedFile?
    private let entries: [Entry]
    private let entriesStart: Int
    private let byURL: [String: Int]
    private let writing = Mutex(Writing())

    /// The analyses kept in `file`, read from it unless `reading` is false (`--clean`) or another `program` wrote it.
    init(file: URL, reading: Bool, program: Fingerprint = ProgramIdentity.current) {
        self.file = file
        self.program = program
        var entries: [Entry] = []
        var start = 0
        let mapped = reading ? MappedFile(file) : nil
        if let mapped, var reader = CacheBytesReader(mapped.bytes, header: Self.header, version: Self.version, release: { mapped.release(0..<$0) }),
           reader.fingerprint() == program {
            start = reader.position
            while !reader.atEnd {
                let entryStart = reader.position
                guard let url = reader.text(), let record = reader.framedBytes() else {
                    entries = []
                    break
                }
                entries.append(Entry(url: url, bytes: entryStart..<reader.position, record: record))
            }
        }
        self.mapped = entries.isEmpty ? nil : mapped
        self.entries = entries
        entriesStart = start
        byURL = Dictionary(entries.enumerated().map { ($0.element.url, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The memo a build's search index reads from this file and writes its next version through.
    func memo() -> DocumentAnalysisMemo {
        DocumentAnalysisMemo(stored: { [self] url in record(for: url) }, store: { [self] url, record in store(url, record) })
    }

    /// The file's file for the site at `root`.
    static func file(root: URL) -> URL {
        root.appendingPathComponent(BuildCacheStore.folderName, isDirectory: true)
            .appendingPathComponent("build", isDirectory: true).appendingPathComponent("search.cache")
    }

    /// How many documents the file held.
    var storedCount: Int { entries.count }

    /// Finishes the new file, if one was begun, or begins and finishes it when the index had fewer documents than the
    /// file (or none was read). A failure leaves the old file, which stays correct for what it holds.
    func save() {
        writing.withLock { state in
            if state.output == nil, !state.failed, state.unchanged != entries.count || mapped == nil { begin(&state) }
            guard let output = state.output, let bytes = state.bytes, !state.failed else { return }
            state.output = nil
            state.bytes = nil
            output.append(bytes.finished()[...])
            try? output.finish()
        }
    }

    private func record(for url: String) -> UnsafeRawBufferPointer? {
        guard let mapped, let number = byURL[url] else { return nil }
        return UnsafeRawBufferPointer(rebasing: mapped.bytes[entries[number].record])
    }

    /// Takes the next document's record in index order: `nil` when it is the old file's for that URL.
    private func store(_ url: String, _ record: [UInt8]?) {
        writing.withLock { state in
            guard !state.failed else { return }
            let place = state.unchanged
            if state.output == nil, record == nil, place < entries.count, entries[place].url == url {
                state.unchanged += 1
                release(upTo: entries[place].bytes.upperBound, &state)
                return
            }
            if state.output == nil { begin(&state) }
            guard state.output != nil, state.bytes != nil else { return }
            state.bytes!.add(url)
            if let record {
                state.bytes!.add(bytes: record)
            } else if let mapped, let number = byURL[url] {
                state.bytes!.add(bytes: UnsafeRawBufferPointer(rebasing: mapped.bytes[entries[number].record]))
                release(upTo: entries[number].bytes.upperBound, &state)
            }
            if let blocks = state.bytes!.takeBlocks() { state.output!.append(blocks[...]) }
        }
    }

    /// Starts the new file with the old file's first entries, which the build found unchanged and in place.
    private func begin(_ state: inout Writing) {
        guard let output = try? CacheFileWriter(file) else {
            state.failed = true
            return
        }
        var bytes = CacheBytesWriter(header: Self.header, version: Self.version, capacity: Fingerprint.blockSize * 2)
        bytes.add(program)
        if let mapped, state.unchanged > 0 {
            var from = entriesStart
            let end = entries[state.unchanged - 1].bytes.upperBound
            while from < end {
                let to = min(end, from + Fingerprint.blockSize)
                bytes.add(raw: UnsafeRawBufferPointer(rebasing: mapped.bytes[from..<to]))
                if let blocks = bytes.takeBlocks() { output.append(blocks[...]) }
                from = to
            }
        }
        state.output = output
        state.bytes = bytes
    }

    /// Lets go of the old file's pages below `offset`, a few megabytes at a time.
    private func release(upTo offset: Int, _ state: inout Writing) {
        guard let mapped, offset - state.released >= 4 << 20 else { return }
        mapped.release(0..<offset)
        state.released = offset
    }
}
