#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes a cache file's records as bytes: numbers as 8 little-endian bytes, text as its length and UTF-8 bytes.
/// The file ends with the digest of everything before it (``Fingerprint/ofBlocks(_:)``), which ``CacheBytesReader``
/// checks first; a caller can take the whole blocks written so far (``takeBlocks()``) and write them as it goes.
struct CacheBytesWriter: Sendable {
    private(set) var bytes: [UInt8] = []
    /// The digest of the blocks taken so far.
    private var digest = FingerprintBuilder()

    /// A writer whose output starts with `header` and `version`, so another kind or version of file is refused;
    /// `capacity` is the size expected, so a large file is not copied each time its buffer grows.
    init(header: String, version: Int, capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity + 64)
        add(header)
        add(version)
    }

    /// Appends a number.
    mutating func add(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends a flag.
    mutating func add(_ flag: Bool) {
        bytes.append(flag ? 1 : 0)
    }

    /// Appends text, framed by its length.
    mutating func add(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            add(buffer.count)
            bytes.append(contentsOf: buffer)
        }
    }

    /// Appends bytes, framed by their count.
    mutating func add(bytes more: some Collection<UInt8>) {
        add(more.count)
        bytes.append(contentsOf: more)
    }

    /// Appends bytes as they are, unframed: records copied whole from a file this writer's kind wrote.
    mutating func add(raw more: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: more)
    }

    /// Appends a fingerprint.
    mutating func add(_ fingerprint: Fingerprint) {
        add(Int(Int64(bitPattern: fingerprint.high)))
        add(Int(Int64(bitPattern: fingerprint.low)))
    }

    /// The whole blocks of ``Fingerprint/blockSize`` written since the last call, digested and given away, or
    /// `nil` when there is not one yet: a file of hundreds of megabytes is then never in memory whole.
    mutating func takeBlocks() -> [UInt8]? {
        let whole = bytes.count / Fingerprint.blockSize * Fingerprint.blockSize
        guard whole > 0 else { return nil }
        digest.addBlocks(bytes[..<whole])
        let taken = Array(bytes[..<whole])
        bytes.removeFirst(whole)
        return taken
    }

    /// The bytes not taken yet with the digest of the whole file after them; the writer gives its buffer away.
    consuming func finished() -> [UInt8] {
        digest.addBlocks(bytes[...])
        let digest = digest.finish()
        withUnsafeBytes(of: digest.high.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: digest.low.littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }
}

/// Reading and replacing a cache file whole, straight between the file and one byte buffer: a cache can be hundreds
/// of megabytes on a large site, and a copy through `Data` would double that for a moment.
enum CacheFile {
    /// The file's bytes, or `nil` when it cannot be read whole.
    static func contents(of file: URL) -> [UInt8]? {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var offset = 0
            while offset < size {
                let got = read(descriptor, buffer.baseAddress! + offset, size - offset)
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { break }
                offset += got
            }
            complete = offset == size
            count = offset
        }
        return complete ? bytes : nil
    }

    /// Replaces the file: the bytes go to a temporary file beside it, which is then renamed over it, so a reader
    /// finds the old file or the new one, never half of one.
    static func replace(_ file: URL, with bytes: [UInt8]) throws {
        try replace(file) { write in write(bytes[...]) }
    }

    /// Replaces the file with the pieces `produce` hands to its `write`, each written before the next is made, so a
    /// large file is never in memory whole; as ``replace(_:with:)``, through a temporary file renamed over it.
    static func replace(_ file: URL, producing produce: (_ write: (ArraySlice<UInt8>) -> Void) -> Void) throws {
        let writer = try CacheFileWriter(file)
        produce { writer.append($0) }
        try writer.finish()
    }
}

/// A cache file written a piece at a time into a temporary file beside it, which replaces the file in one rename
/// when finished, so a reader finds the old file or the new one, never half of one.
///
/// `@unchecked Sendable`: its state is touched by one caller at a time (a build hands it on under its own lock).
final class CacheFileWriter: @unchecked Sendable {
    private let file: URL
    private let temporary: String
    private var descriptor: Int32
    private var writeError: Int32?

    /// Starts writing the file's replacement, first removing replacements of it that a build killed while writing
    /// left behind (their process is gone): the Markdown memo's is tens of megabytes.
    init(_ file: URL) throws {
        self.file = file
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        Self.removeLeftovers(of: file)
        temporary = folder.appendingPathComponent(Self.temporaryName(of: file, process: getpid())).path
        descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure(errno, file: file) }
    }

    deinit { abandon() }

    /// The name of `file`'s replacement while process `process` writes it.
    static func temporaryName(of file: URL, process: pid_t) -> String {
        ".\(file.lastPathComponent).\(process).tmp"
    }

    /// Removes the replacements of `file` whose writing process no longer runs.
    private static func removeLeftovers(of file: URL) {
        let folder = file.deletingLastPathComponent()
        let prefix = ".\(file.lastPathComponent)."
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            guard let process = pid_t(name.dropFirst(prefix.count).dropLast(".tmp".count)), process != getpid(),
                  kill(process, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    /// Appends `piece`; a failure is kept and reported by ``finish()``.
    func append(_ piece: ArraySlice<UInt8>) {
        piece.withUnsafeBytes { append($0) }
    }

    /// Appends `bytes`; a failure is kept and reported by ``finish()``.
    func append(_ bytes: UnsafeRawBufferPointer) {
        guard writeError == nil, descriptor >= 0 else { return }
        var offset = 0
        while offset < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else {
                writeError = count < 0 ? errno : EIO
                return
            }
            offset += count
        }
    }

    /// Puts the file written in place of the old one; on any failure the old file stays as it was.
    func finish() throws {
        guard descriptor >= 0 else { throw Self.failure(EBADF, file: file) }
        let closed = close(descriptor)
        descriptor = -1
        if let writeError { try fail(writeError) }
        guard closed == 0 else { try fail(errno) }
        guard rename(temporary, file.path) == 0 else { try fail(errno) }
    }

    /// Stops writing and removes what was written; the old file stays as it was.
    func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
        unlink(temporary)
    }

    private func fail(_ code: Int32) throws -> Never {
        unlink(temporary)
        throw Self.failure(code, file: file)
    }

    private static func failure(_ code: Int32, file: URL) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(file.path): \(String(cString: strerror(code)))"])
    }
}

