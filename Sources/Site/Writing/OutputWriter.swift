#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Content
import Foundation
import Synchronization

/// The one place that writes a build's files to disk.
///
/// Files go to a staging folder beside the output folder; ``commit()`` swaps
/// the staging folder in with one atomic exchange, so a build that fails
/// before the swap leaves the previous output untouched and readers never see
/// a moment without an output folder. Every path is checked to stay inside
/// the output. Files in the old output that Pathways did not write (such as
/// `.gitkeep`, a `.git` folder, or a file a user put there) are carried over
/// into the new output, never deleted.
public final class OutputWriter: Sendable {
    /// The folder the finished build replaces (links in its parent resolved).
    public let outputDirectory: URL
    /// ``outputDirectory``'s path with a slash, to which a relative output path is appended.
    let outputPrefix: String
    /// Where files are written until the swap.
    public let stagingDirectory: URL
    /// ``stagingDirectory``'s path with a slash, to which a relative output path is appended.
    let stagingPrefix: String
    /// Leftovers of interrupted builds found beside the output: what was removed, or what needs removing by hand.
    public let leftoverNotes: [String]
    private let force: Bool
    let removal: PreviousOutputRemoval
    private let createdDirectories = Mutex<Set<String>>([])
    /// Paths written into the staging folder.
    let writtenPaths = Mutex<[String]>([])
    /// The stamp of each file this writer wrote, taken as it was written (see ``stampsOfWritten``): pairs, not a
    /// table, while the build renders (a table of 50,000 paths grown by doubling costs megabytes at the peak).
    private let writtenStamps = Mutex<[(path: String, stamp: FileStamp)]>([])
    /// Paths of the previous output kept as they were (see ``keepPrevious(_:expecting:)``).
    let keptPaths = Mutex<Set<String>>([])
    /// Whether ``commit()`` moves only what was written into the existing output, leaving what was kept in place
    /// (see `OutputWriter+InPlace.swift`), instead of swapping in a whole new folder.
    let inPlace: Bool
    /// Where the spare output lives (see `OutputWriter+Spare.swift`).
    let spareDirectory: String
    /// Whether the old output becomes the spare after the swap.
    let keepsSpare: Bool
    /// Whether the staging folder is the spare, moved into place: it holds the previous output's files.
    let reusesSpare: Bool
    /// The paths the reused spare's marker lists: what it holds (read on another core while the build renders: only
    /// the commit needs them, and nothing touches the staging folder's marker before).
    let spareListed: BackgroundValue<Set<String>>
    /// After a swap that records the new output's folders: their stamps, taken on another core during the swap, and
    /// what was carried into the output (see ``foldersRecord()``, which alone needs them).
    private let swapped = Mutex<(stamped: BackgroundValue<OutputFolders.Stamped>, carried: [String])?>(nil)
    /// How many folders of the old output the last swap listed, for tests.
    let foldersListed = Atomic<Int>(0)

