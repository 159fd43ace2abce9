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

    /// The summary beside the cache: the same record without its outputs and links, small enough to read at once
    /// when nothing changed (the full cache of a 40,000-page site is tens of megabytes).
    var summaryFile: URL { file.deletingPathExtension().appendingPathExtension("summary") }

    /// The cache, or `nil` when it is missing, unreadable, damaged or from another version.
    func load() -> BuildCache? {
        load(file)
    }

    /// The summary of the cache (see ``summaryFile``), or `nil` like ``load()``.
    func loadSummary() -> BuildCache? {
        load(summaryFile)
    }

    private func load(_ file: URL) -> BuildCache? {
        guard let bytes = CacheFile.contents(of: file) else { return nil }
        return BuildCache.decode(bytes)
    }

    /// Replaces the cache, then its summary, each in one rename, so a reader finds the old file or the new one,
    /// never half of one. A summary left from an older build describes an older output folder and marker: the
    /// no-change check that reads it finds them changed.
    func save(_ cache: BuildCache) throws {
        try finishSave(beginSave(cache), with: cache)
    }

    /// The cache and its summary written but for their tails (``BuildCache/encodeTail(_:to:)``), beside the files
    /// they will replace. Each file is touched by one thread at a time: the one that began the save, then the one
    /// that finishes it.
    struct PendingSave: Sendable {
        fileprivate let cacheFile: CacheFileWriter
        fileprivate let summaryFile: CacheFileWriter
        fileprivate var cacheText = BuildCache.TextWriter()
        fileprivate var summaryText = BuildCache.TextWriter()

        /// Stops the save: the old files stay as they were.
        func abandon() {
            cacheFile.abandon()
            summaryFile.abandon()
        }
    }

    /// Writes `cache` and its summary but for their tails, which hold the stamps of the output folder: a build
    /// writes the bulk while it swaps its output, and ``finishSave(_:with:)`` the rest once the swap is done.
    func beginSave(_ cache: BuildCache) throws -> PendingSave {
        var pending = PendingSave(cacheFile: try CacheFileWriter(file), summaryFile: try CacheFileWriter(summaryFile))
        cache.encodeBody(&pending.cacheText, withOutputs: true, to: pending.cacheFile.append)
        cache.encodeBody(&pending.summaryText, withOutputs: false, to: pending.summaryFile.append)
        return pending
    }

    /// Writes the tails of a save ``beginSave(_:)`` began, from `cache`'s output folder and marker stamps and folders
    /// record (the rest of `cache` is what the save began with), then replaces the cache and its summary.
    func finishSave(_ pending: PendingSave, with cache: BuildCache) throws {
        var pending = pending
        cache.encodeTail(&pending.cacheText, to: pending.cacheFile.append)
        cache.encodeTail(&pending.summaryText, to: pending.summaryFile.append)
        do {
            try pending.cacheFile.finish()
            try pending.summaryFile.finish()
        } catch {
            pending.abandon()
            throw error
        }
        removeOtherCaches(keeping: Self.outputsKept - 1)
    }

    /// How many output folders' caches a site keeps: each is tens of megabytes at 10,000 items, and a build into a new
    /// folder (a CI workspace at another path, a benchmark's fresh folder each run) would otherwise leave one for ever.
    static let outputsKept = 4

    /// Removes the caches of other output folders but the `count` most recently saved (by the summary's time).
    func removeOtherCaches(keeping count: Int) {
        let folder = file.deletingLastPathComponent()
        let own = file.deletingPathExtension().lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var others: [(name: String, time: Int64)] = []
        for name in names where name.hasSuffix(".summary") {
            let digest = String(name.dropLast(".summary".count))
            guard digest != own, digest.count == 16, digest.allSatisfy(\.isHexDigit),
                  let stamp = FileStamp.of(folder.appendingPathComponent(name).path) else { continue }
            others.append((digest, stamp.modifiedSeconds * 1_000_000_000 + stamp.modifiedNanoseconds))
        }
        for (digest, _) in others.sorted(by: { $0.time > $1.time }).dropFirst(max(0, count)) {
            _ = unlink(folder.appendingPathComponent(digest + ".cache").path)
            _ = unlink(folder.appendingPathComponent(digest + ".summary").path)
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
        _ = unlink(summaryFile.path)
        _ = unlink(file.path)
    }
}
