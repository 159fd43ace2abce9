#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Markdown
import Synchronization

/// Markdown bodies rendered by earlier builds, by the digest of what they were rendered from, so that an
/// unchanged body is not rendered again.
///
/// The key covers the body's text, whether unsafe HTML is allowed, the file format's version and the
/// running program (``ProgramIdentity``): another Pathways, whose renderer may differ, starts from nothing.
/// What is rendered includes the raw HTML left out and the images with their places,
/// so the warnings and errors located from them are the same as without the memo.
///
/// It is kept in `.pathways-cache/build/markdown.cache`; a damaged file is ignored whole.
final class MarkdownMemo: Sendable {
    /// Bumped whenever the file format or what is stored changes.
    static let version = 3
    private static let header = "pathways-markdown-memo"

    let file: URL?
    private let program: Fingerprint
    /// Bodies an earlier build of the same process used, by key (see ``init(continuing:)``).
    private let previous: [Fingerprint: RenderedMarkdown]
    /// Bodies in the file, decoded one by one as they are asked for.
    private let stored: StoredBodies?
    /// How many bodies the memo started with.
    private var previousCount: Int { previous.count + (stored?.ranges.count ?? 0) }
    /// Bodies this build used (found or rendered): what the next build may reuse.
    private let used = Mutex<[Fingerprint: RenderedMarkdown]>([:])
    /// Where in the build each used body was first asked for (its item's place): the file keeps them in that order, so
    /// that the next build reads it front to back and can let go of what it has read a megabyte at a time.
    private let places = Mutex<[Fingerprint: Int]>([:])
    /// Whether this build rendered a body or left one of the file's unused: then the file is written again.
    private let changed = Atomic<Bool>(false)

    /// A memo kept in `file`, read from it unless `reading` is false (`--clean`) or another `program` wrote it; `nil`
    /// keeps it in memory only.
    init(file: URL?, reading: Bool, program: Fingerprint = ProgramIdentity.current) {
        self.file = file
        self.program = Self.programStamp(program)
        previous = [:]
        if reading, let file, let mapped = MappedFile(file), let ranges = Self.index(mapped, program: self.program) {
            stored = StoredBodies(mapped: mapped, ranges: ranges)
        } else {
            stored = nil
        }
    }

    /// The memo for the next build in the same process (``BuildSession``): what `earlier` used, without reading its file.
    /// It still writes the file when saved if any build since the file was read changed something.
    init(continuing earlier: MarkdownMemo) {
        file = earlier.file
        program = earlier.program
        previous = earlier.used.withLock { $0 }
        stored = nil
        changed.store(earlier.changed.load(ordering: .relaxed) || earlier.previousCount != previous.count, ordering: .relaxed)
    }

    /// The memo's file for the site at `root`.
    static func file(root: URL) -> URL {
        root.appendingPathComponent(BuildCacheStore.folderName, isDirectory: true)
            .appendingPathComponent("build", isDirectory: true).appendingPathComponent("markdown.cache")
    }

    /// `body` rendered by `renderer`, from the memo when an earlier build rendered the same. `place` is the body's
    /// place in the build's order of items.
    func rendered(_ body: String, by renderer: MarkdownRenderer, place: Int = .max) -> RenderedMarkdown {
        let key = key(body, allowUnsafeHTML: renderer.allowUnsafeHTML)
        places.withLock { $0[key] = min($0[key] ?? .max, place) }
        if let found = used.withLock({ $0[key] }) ?? previous[key] ?? stored?.body(for: key) {
            used.withLock { $0[key] = found }
            return found
        }
        let result = renderer.render(body)
        changed.store(true, ordering: .relaxed)
        used.withLock { $0[key] = result }
        return result
    }

    /// How many bodies came from the memo.
    var reused: Int {
        used.withLock { used in used.keys.filter { previous[$0] != nil || stored?.ranges[$0] != nil }.count }
    }

    /// Writes the bodies this build used, replacing the file in one rename; nothing when nothing changed.
    func save() {
        guard let file else { return }
        let entries = used.withLock { $0 }
        guard changed.load(ordering: .relaxed) || entries.count != previousCount else { return }
        let places = places.withLock { $0 }
        let keys = entries.keys.sorted { (places[$0] ?? .max, $0) < (places[$1] ?? .max, $1) }
        try? CacheFile.replace(file) { write in Self.encode(entries, program: program, keys: keys) { write($0[...]) } }
    }