    /// Checks the output folder (see ``OutputLocation``), clears leftovers of
    /// interrupted builds, and prepares a fresh, empty staging folder beside it.
    /// - Parameter removal: how the previous output is removed after the swap.
    /// - Throws: ``OutputError`` when the output may not be used or the staging folder cannot be made.
    /// - Parameter inPlace: update a marked output folder in place (see `OutputWriter+InPlace.swift`); ignored otherwise.
    /// - Parameter spare: stage into the spare output when it matches, and keep the old output as the next spare
    ///   (see `OutputWriter+Spare.swift`); otherwise the old output is removed after the swap, and so is any spare.
    public init(outputDirectory: URL, siteRoot: URL, force: Bool = false, removal: PreviousOutputRemoval = .immediate,
                inPlace: Bool = false, spare: Bool = false) throws(OutputError) {
        let output = try OutputLocation.validate(outputDirectory, siteRoot: siteRoot, force: force)
        self.outputDirectory = output
        self.outputPrefix = output.path.hasSuffix("/") ? output.path : output.path + "/"
        self.force = force
        self.removal = removal
        self.inPlace = inPlace && OutputLocation.isMarked(output)
        let parent = output.deletingLastPathComponent()
        let prefix = ".\(output.lastPathComponent).staging-"
        self.stagingDirectory = parent.appendingPathComponent(prefix + String(getpid()), isDirectory: true)
        self.stagingPrefix = stagingDirectory.path + "/"
        self.leftoverNotes = Self.clearLeftovers(in: parent, prefix: prefix)
        Self.removeDiscarded(in: parent, output: output.lastPathComponent, removal: removal)
        spareDirectory = Self.spareLocation(output: output, siteRoot: siteRoot)
        keepsSpare = spare && !self.inPlace
        let fileManager = FileManager.default
        if fileManager.fileExists(atPath: stagingDirectory.path) {
            try? fileManager.removeItem(at: stagingDirectory)
        }
        if keepsSpare, Self.spareMatches(spareDirectory, output: output), rename(spareDirectory, stagingDirectory.path) == 0 {
            reusesSpare = true
            let staging = stagingDirectory
            spareListed = BackgroundValue { OutputLocation.markedPaths(in: staging) }
            return
        }
        reusesSpare = false
        spareListed = BackgroundValue(ready: [])
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            try fileManager.createDirectory(at: stagingDirectory, withIntermediateDirectories: false)
            try Data(OutputLocation.markerHeader.utf8).write(to: stagingDirectory.appendingPathComponent(OutputLocation.markerName))
        } catch {
            throw OutputError(path: stagingDirectory.path, message: "cannot create the staging folder beside the output: \(Self.reason(error))")
        }
    }

    /// Writes `bytes` to `relativePath` inside the output.
    /// - Throws: ``OutputError`` when the path would leave the output folder or the write fails.
    public func write(_ bytes: some Collection<UInt8>, to relativePath: String) throws(OutputError) {
        let target = try resolve(relativePath)
        let failure = bytes.withContiguousStorageIfAvailable { writeStaged(target, relativePath, $0) }
            ?? Array(bytes).withUnsafeBufferPointer { writeStaged(target, relativePath, $0) }
        if let failure { throw OutputError(path: relativePath, message: "cannot write: \(Self.reason(failure))") }
    }

    /// Writes `text` as UTF-8 to `relativePath` inside the output.
    public func write(_ text: String, to relativePath: String) throws(OutputError) {
        let target = try resolve(relativePath)
        var text = text
        if let failure = text.withUTF8({ writeStaged(target, relativePath, $0) }) {
            throw OutputError(path: relativePath, message: "cannot write: \(Self.reason(failure))")
        }
    }

    /// Writes the staged file `target` (the staging path of `relativePath`). In a reused spare, whose files are also
    /// the live output's, the old file is unlinked first, never truncated, and an old file or folder standing in the
    /// way of the path is removed (nothing under it belongs to this build).
    private func writeStaged(_ target: String, _ relativePath: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        writeStaged(target, relativePath) { descriptor in Self.writeAll(bytes, to: descriptor) }
    }

    /// Writes the staged file `target` with `fill`, which writes its bytes to the open file and gives the `errno` of
    /// a failure (see ``writeStaged(_:_:_:)``); records the file's stamp.
    private func writeStaged(_ target: String, _ relativePath: String, fill: (Int32) -> Int32?) -> Int32? {
        var stamp: FileStamp?
        var failure: Int32?
        if reusesSpare {
            unlink(target)
            failure = Self.writeFile(target, fill: fill, stamp: &stamp)
            if failure == EISDIR || failure == ENOTDIR {
                clearWay(to: relativePath)
                failure = Self.writeFile(target, fill: fill, stamp: &stamp)
            }
        } else {
            failure = Self.writeFile(target, fill: fill, stamp: &stamp)
        }
        if let stamp { writtenStamps.withLock { $0.append((relativePath, stamp)) } }
        return failure
    }

    /// Creates (or truncates) the file at `path` and fills it, setting `stamp` to the file's stamp once written; the
    /// `errno` of a failure, else `nil`. Files get mode 0666 and folders 0777 less the umask, as Foundation gives them.
    private static func writeFile(_ path: String, fill: (Int32) -> Int32?, stamp: inout FileStamp?) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        if let failure = fill(descriptor) {
            close(descriptor)
            return failure
        }
        var info = stat()
        let stamped = fstat(descriptor, &info) == 0
        guard close(descriptor) == 0 else { return errno }
        // Without a stamp the file is written all the same; the build then keeps no cache.
        stamp = stamped ? FileStamp(info) : nil
        return nil
    }

    /// Writes all of `bytes` to `descriptor`; the `errno` of a failure, else `nil`.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = writeSome(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            written += count
        }
        return nil
    }

    /// Copies the regular file at `sourcePath` (absolute, links already resolved) to `relativePath` inside the output.
    /// The copy is a new regular file; a link is never copied as a link. It goes through a buffer of 64 KiB, so a
    /// large picture or document is never in memory whole (and cores copying at once add little to the peak).
    public func copyFile(from sourcePath: String, to relativePath: String) throws(OutputError) {
        // O_NONBLOCK keeps a FIFO swapped in after listing from blocking the build; fstat then refuses it.
        let source = open(sourcePath, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard source >= 0 else { throw OutputError(path: relativePath, message: "cannot copy \(sourcePath): \(Self.reason(errno))") }
        defer { close(source) }
        var info = stat()
        guard fstat(source, &info) == 0 else { throw OutputError(path: relativePath, message: "cannot copy \(sourcePath): \(Self.reason(errno))") }
        guard (info.st_mode & S_IFMT) == S_IFREG else {
            throw OutputError(path: relativePath, message: "cannot copy \(sourcePath): not a regular file")
        }
        let target = try resolve(relativePath)
        var readFailure: Int32?
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 64 << 10)
        defer { buffer.deallocate() }
        let failure = writeStaged(target, relativePath) { descriptor in
            var offset: off_t = 0
            while true {
                let count = pread(source, buffer.baseAddress!, buffer.count, offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    readFailure = errno
                    return errno
                }
                if count == 0 { return nil }
                if let failure = Self.writeAll(UnsafeBufferPointer(rebasing: buffer[..<count]), to: descriptor) { return failure }
                offset += off_t(count)
            }
        }
        if let readFailure { throw OutputError(path: relativePath, message: "cannot copy \(sourcePath): \(Self.reason(readFailure))") }
        if let failure { throw OutputError(path: relativePath, message: "cannot write: \(Self.reason(failure))") }
    }

    /// Puts the previous output's file at `relativePath` into the new output as a
    /// hard link, when it is still the file the last build wrote (same stamp):
    /// the cheap way to keep what did not change. Updating in place, the file is
    /// simply left where it is. Staging into a reused spare, which holds the output's
    /// files under second names, the spare's file is looked at alone: the same inode,
    /// size and time as the cache recorded is the file the last build wrote, unchanged
    /// (written over in the output, it would have changed here too), whatever became
    /// of its name in the output, and it is what a clean build would write there.
    /// - Returns: whether the file was kept; when not, the caller writes it.
    func keepPrevious(_ relativePath: String, expecting stamp: FileStamp) -> Bool {
        if reusesSpare, !inPlace, (try? checkedPath(relativePath)) != nil {
            var here = stat()
            if lstat(stagingPrefix + relativePath, &here) == 0, (here.st_mode & S_IFMT) == S_IFREG, FileStamp(here) == stamp {
                writtenPaths.withLock { $0.append(relativePath) }
                keptPaths.withLock { _ = $0.insert(relativePath) }
                return true
            }
        }
        let old = outputPrefix + relativePath
        var info = stat()
        guard lstat(old, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, FileStamp(info) == stamp else { return false }
        if inPlace {
            guard (try? checkedPath(relativePath)) != nil else { return false }
            keptPaths.withLock { _ = $0.insert(relativePath) }
            return true
        }
        guard let target = try? resolve(relativePath) else { return false }
        if link(old, target) == 0 || (errno == EEXIST && unlink(target) == 0 && link(old, target) == 0) {
            keptPaths.withLock { _ = $0.insert(relativePath) }
            return true
        }
        return false
    }

    /// Every path kept by ``keepPrevious(_:expecting:)`` so far.
    var keptPathSet: Set<String> {
        keptPaths.withLock { $0 }
    }

    /// The stamp of a file in the output folder (after ``commit()``), for the next build's checks.
    func stampOfOutput(_ relativePath: String) -> FileStamp? {
        FileStamp.of(outputPrefix + relativePath)
    }

    /// The stamp of each file this writer wrote (not the kept ones), by output path, taken as it was written: it is the
    /// stamp the file has in the output after ``commit()``, which moves files and folders by renaming them. Read
    /// while the commit runs, the staging folder could already be the old output.
    var stampsOfWritten: [String: FileStamp] {
        Dictionary(writtenStamps.withLock { $0 }, uniquingKeysWith: { _, last in last })
    }

    /// Replaces the output folder with the staging folder in one atomic exchange,
    /// carrying over what Pathways did not make, then removes the old files.
    /// - Parameters:
    ///   - folders: the record of the output's folders the previous build left (see ``OutputFolders``): while they
    ///     are as recorded, only the unsettled ones are searched for what Pathways did not make.
    ///   - recordClock: when given, the new output's folders are recorded for the next build (``foldersRecord()``);
    ///     it gives the file system's time, read once before the first folder is stamped.
    func commit(folders: OutputFolders? = nil, recordingFolders recordClock: (() -> FileStamp?)? = nil) throws(OutputError) {
        if inPlace { return try commitInPlace() }
        let fileManager = FileManager.default
        let writtenSet = Set(writtenPaths.withLock { $0 })
        // A reused spare's marker was the output's own file (see `spareMatches`): what it listed, the output holds.
        let previouslyListed = reusesSpare ? spareListed.value : OutputLocation.markedPaths(in: outputDirectory)
        // An edit mostly writes the paths the output holds: then nothing is removed, and the marker says what it said.
        let samePaths = writtenSet == previouslyListed
        let removed = samePaths ? [] : previouslyListed.subtracting(writtenSet)
        if reusesSpare { removeFromSpare(removed) }
        do {
            let oldMarker = samePaths ? fileManager.contents(atPath: outputPrefix + OutputLocation.markerName) : nil
            let marker = oldMarker ?? Data(OutputLocation.markerText(listing: writtenSet).utf8)
            // Replaced in one rename: a reused spare's marker is also the live output's (never truncated), and a staging
            // folder is never without one (a leftover without a marker is not recognised as Pathways' own).
            try marker.write(to: stagingDirectory.appendingPathComponent(OutputLocation.markerName), options: .atomic)
        } catch {
            throw OutputError(path: outputDirectory.path, message: "cannot write the output marker: \(Self.reason(error))")
        }
        // Forced over a folder Pathways did not make, the old tree keeps what it held: never a spare.
        let oldOutputIsOurs = OutputLocation.isMarked(outputDirectory)
        let ours = force && !oldOutputIsOurs ? nil : previouslyListed
        let oldFolders = OutputFolders.holding(ours ?? [])
        let stamped = recordClock.map { clock in
            let time = clock()
            let stagingPrefix = self.stagingPrefix
            // The same paths as the old output's hold the same folders.
            let sameFolders = samePaths && ours != nil
            // Its own thread: the cache's encoding already holds another core, and the swap waits for this.
            return BackgroundValue(on: DispatchQueue(label: "pathways.folder-stamps")) {
                OutputFolders.stamp(sameFolders ? oldFolders : OutputFolders.holding(writtenSet), clock: time, in: stagingPrefix)
            }
        }
        guard fileManager.fileExists(atPath: outputDirectory.path) else {
            discardSpare()
            // Stamped before the staging folder moves: its path then names nothing, or the old output.
            _ = stamped?.value
            guard rename(stagingDirectory.path, outputDirectory.path) == 0 else {
                throw OutputError(path: outputDirectory.path, message: "cannot move the new output in place: \(String(cString: strerror(errno)))")
            }
            if let stamped { swapped.withLock { $0 = (stamped, []) } }
            return
        }
        let carried: [String]
        do {
            carried = try carryOver(written: writtenSet, ours: ours, folders: oldFolders, record: folders)
        } catch {
            _ = stamped?.value
            throw error
        }
        _ = stamped?.value
        guard AtomicExchange.swap(stagingDirectory.path, outputDirectory.path) else {
            let reason = String(cString: strerror(errno))
            for path in carried.reversed() {
                _ = rename(stagingDirectory.appendingPathComponent(path).path, outputDirectory.appendingPathComponent(path).path)
            }
            throw OutputError(path: outputDirectory.path, message: "cannot swap the new output in place: \(reason)")
        }
        if let stamped { swapped.withLock { $0 = (stamped, carried) } }
        // The staging path now holds the old output, less what was carried over: all of it Pathways' own.
        if keepsSpare, oldOutputIsOurs {
            let kept = keptPaths.withLock { $0 }
            keepOldOutputAsSpare(written: writtenSet.filter { !kept.contains($0) }, removed: removed)
        } else {
            discardSpare()
            discardOldOutput(at: stagingDirectory.path)
        }
    }

    /// Removes discarded previous outputs beside the output that were left (a removal stopped or still running).
    private static func removeDiscarded(in parent: URL, output: String, removal: PreviousOutputRemoval) {
        let prefix = PreviousOutputRemoval.prefix(forOutput: output)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names.sorted() where name.hasPrefix(prefix) {
            let folder = parent.appendingPathComponent(name)
            if OutputLocation.isMarked(folder) || ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]).isEmpty {
                removal.remove(folder.path)
            }
        }
    }

    /// Deletes the staging folder, leaving the previous output as it was.
    /// A reused spare, now changed, is removed like an old output (it may be large).
    public func discard() {
        if reusesSpare {
            discardOldOutput(at: stagingDirectory.path)
        } else {
            try? FileManager.default.removeItem(at: stagingDirectory)
        }
    }

    /// Moves everything in the old output that Pathways did not write into the staging folder.
    /// - Parameters:
    ///   - ours: the paths the old output's marker lists; `nil` when forced over a folder Pathways did not make.
    ///   - folders: the folders holding `ours`.
    ///   - record: the record of the old output's folders; while they are as recorded, only the top folder and the
    ///     unsettled ones are listed (see ``OutputFolders``).
    /// - Returns: the relative paths moved, in order, so a failed swap can move them back.
    private func carryOver(written: Set<String>, ours: Set<String>?, folders: Set<Substring>, record: OutputFolders?) throws(OutputError) -> [String] {
        var moves: [String] = []
        var listed = 0
        defer { foldersListed.store(listed, ordering: .relaxed) }
        // Paths are strings and folders are told by their directory entries: this walks every folder of the output,
        // or, `recursive` false, lists one folder and leaves its folders of Pathways' own.
        func visit(_ relative: String, recursive: Bool = true) throws(OutputError) {
            listed += 1
            for (name, isFolder) in Self.entries(inFolder: relative.isEmpty ? outputDirectory.path : outputPrefix + relative) {
                let path = relative.isEmpty ? name : relative + "/" + name
                if path == OutputLocation.markerName { continue }
                // Forced over a folder Pathways did not make: only hidden entries at the top are kept.
                guard let ours else {
                    if relative.isEmpty, name.hasPrefix(".") { try move(path) }
                    continue
                }
                if ours.contains(path) { continue }
                if isFolder, folders.contains(Substring(path)) {
                    if recursive { try visit(path) }
                } else {
                    try move(path)
                }
            }
        }
        // Every failure first moves back what was already carried, so discarding the staging folder loses nothing.
        func moveBack() {
            for done in moves.reversed() {
                _ = rename(stagingPrefix + done, outputPrefix + done)
            }
        }
        // The folders the build writes into, made on the first move: most builds carry nothing over.
        var writtenFolders: Set<Substring>?
        // Whether the build writes `path`, something inside it, or a file where one of its folders is.
        func conflicts(_ path: String) -> Bool {
            if written.contains(path) { return true }
            if writtenFolders == nil { writtenFolders = OutputFolders.holding(written) }
            if writtenFolders!.contains(Substring(path)) { return true }
            var folder = Substring(path)
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if written.contains(String(folder)) { return true }
            }
            return false
        }
        func move(_ path: String) throws(OutputError) {
            if conflicts(path) {
                moveBack()
                throw OutputError(path: outputPrefix + path,
                                  message: "this was not made by Pathways, and the build writes the same path; move it out of the output folder")
            }
            let target = stagingDirectory.appendingPathComponent(path)
            try? FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard rename(outputPrefix + path, target.path) == 0 else {
                let reason = String(cString: strerror(errno))
                moveBack()
                throw OutputError(path: outputPrefix + path, message: "cannot keep this file in the new output: \(reason)")
            }
            moves.append(path)
        }
        if let ours, let record, record.holdsWhatItHeld(folders: folders, in: outputPrefix) {
            try visit("", recursive: false)
            for folder in record.unsettled where folders.contains(Substring(folder)) && !ours.contains(folder) {
                try visit(folder, recursive: false)
            }
        } else {
            try visit("")
        }
        return moves
    }

    /// The record of the new output's folders after a ``commit(folders:recordingFolders:)`` that recorded them, for
    /// the next build's swap; `nil` before, without a clock to record with, or when the output was updated in place.
    func foldersRecord() -> OutputFolders? {
        guard let swapped = swapped.withLock({ $0 }) else { return nil }
        return OutputFolders.record(swapped.stamped.value, carried: swapped.carried)
    }

    /// Removes `.<name>.staging-<pid>` folders beside the output that a build
    /// killed before it finished left behind, when their process is gone and
    /// they are Pathways' own; reports the others.
    private static func clearLeftovers(in parent: URL, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        var notes: [String] = []
        for name in names.sorted() {
            guard let pid = leftoverProcess(name, prefix: prefix) ?? leftoverProcess(name, prefix: prefix.replacingOccurrences(of: ".staging-", with: ".previous-")) else { continue }
            guard pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) else { continue }
            let folder = parent.appendingPathComponent(name)
            let empty = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? ["?"]).isEmpty
            if OutputLocation.isMarked(folder) || empty {
                if (try? FileManager.default.removeItem(at: folder)) != nil {
                    notes.append("removed '\(folder.path)', left by a build that was interrupted")
                }
            } else {
                notes.append("'\(folder.path)' looks like the leftover of an interrupted build but is not marked as Pathways' own; remove it by hand if it is")
            }
        }
        return notes
    }

    private static func leftoverProcess(_ name: String, prefix: String) -> pid_t? {
        guard name.hasPrefix(prefix) else { return nil }
        return pid_t(name.dropFirst(prefix.count))
    }

    /// The names in `folder`, sorted, each with whether it is a folder (not a link to one); none when it cannot be read.
    static func entries(inFolder folder: String) -> [(name: String, isFolder: Bool)] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var entries: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isFolder = lstat(folder + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            entries.append((name, isFolder))
        }
        return entries.sorted { $0.name < $1.name }
    }

    /// The staging path for `relativePath`, with its parent folders created.
    private func resolve(_ relativePath: String) throws(OutputError) -> String {
        try checkedPath(relativePath)
        if let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let folder = String(relativePath[..<slash])
            if !createdDirectories.withLock({ $0.contains(folder) }) {
                var failure = makeFolder(folder[...])
                if failure == ENOTDIR, reusesSpare {
                    clearWay(to: relativePath)
                    failure = makeFolder(folder[...])
                }
                if let failure {
                    throw OutputError(path: relativePath, message: "cannot create folder: \(Self.reason(failure))")
                }
                createdDirectories.withLock { _ = $0.insert(folder) }
            }
        }
        writtenPaths.withLock { $0.append(relativePath) }
        return stagingPrefix + relativePath
    }

    /// Refuses a path that would leave the output folder or touch its marker.
    private func checkedPath(_ relativePath: String) throws(OutputError) {
        let marker = OutputLocation.markerName
        guard OutputPath.isSafe(relativePath), relativePath != marker, !relativePath.hasPrefix(marker + "/") else {
            throw OutputError(path: relativePath, message: "refusing to write outside the output folder")
        }
    }

    /// Makes the staging folder `folder` and any folder above it that is missing; the `errno` of a failure, else `nil`.
    private func makeFolder(_ folder: Substring) -> Int32? {
        let path = stagingPrefix + folder
        if mkdir(path, 0o777) == 0 || errno == EEXIST { return nil }
        guard errno == ENOENT, let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) else { return errno }
        if let failure = makeFolder(folder[..<slash]) { return failure }
        return mkdir(path, 0o777) == 0 || errno == EEXIST ? nil : errno
    }

    /// An `errno` in plain words.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "permission denied"
        case ENOSPC: return "the disk is full"
        case ENOTDIR: return "a file stands where a folder is needed"
        case EROFS: return "the disk is read-only"
        default: return String(cString: strerror(code))
        }
    }

    /// A Foundation error in plain words, with the POSIX reason when there is one.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        switch nsError.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
        case NSFileWriteOutOfSpaceError: return "the disk is full"
        case NSFileWriteVolumeReadOnlyError: return "the disk is read-only"
        default: return nsError.localizedDescription
        }
    }
}

/// A file the build could not write.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// The path the problem concerns.
    public let path: String
    /// What went wrong.
    public let message: String

    public var description: String { "\(path): error: \(message)" }
}

/// Rules for relative paths inside the output folder.
public enum OutputPath {
    /// The components of `path` when it is a safe relative path (no `..`,
    /// no absolute path, no empty or hidden-dot segments, no NUL); else `nil`.
    public static func components(of path: String) -> [String]? {
        guard isSafe(path) else { return nil }
        return path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    }

    /// Whether `path` is a safe relative path (see ``components(of:)``), read byte by byte without splitting it.
    public static func isSafe(_ path: String) -> Bool {
        var length = 0, dots = 0
        // A segment is unsafe when empty (a leading, doubled or trailing slash), `.` or `..`.
        func segmentIsSafe() -> Bool { length > 0 && !(dots == length && dots <= 2) }
        for byte in path.utf8 {
            switch byte {
            case 0, UInt8(ascii: "\\"):
                return false
            case UInt8(ascii: "/"):
                guard segmentIsSafe() else { return false }
                length = 0
                dots = 0
            default:
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return segmentIsSafe()
    }
}

/// `write(2)`, under a name that the writer's own `write` methods do not hide.
private func writeSome(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
