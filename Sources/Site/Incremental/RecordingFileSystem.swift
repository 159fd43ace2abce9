#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Synchronization

/// When and how large a file or folder was, as `stat` saw it: compared between
/// builds to know, without reading, that an input has not changed.
struct FileStamp: Sendable, Hashable {
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    /// A stamp no file has (its size is -1): a place held for a stamp not yet taken.
    static let unknown = FileStamp(size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 0)

    /// The stamp of what `path` names (links followed), or `nil` when nothing is there.
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }
}

extension FileStamp {
    /// The stamp `stat` or `lstat` gave.
    init(_ info: stat) {
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        self.init(size: Int64(info.st_size), modifiedSeconds: Int64(time.tv_sec), modifiedNanoseconds: Int64(time.tv_nsec),
                  inode: UInt64(info.st_ino))
    }
}

/// What a build read: each file's digest and stamp, each listed folder's names.
struct ReadRecord: Sendable {
    /// Absolute path of a file read → its digest and the stamp taken before it was read.
    var files: [String: (fingerprint: Fingerprint, stamp: FileStamp?)] = [:]
    /// Absolute path of a folder listed → the digest of its sorted names and its stamp.
    var folders: [String: (fingerprint: Fingerprint, stamp: FileStamp?)] = [:]
}

/// A ``FileSystem`` that reads through another and records what was read,
/// so the incremental build knows every input of a build by its bytes.
///
/// Stamps are taken before reading: a file changed while the build read it
/// then looks changed to the next build, never unchanged.
///
/// In a ``BuildSession`` it also gives back, without reading, a file an earlier build read whose stamp is the same.
final class RecordingFileSystem: FileSystem {
    let base: any FileSystem
    /// Whether paths are stamped (on disk); in memory there is nothing to stamp.
    private let stamps: Bool
    private let record = Mutex(ReadRecord())
    /// Files an earlier build of the session read, by absolute path; `nil` outside a session.
    private let remembered: [String: BuildSession.RememberedFile]?
    /// The bytes read, kept for the session's next build.
    private let read = Mutex<[String: [UInt8]]>([:])

    init(_ base: any FileSystem, stamps: Bool, remembered: [String: BuildSession.RememberedFile]? = nil) {
        self.base = base
        self.stamps = stamps
        self.remembered = stamps ? remembered : nil
    }

    private func stamp(_ path: String) -> FileStamp? {
        stamps ? FileStamp.of(path) : nil
    }

    /// Everything read so far.
    var recorded: ReadRecord { record.withLock { $0 } }

    func kind(at path: String) -> FileEntryKind? { base.kind(at: path) }

    func resolvingLinks(_ path: String) -> String? { base.resolvingLinks(path) }

    /// A build only reads: creating a file through the recorder is refused.
    func createNewFile(at path: String, bytes: [UInt8]) throws(FileSystemError) {
        throw FileSystemError("a build never creates files in the site folder")
    }

    func names(inFolder path: String) throws(FileSystemError) -> [String] {
        let before = stamp(path)
        let names = try base.names(inFolder: path)
        var builder = FingerprintBuilder()
        for name in names.sorted() { builder.add(name) }
        let digest = builder.finish()
        record.withLock { $0.folders[path] = (digest, before) }
        return names
    }

    func contents(of path: String) throws(FileSystemError) -> [UInt8] {
        let before = stamp(path)
        if let remembered, let before, let earlier = remembered[path], earlier.stamp == before {
            record.withLock { $0.files[path] = (earlier.fingerprint, before) }
            read.withLock { $0[path] = earlier.bytes }
            return earlier.bytes
        }
        let bytes = try base.contents(of: path)
        let digest = Fingerprint.of(bytes)
        record.withLock { $0.files[path] = (digest, before) }
        if remembered != nil { read.withLock { $0[path] = bytes } }
        return bytes
    }

    /// The files read so far with their stamps and bytes, for a session's next build; `trusted` drops a stamp that
    /// proves nothing. Empty outside a session.
    func filesToRemember(trusted: (FileStamp) -> Bool) -> [String: BuildSession.RememberedFile] {
        let record = recorded
        var files: [String: BuildSession.RememberedFile] = [:]
        for (path, bytes) in read.withLock({ $0 }) {
            guard let entry = record.files[path], let stamp = entry.stamp, trusted(stamp) else { continue }
            files[path] = .init(stamp: stamp, bytes: bytes, fingerprint: entry.fingerprint)
        }
        return files
    }
}
