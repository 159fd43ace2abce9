import Foundation
import Synchronization

/// Records kept by name in one file from one one-off `build` to the next, for a memo that `serve` keeps in memory
/// instead (see ``RecordShards``, which spreads a site's records over several such files).
///
/// The module that makes a record also checks it: a record starts with a key (what it was made from: a document and
/// the index options; a file's place, the digest of its text and the decoder's settings) and is used only for a key
/// byte for byte equal. The file holds, after its header, the running program's identity (another Pathways starts from
/// nothing), then each name and its record, in the order the build handed them over, then the digest of it all; a
/// damaged file is ignored whole. It is read mapped, and the pages of the records the build has moved past are let go.
/// The new file is written as the records come, a block at a time, and only from the first one that differs from the
/// old file's (or comes in another place): an unchanged site writes nothing.
final class RecordFile: RecordStore {
    /// Bumped whenever the file's layout changes (the records' own layout is in their keys).
    static let version = 1

    private struct Entry: Sendable {
        var name: String
        /// The whole entry (its name and record, as framed in the file).
        var bytes: Range<Int>
        /// The record alone.
        var record: Range<Int>
    }

    private struct Writing: Sendable {
        /// How many records so far were the old file's entries, in the same places.
        var unchanged = 0
        var output: CacheFileWriter?
        var bytes: CacheBytesWriter?
        /// How far the old file's pages have been let go.
        var released = 0
        var failed = false
    }

    /// Where the records are kept.
    let file: URL
    private let header: String
    private let program: Fingerprint
    private let mapped: MappedFile?
    private let entries: [Entry]
    private let entriesStart: Int
    private let byName: [String: Int]
    /// Whether the file was read and found whole (it may hold no records).
    private let wasRead: Bool
    private let writing = Mutex(Writing())

    /// The records kept in `file` under `header`, read from it unless `reading` is false (`--clean`) or another `program`
    /// wrote it.
    init(file: URL, header: String, reading: Bool, program: Fingerprint = ProgramIdentity.current) {
        self.file = file
        self.header = header
        self.program = program
        var entries: [Entry] = []
        var start = 0
        var whole = false
        let mapped = reading ? MappedFile(file) : nil
        if let mapped, var reader = CacheBytesReader(mapped.bytes, header: header, version: Self.version, releaseStride: Self.releaseStride,
                                                     release: { mapped.release(0..<$0) }),
           reader.fingerprint() == program {
            start = reader.position
            whole = true
            while !reader.atEnd {
                let entryStart = reader.position
                guard let name = reader.text(), let record = reader.framedBytes() else {
                    entries = []
                    whole = false
                    break
                }
                entries.append(Entry(name: name, bytes: entryStart..<reader.position, record: record))
            }
        }
        self.mapped = entries.isEmpty ? nil : mapped
        self.entries = entries
        wasRead = whole
        entriesStart = start
        byName = Dictionary(entries.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// How many records the file held.
    var storedCount: Int { entries.count }

    /// Finishes the new file, if one was begun, or begins and finishes it when the build handed over fewer records than
    /// the file holds (or it was not read). A failure leaves the old file, which stays correct for what it holds.
    func save() {
        writing.withLock { state in
            if state.output == nil, !state.failed, state.unchanged != entries.count || !wasRead { begin(&state) }
            guard let output = state.output, let bytes = state.bytes, !state.failed else { return }
            state.output = nil
            state.bytes = nil
            output.append(bytes.finished()[...])
            try? output.finish()
        }
    }

    func record(for name: String) -> UnsafeRawBufferPointer? {
        guard let mapped, let number = byName[name] else { return nil }
        return UnsafeRawBufferPointer(rebasing: mapped.bytes[entries[number].record])
    }

    func store(_ name: String, _ record: [UInt8]?) {
        writing.withLock { state in
            guard !state.failed else { return }
            let place = state.unchanged
            if state.output == nil, record == nil, place < entries.count, entries[place].name == name {
                state.unchanged += 1
                release(upTo: entries[place].bytes.upperBound, &state)
                return
            }
            // A `nil` for a name the old file lacks has nothing to keep (the caller's promise was broken): no entry.
            guard record != nil || byName[name] != nil else { return }
            if state.output == nil { begin(&state) }
            guard state.output != nil, state.bytes != nil else { return }
            state.bytes!.add(name)
            if let record {
                state.bytes!.add(bytes: record)
            } else if let mapped, let number = byName[name] {
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
        var bytes = CacheBytesWriter(header: header, version: Self.version, capacity: Fingerprint.blockSize * 2)
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

    /// How far reading goes before the pages read are let go: the records a build has moved past never count in its
    /// memory, also for a small site's file of a few megabytes.
    private static let releaseStride = 256 << 10

    /// Lets go of the old file's pages below `offset`, a stride at a time.
    private func release(upTo offset: Int, _ state: inout Writing) {
        guard let mapped, offset - state.released >= Self.releaseStride else { return }
        mapped.release(0..<offset)
        state.released = offset
    }
}
