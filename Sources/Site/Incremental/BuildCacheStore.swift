#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Where the cache of builds into one output folder lives, and how it is read and replaced.
///
/// The file is `SITE/.pathways-cache/build/<digest of the output path>.cache`,
/// so builds into different folders keep apart. Other parts of Pathways keep
/// their own files elsewhere under `.pathways-cache/`.
struct BuildCacheStore: Sendable {
    /// The cache file.
    let file: URL

    /// The folder under the site root that holds every Pathways cache.
    static let folderName = ".pathways-cache"

    /// The store for builds of the site at `root` into `output`.
    init(root: URL, output: URL) {
        let key = Fingerprint.of(output.standardizedFileURL.path).description.prefix(16)
        file = root.appendingPathComponent(Self.folderName, isDirectory: true).appendingPathComponent("build", isDirectory: true)
            .appendingPathComponent("\(key).cache")
    }

    /// The cache, or `nil` when it is missing, unreadable, damaged or from another version.
    func load() -> BuildCache? {
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        return BuildCache.decode([UInt8](data))
    }

    /// Replaces the cache in one rename, so a reader finds the old file or the new one, never half of one.
    func save(_ cache: BuildCache) throws {
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(file.lastPathComponent).\(getpid()).tmp")
        try Data(cache.encodedBytes()).write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    /// Touches a file beside the cache and returns its stamp: the file system's own clock, now.
    /// Comparing input times with it needs no wall clock, and agrees with the times the file system writes.
    func touchClock() -> FileStamp? {
        let folder = file.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(".clock").path
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        _ = write(descriptor, "t", 1)
        return FileStamp.of(path)
    }

    /// Deletes the cache, so that nothing trusts it while the output it describes is replaced.
    func remove() {
        _ = unlink(file.path)
    }
}
