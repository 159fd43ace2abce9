import Content
import Foundation

/// Whether a build reads and writes the cache of the previous build.
public enum BuildCacheUse: Sendable {
    /// No cache: render everything, record nothing (checks, tests, builds from memory).
    case off
    /// Ignore any cache, render everything, and record a fresh cache (`--clean`).
    case rebuild
    /// Keep what did not change since the cached build; a missing or doubtful cache means a full build.
    case reuse
}

/// One build's view of the previous build into the same output folder: what
/// may be kept, and what this build records for the next one.
struct IncrementalBuild: Sendable {
    let store: BuildCacheStore
    /// The previous build's cache when it may be trusted for these settings: its summary (no outputs) until
    /// ``starting()``, which reads the whole cache once the no-change check has found a change.
    var previous: BuildCache? { previousCache.value }
    /// The previous cache, read on another core while the build loads and plans (the first page it may keep
    /// waits for it): 0.2 s at 10,000 items.
    private let previousCache: BackgroundValue<BuildCache?>
    /// Whether the previous build's cache may be read (``BuildCacheUse/reuse``).
    let reusing: Bool
    /// Whether this build expects to keep pages of the previous output: the output folder is there and the summary of
    /// its cache matched. Known without waiting for the whole cache (which is read without a summary too).
    let keepsFromPrevious: Bool
    let settingsDigest: Fingerprint
    let buildDate: String
    /// `content/` and `templates/` as they were when the build began: an added or removed entry changes them.
    let startStamps: [String: FileStamp]
    /// The file system's clock when the build began (the time of a file it touched), or `nil` when unknown.
    let started: FileStamp?
    /// The process's session, which keeps the cache in memory instead of on disk (`serve`).
    let session: BuildSession?
    /// The output folder the cache describes.
    let output: URL

    /// Reads the cache of builds of `settings` (unless `use` is ``BuildCacheUse/rebuild``) and stamps the top folders.
    init(settings: BuildSettings, use: BuildCacheUse) {
        store = BuildCacheStore(root: settings.root, output: settings.output)
        settingsDigest = Self.digest(of: settings)
        buildDate = settings.now.text
        var stamps: [String: FileStamp] = [:]
        let root = OutputLocation.resolved(settings.root.path) ?? settings.root.standardizedFileURL.path
        // Not the root itself: every build adds its staging folder there.
        for path in [root + "/content", root + "/templates"] {
            if let stamp = FileStamp.of(path) { stamps[path] = stamp }
        }
        startStamps = stamps
        reusing = use == .reuse
        session = settings.session
        output = settings.output
        let summary = reusing ? session?.cache(for: store) ?? store.loadSummary() : nil
        previousCache = BackgroundValue(ready: summary?.settings == settingsDigest ? summary : nil)
        started = nil
        keepsFromPrevious = false
    }

    /// This build, with the file system's clock read at its start (after the no-change check), and the previous
    /// build's whole cache.
    private init(_ other: IncrementalBuild, started: FileStamp?) {
        store = other.store
        reusing = other.reusing
        session = other.session
        output = other.output
        // Without the output folder nothing can be kept from it: its cache is not read (at 50,000 items, 2.6 s and
        // 650 MB for nothing after `rm -rf public`).
        let outputExists = FileStamp.of(other.output.path) != nil
        // (The other build's cache is its summary, already read.)
        keepsFromPrevious = other.reusing && outputExists && other.previous != nil
        if other.reusing && outputExists {
            let (session, store, settingsDigest) = (other.session, other.store, other.settingsDigest)
            previousCache = BackgroundValue {
                let cache = session?.cache(for: store) ?? store.load()
                return cache?.settings == settingsDigest ? cache : nil
            }
        } else {
            previousCache = BackgroundValue(ready: nil)
        }
        settingsDigest = other.settingsDigest
        buildDate = other.buildDate
        startStamps = other.startStamps
        self.started = started
    }

    /// The same build, knowing when it started by the file system's clock (a touched file's time).
    func starting() -> IncrementalBuild {
        IncrementalBuild(self, started: store.touchClock())
    }

    /// Whether a stamp was taken so close to the build's start that the file may have changed
    /// again within the same clock tick after it was read: such a stamp proves nothing.
    /// (See ``FileStamp/isWithinATick(of:)`` for the margin.)
    func isRacy(_ stamp: FileStamp) -> Bool {
        guard let started else { return true }
        return stamp.isWithinATick(of: started)
    }