    func key(_ body: String, allowUnsafeHTML: Bool) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(program)
        builder.add(allowUnsafeHTML)
        builder.add(body)
        return builder.finish()
    }

    /// The program (``ProgramIdentity``) and the memo's format, so that another Pathways never trusts these renders.
    static func programStamp(_ program: Fingerprint = ProgramIdentity.current) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(version)
        builder.add(program)
        return builder.finish()
    }

    // MARK: File form

    /// The file's bytes: after the header, the program that rendered the bodies (``programStamp()``), so that another
    /// program's file is known at once, unread (a new Pathways renders every body again), then the bodies.
    static func encode(_ entries: [Fingerprint: RenderedMarkdown], program: Fingerprint) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(encodedSize(entries) + 64)
        encode(entries, program: program) { bytes += $0 }
        return bytes
    }

    /// ``encode(_:program:)``'s bytes handed to `write` a few blocks at a time, each made after the one before is
    /// written: at 50,000 items the memo is 347 MB, which a first build held whole for a moment.
    /// - Parameter keys: the order of the entries (every key once); by key when `nil`.
    static func encode(_ entries: [Fingerprint: RenderedMarkdown], program: Fingerprint, keys: [Fingerprint]? = nil,
                       to write: ([UInt8]) -> Void) {
        var writer = CacheBytesWriter(header: header, version: version, capacity: Fingerprint.blockSize * 2)
        writer.add(program)
        writer.add(entries.count)
        for key in keys ?? entries.keys.sorted() {
            if let blocks = writer.takeBlocks() { write(blocks) }
            let body = entries[key]!
            writer.add(key)
            writer.add(body.html)
            writer.add(body.plainText)
            writer.add(body.links.count)
            for link in body.links { writer.add(link) }
            writer.add(body.headings.count)
            for heading in body.headings {
                writer.add(heading.level)
                writer.add(heading.text)
            }
            writer.add(body.droppedHTML.count)
            for dropped in body.droppedHTML {
                writer.add(dropped.kind == .block)
                writer.add(dropped.line)
                writer.add(dropped.column)
                writer.add(dropped.snippet)
            }
            writer.add(body.images.count)
            for image in body.images {
                writer.add(image.source)
                writer.add(image.alt)
                writer.add(image.line)
                writer.add(image.column)
            }
        }
        write(writer.finished())
    }

    /// The bytes ``encode(_:)`` writes for `entries` after the header: exactly, since a buffer that outgrows its
    /// reserved size is copied into one twice as large (at 10,000 items, 69 MB became 207 MB for a moment, the
    /// peak of a `--clean` build).
    static func encodedSize(_ entries: [Fingerprint: RenderedMarkdown]) -> Int {
        // A number or a text's length is 8 bytes; a key or the program is 16; each body has two texts and four counts.
        entries.values.reduce(8 + 16) { total, body in
            total + 16 + 6 * 8 + body.html.utf8.count + body.plainText.utf8.count
                + body.links.reduce(0) { $0 + 8 + $1.utf8.count }
                + body.headings.reduce(0) { $0 + 16 + $1.text.utf8.count }
                + body.droppedHTML.reduce(0) { $0 + 25 + $1.snippet.utf8.count }
                + body.images.reduce(0) { $0 + 32 + $1.source.utf8.count + $1.alt.utf8.count }
        }
    }

    /// The entries ``encode(_:program:)`` wrote, or `nil` when anything about the bytes is doubtful; `program` set
    /// refuses a file that another program wrote.
    static func decode(_ bytes: [UInt8], program: Fingerprint? = nil) -> [Fingerprint: RenderedMarkdown]? {
        bytes.withUnsafeBytes { bytes in
            guard var reader = CacheBytesReader(bytes, header: header, version: version),
                  let writtenBy = reader.fingerprint(), program == nil || writtenBy == program,
                  let count = reader.count() else { return nil }
            var entries: [Fingerprint: RenderedMarkdown] = [:]
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let (key, body) = entry(&reader) else { return nil }
                entries[key] = body
            }
            return reader.atEnd ? entries : nil
        }
    }

    /// Where each entry of a mapped memo file is, by key, when the file is whole and `program` wrote it. The pages
    /// read are let go as the walk goes: entries are decoded later, one by one (``StoredBodies``), so that at no time
    /// are every body's Markdown and every body's render in memory together (at 50,000 items, 350 MB each).
    static func index(_ mapped: MappedFile, program: Fingerprint) -> [Fingerprint: Range<Int>]? {
        guard var reader = CacheBytesReader(mapped.bytes, header: header, version: version, release: { mapped.release(0..<$0) }),
              reader.fingerprint() == program, let count = reader.count() else { return nil }
        var ranges: [Fingerprint: Range<Int>] = [:]
        ranges.reserveCapacity(count)
        for _ in 0..<count {
            let start = reader.position
            guard let key = reader.fingerprint(), skipBody(&reader) else { return nil }
            ranges[key] = start..<reader.position
        }
        return reader.atEnd ? ranges : nil
    }

    /// The next entry: its key and body.
    static func entry(_ reader: inout CacheBytesReader) -> (Fingerprint, RenderedMarkdown)? {
        guard let key = reader.fingerprint(), let html = reader.text(), let plainText = reader.text(),
              let linkCount = reader.count() else { return nil }
        var links: [String] = []
        for _ in 0..<linkCount {
            guard let link = reader.text() else { return nil }
            links.append(link)
        }
        guard let headingCount = reader.count() else { return nil }
        var headings: [RenderedMarkdown.Heading] = []
        for _ in 0..<headingCount {
            guard let level = reader.number(), let text = reader.text() else { return nil }
            headings.append(.init(level: level, text: text))
        }
        guard let droppedCount = reader.count() else { return nil }
        var dropped: [RenderedMarkdown.DroppedHTML] = []
        for _ in 0..<droppedCount {
            guard let block = reader.flag(), let line = reader.number(), let column = reader.number(),
                  let snippet = reader.text() else { return nil }
            dropped.append(.init(kind: block ? .block : .inline, line: line, column: column, snippet: snippet))
        }
        guard let imageCount = reader.count() else { return nil }
        var images: [RenderedMarkdown.Image] = []
        for _ in 0..<imageCount {
            guard let source = reader.text(), let alt = reader.text(), let line = reader.number(),
                  let column = reader.number() else { return nil }
            images.append(.init(source: source, alt: alt, line: line, column: column))
        }
        return (key, RenderedMarkdown(html: html, plainText: plainText, links: links, headings: headings,
                                      droppedHTML: dropped, images: images))
    }

    /// Skips an entry's body (what follows its key), as ``entry(_:)`` reads it; `false` when it is not whole.
    private static func skipBody(_ reader: inout CacheBytesReader) -> Bool {
        guard reader.skipText(), reader.skipText(), let linkCount = reader.count() else { return false }
        for _ in 0..<linkCount {
            guard reader.skipText() else { return false }
        }
        guard let headingCount = reader.count() else { return false }
        for _ in 0..<headingCount {
            guard reader.number() != nil, reader.skipText() else { return false }
        }
        guard let droppedCount = reader.count() else { return false }
        for _ in 0..<droppedCount {
            guard reader.flag() != nil, reader.number() != nil, reader.number() != nil, reader.skipText() else { return false }
        }
        guard let imageCount = reader.count() else { return false }
        for _ in 0..<imageCount {
            guard reader.skipText(), reader.skipText(), reader.number() != nil, reader.number() != nil else { return false }
        }
        return true
    }
}