/// A cache file mapped read-only for as long as this object lives. Its pages can be let go once read: they stay in the
/// system's page cache, but stop counting in the process's memory, so reading a file of hundreds of megabytes costs a
/// few of them at a time (a page let go and read again comes back from the page cache).
///
/// `@unchecked Sendable`: the mapping is never written; letting pages go is safe from any thread.
final class MappedFile: @unchecked Sendable {
    /// The file's bytes, valid while this object lives.
    let bytes: UnsafeRawBufferPointer
    private let page = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// The file mapped, or `nil` when it is missing, empty, not a regular file or cannot be mapped.
    init?(_ file: URL) {
        let descriptor = open(file.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let base = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), base != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    }

    /// Lets go of the whole pages inside `range`.
    func release(_ range: Range<Int>) {
        guard let base = bytes.baseAddress else { return }
        let start = (range.lowerBound + page - 1) / page * page, end = min(range.upperBound, bytes.count) / page * page
        guard end > start else { return }
        _ = madvise(UnsafeMutableRawPointer(mutating: base + start), end - start, MADV_DONTNEED)
    }
}

/// Reads what ``CacheBytesWriter`` wrote; every read returns `nil` past the end or on a value that cannot be,
/// so a damaged file is refused, never half trusted.
///
/// It reads bytes it does not own (a mapped file, see ``MappedFile``): it must not outlive them.
/// As it goes, it hands `release` the offset below which it will read nothing more.
struct CacheBytesReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private let end: Int
    private let release: (Int) -> Void
    private var released = 0
    /// How far reading goes between two calls of `release` (a multiple of 8).
    private let releaseStride: Int

    /// A reader of `bytes`, or `nil` when their digest, header or version is wrong. `release` is called every
    /// `releaseStride` bytes (a multiple of 8; at most a block apart), while the digest is checked, then while the
    /// records are read.
    init?(_ bytes: UnsafeRawBufferPointer, header: String, version: Int, releaseStride: Int = 8 << 20,
          release: @escaping (Int) -> Void = { _ in }) {
        guard bytes.count >= 16 else { return nil }
        end = bytes.count - 16
        let stored = Fingerprint(high: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end, as: UInt64.self)),
                                 low: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: end + 8, as: UInt64.self)))
        // The digest is of blocks (see CacheBytesWriter); each is handed back as it is read, a stride at a time.
        var digest = FingerprintBuilder()
        let every = min(releaseStride, Fingerprint.blockSize)
        var blockStart = 0
        while blockStart < end {
            let blockEnd = min(end, blockStart + Fingerprint.blockSize)
            let base = blockStart
            digest.add(UnsafeRawBufferPointer(rebasing: bytes[blockStart..<blockEnd]), every: every) { release(base + $0) }
            blockStart = blockEnd
        }
        guard digest.finish() == stored else { return nil }
        // Reading starts again from the start: what the digest let go comes back from the page cache as it is read.
        self.bytes = bytes
        self.release = release
        self.releaseStride = releaseStride
        guard text() == header, number() == version else { return nil }
    }

    /// Hands back what is read, a stride at a time.
    private mutating func advance(by count: Int) {
        offset += count
        if offset - released >= releaseStride {
            released = offset
            release(offset)
        }
    }

    /// A reader of the records in `range` of bytes whose digest was checked before (an entry found earlier).
    init(checked bytes: UnsafeRawBufferPointer, range: Range<Int>) {
        self.bytes = bytes
        offset = range.lowerBound
        end = min(range.upperBound, bytes.count)
        release = { _ in }
        releaseStride = .max
    }

    /// Whether every record has been read.
    var atEnd: Bool { offset == end }

    /// Where the next record starts.
    var position: Int { offset }

    /// Where the next framed bytes (``CacheBytesWriter/add(bytes:)``) lie, skipping them.
    mutating func framedBytes() -> Range<Int>? {
        guard let length = count() else { return nil }
        let start = offset
        advance(by: length)
        return start..<(start + length)
    }

    /// Skips the next text; `false` when there is none.
    mutating func skipText() -> Bool {
        guard let length = count() else { return false }
        advance(by: length)
        return true
    }

    /// The next number.
    mutating func number() -> Int? {
        guard end - offset >= 8 else { return nil }
        let value = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
        advance(by: 8)
        return Int(value)
    }

    /// The next count: a number from 0 up to the bytes left (every counted thing takes at least a byte).
    mutating func count() -> Int? {
        guard let value = number(), value >= 0, value <= end - offset else { return nil }
        return value
    }

    /// The next flag.
    mutating func flag() -> Bool? {
        guard offset < end, bytes[offset] <= 1 else { return nil }
        let value = bytes[offset] == 1
        advance(by: 1)
        return value
    }

    /// The next text.
    mutating func text() -> String? {
        guard let length = count() else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]), as: UTF8.self)
        advance(by: length)
        return text
    }

    /// The next fingerprint.
    mutating func fingerprint() -> Fingerprint? {
        guard let high = number(), let low = number() else { return nil }
        return Fingerprint(high: UInt64(bitPattern: Int64(high)), low: UInt64(bitPattern: Int64(low)))
    }
}