    /// `stamp`, or, when it proves nothing (``isRacy(_:)``), the same with an impossible size that nothing matches.
    func trusted(_ stamp: FileStamp) -> FileStamp {
        guard isRacy(stamp) else { return stamp }
        var doubtful = stamp
        doubtful.size = -1
        return doubtful
    }

    /// Nothing may trust the previous cache once the output it describes starts being replaced: removes it from
    /// disk and from the session.
    func forgetPrevious() {
        store.remove()
        session?.forgetCache()
    }

    /// The digest of every setting that changes the output, other than the build date, and of the running program
    /// (``ProgramIdentity``): a cache another Pathways left is not trusted.
    static func digest(of settings: BuildSettings) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add("settings")
        builder.add(BuildCache.version)
        builder.add(settings.program)
        builder.add(settings.root.standardizedFileURL.path)
        builder.add(settings.output.standardizedFileURL.path)
        builder.add(settings.includeDrafts)
        builder.add(settings.baseURLOverride ?? "\u{0}")
        return builder.finish()
    }

    /// Whether nothing the previous build read or wrote has changed, judged by
    /// stamps alone: same settings and date, every input file and folder the
    /// same size and time, the output folder and its marker as the build left them.
    /// - Complexity: one `stat` per input, no reading.
    func nothingChanged(outputDirectory: URL) -> Bool {
        guard let previous, previous.buildDate == buildDate,
              FileStamp.of(outputDirectory.path) == previous.outputFolder,
              FileStamp.of(outputDirectory.appendingPathComponent(OutputLocation.markerName).path) == previous.marker else { return false }
        for (path, stamp) in startStamps where previous.inputs[path]?.stamp != stamp { return false }
        for (path, input) in previous.inputs where FileStamp.of(path) != input.stamp { return false }
        return true
    }

    /// The previous output at `path`, when its digest equals `fingerprint`.
    func reusable(_ path: String, fingerprint: Fingerprint?) -> BuildCache.Output? {
        guard let fingerprint, let output = previous?.outputs[path], output.fingerprint == fingerprint else { return nil }
        return output
    }

    /// The digest of a build's output paths, whatever their order (``UnorderedDigest``).
    static func digest(outputs: Set<String>) -> Fingerprint {
        var digest = UnorderedDigest()
        for path in outputs { digest.add(Fingerprint.of(path)) }
        return digest.finish()
    }

    /// Whether the previous build wrote the same output paths (by ``digest(outputs:)``). Then the links of a page it
    /// kept, which are the previous build's links of the same page, lead where they led when that build, which had no
    /// broken link, checked them.
    func wroteSameOutputs(_ digest: Fingerprint) -> Bool {
        previous?.outputSet == digest
    }

    /// This build's record, gathered (and, without a session, written to disk but for its tail) while the output is
    /// swapped: ``finishSave(_:writer:)`` completes it once the swap is done.
    struct PendingRecord: Sendable {
        var cache: BuildCache
        var files: BuildCacheStore.PendingSave?
    }

    /// Starts recording this build for the next one on another core, before the swap: every output's stamp is taken
    /// where it was written (a rename keeps it), and the bulk of the cache is written while the swap runs. A record
    /// that cannot be made complete is not kept.
    /// - Parameters:
    ///   - record: what the build read.
    ///   - copySources: the stamps of the files copied as they are, by absolute source path.
    ///   - outputs: every output path with its digest and, for pages, its links as numbers in `links`.
    ///   - links: the build's link texts (``LinkTable/texts``), which start with the previous cache's: a kept page's
    ///     cached numbers are its numbers in this build.
    ///   - outputSet: the digest of every output path (see ``digest(outputs:)``).
    func beginSave(record: ReadRecord, copySources: [String: FileStamp], outputs: [String: (fingerprint: Fingerprint, links: [LinkTable.Number])],
                   links: [String], outputSet: Fingerprint, writer: OutputWriter) -> BackgroundValue<PendingRecord?> {
        BackgroundValue { [self] in
            guard let cache = gather(record: record, copySources: copySources, outputs: outputs, links: links, outputSet: outputSet, writer: writer)
            else { return nil }
            return PendingRecord(cache: cache, files: session == nil ? try? store.beginSave(cache) : nil)
        }
    }

    /// The file system's time now, for the record of the output's folders the swap takes
    /// (``OutputWriter/commit(folders:recordingFolders:)``).
    func clock() -> FileStamp? {
        store.touchClock()
    }

    /// Completes the record ``beginSave`` began, after the swap, with the output folder's stamps and the record of its
    /// folders (``OutputWriter/foldersRecord()``): in the session when there is one, else on disk.
    func finishSave(_ pending: BackgroundValue<PendingRecord?>, writer: OutputWriter) {
        guard var record = pending.value else { return }
        guard let folder = FileStamp.of(writer.outputDirectory.path), let marker = writer.stampOfOutput(OutputLocation.markerName) else {
            record.files?.abandon()
            return
        }
        record.cache.outputFolder = folder
        record.cache.marker = marker
        record.cache.folders = writer.foldersRecord()
        if let session {
            session.keep(record.cache, for: store)
        } else if let files = record.files {
            try? store.finishSave(files, with: record.cache)
        }
    }

    /// Stops a record ``beginSave`` began, for a build whose swap failed: nothing of it is kept.
    static func abandonSave(_ pending: BackgroundValue<PendingRecord?>) {
        pending.value?.files?.abandon()
    }

    /// The cache of this build, but for the output folder's stamps and folders record; `nil` when a stamp is missing.
    private func gather(record: ReadRecord, copySources: [String: FileStamp], outputs: [String: (fingerprint: Fingerprint, links: [LinkTable.Number])],
                        links: [String], outputSet: Fingerprint, writer: OutputWriter) -> BuildCache? {
        let previous = self.previous
        var cache = BuildCache(settings: settingsDigest, buildDate: buildDate, outputFolder: .unknown, marker: .unknown, outputSet: outputSet)
        cache.inputs.reserveCapacity(record.files.count + record.folders.count + copySources.count + startStamps.count)
        for (path, read) in record.files {
            guard let stamp = read.stamp else { return nil }
            cache.inputs[path] = .init(isFolder: false, stamp: trusted(stamp), fingerprint: read.fingerprint)
        }
        for (path, read) in record.folders {
            guard let stamp = read.stamp else { return nil }
            cache.inputs[path] = .init(isFolder: true, stamp: trusted(stamp), fingerprint: read.fingerprint)
        }
        for (path, stamp) in copySources where cache.inputs[path] == nil {
            cache.inputs[path] = .init(isFolder: false, stamp: trusted(stamp), fingerprint: .empty)
        }
        for (path, stamp) in startStamps where cache.inputs[path] == nil {
            cache.inputs[path] = .init(isFolder: true, stamp: trusted(stamp), fingerprint: .empty)
        }
        cache.links = links
        let keptPaths = writer.keptPathSet
        let written = writer.stampsOfWritten
        cache.outputs.reserveCapacity(outputs.count)
        for (path, output) in outputs {
            // A kept file is the previous build's, checked against its stamp when it was kept.
            let kept = keptPaths.contains(path) ? previous?.outputs[path] : nil
            guard let stamp = kept?.stamp ?? written[path] else { return nil }
            cache.outputs[path] = .init(fingerprint: output.fingerprint, stamp: stamp, links: output.links)
        }
        Self.dropUnusedLinks(from: &cache)
        return cache
    }

    /// Numbers the links again when fewer than half of the texts are still some page's: the table starts from the
    /// previous build's, so texts no page has any more would otherwise pile up build after build.
    static func dropUnusedLinks(from cache: inout BuildCache) {
        var used = [Bool](repeating: false, count: cache.links.count)
        var usedCount = 0
        for output in cache.outputs.values {
            for number in output.links where !used[Int(number)] {
                used[Int(number)] = true
                usedCount += 1
            }
        }
        guard usedCount * 2 < cache.links.count else { return }
        var renumbered = [LinkTable.Number](repeating: 0, count: cache.links.count)
        var texts: [String] = []
        texts.reserveCapacity(usedCount)
        for (number, isUsed) in used.enumerated() where isUsed {
            renumbered[number] = LinkTable.Number(texts.count)
            texts.append(cache.links[number])
        }
        for index in cache.outputs.indices {
            cache.outputs.values[index].links = cache.outputs.values[index].links.map { renumbered[Int($0)] }
        }
        cache.links = texts
    }
}