/// The bodies of a memo file, by key, each decoded when a build asks for it. The file holds them in the order the
/// last build asked for them, which the next mostly follows: what lies before the body asked for is let go a megabyte at
/// a time (a body let go and asked for again is read again from the file). One `madvise` a body, 10,000 at 10,000 items,
/// cost a tenth of a second: on a virtual machine each one interrupts every core.
private final class StoredBodies: Sendable {
    let mapped: MappedFile
    let ranges: [Fingerprint: Range<Int>]
    /// Where the pages let go end.
    private let released = Mutex(0)
    private static let releaseBatch = 1 << 20

    init(mapped: MappedFile, ranges: [Fingerprint: Range<Int>]) {
        self.mapped = mapped
        self.ranges = ranges
    }

    /// The body stored under `key`; `nil` when there is none or it does not read back whole.
    func body(for key: Fingerprint) -> RenderedMarkdown? {
        guard let range = ranges[key] else { return nil }
        var reader = CacheBytesReader(checked: mapped.bytes, range: range)
        guard let (found, body) = MarkdownMemo.entry(&reader), found == key, reader.atEnd else { return nil }
        // A body behind what was let go (asked for out of order) is let go at once, as it was read again.
        let done = released.withLock { released -> Range<Int>? in
            if range.upperBound <= released { return range }
            guard range.lowerBound >= released + Self.releaseBatch else { return nil }
            defer { released = range.lowerBound }
            return released..<range.lowerBound
        }
        if let done { mapped.release(done) }
        return body
    }
}
