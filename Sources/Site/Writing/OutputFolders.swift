#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the folders of an output looked like when a build left it, so that the next build's swap need not list
/// every one of them to find what Pathways did not make.
///
/// Before the swap, everything in the old output that Pathways did not write is carried into the new one, which
/// means listing every folder (44,000 at 10,000 items: 0.3–0.5 s on ext4, most of an edit build's swap). A folder's
/// change time moves whenever an entry is added to it, removed or renamed, and cannot be set back by hand; with its
/// inode, it tells that the folder holds what it held. So at each swap the build sums the stamps of the new
/// output's folders into one digest (``stamp(_:clock:in:)``, ``record(_:carried:)``), and the next swap lists only the top
/// folder and the folders the digest leaves out (``unsettled``) while the digest is the same
/// (``holdsWhatItHeld(folders:in:)``); any other change lists every folder, as without a record.
///
/// Left out of the digest, and listed every time: folders changed within a clock tick of the record (a change in the
/// same tick could leave the same time), and folders holding what Pathways did not make (it is carried again).
struct OutputFolders: Sendable, Equatable {
    /// The digest of each settled folder's path and stamp, in any order (``UnorderedDigest``).
    var digest: Fingerprint
    /// Folders (relative to the output) listed at every swap.
    var unsettled: [String]

    /// Every folder holding one of `paths` (relative, `/`-separated), the output folder itself (`""`) left out.
    /// Folders are slices of the paths: a text each would be tens of thousands of allocations on every build.
    static func holding(_ paths: some Sequence<String>) -> Set<Substring> {
        var folders: Set<Substring> = []
        for path in paths {
            var folder = Substring(path)
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if !folders.insert(folder).inserted { break }
            }
        }
        return folders
    }

    /// Each folder's part of a record, read before the swap from the staging folder: a folder keeps its inode and
    /// change time when the folder above it is renamed, so the new output's folders are stamped on another core while
    /// the old output is searched, instead of after the swap, where nothing else was left to run beside it.
    struct Stamped: Sendable {
        var folders: [Substring]
        /// The part of each folder of ``folders``; `nil` for a folder changed within a tick of the clock, or gone.
        var parts: [Fingerprint?]
    }

    /// Stamps `folders` of the output at `outputPrefix` (its path with a trailing `/`) as they are now.
    /// - Parameter clock: the file system's time, taken before any stamp is read (a touched file's stamp); `nil`
    ///   leaves every folder unsettled.
    static func stamp(_ folders: Set<Substring>, clock: FileStamp?, in outputPrefix: String) -> Stamped {
        var stamped = Stamped(folders: [], parts: [])
        stamped.folders.reserveCapacity(folders.count)
        stamped.parts.reserveCapacity(folders.count)
        stamped.folders.append(contentsOf: folders)
        let stamps = stamps(stamped.folders, in: outputPrefix)
        for (folder, stamp) in zip(stamped.folders, stamps) {
            guard let clock, let stamp, !stamp.isWithinATick(of: clock) else {
                stamped.parts.append(nil)
                continue
            }
            stamped.parts.append(part(folder, stamp))
        }
        return stamped
    }

    /// The record of `stamped` folders, leaving out those holding `carried` (paths of entries Pathways did not make,
    /// now in the output), which the next swap lists again whatever their stamps.
    static func record(_ stamped: Stamped, carried: [String]) -> OutputFolders {
        var unsettled = Set(carried.map { path in path.lastIndex(of: "/").map { path[..<$0] } ?? "" })
        var sum = UnorderedDigest()
        for (folder, part) in zip(stamped.folders, stamped.parts) {
            guard let part, !unsettled.contains(folder) else {
                unsettled.insert(folder)
                continue
            }
            sum.add(part)
        }
        unsettled.remove("")
        return OutputFolders(digest: sum.finish(), unsettled: unsettled.map(String.init).sorted())
    }

    /// Whether every folder of `folders` but the unsettled ones is as recorded: then none of them holds an entry the
    /// record did not know.
    func holdsWhatItHeld(folders: Set<Substring>, in outputPrefix: String) -> Bool {
        let unsettled = Set(self.unsettled.map { Substring($0) })
        var settled: [Substring] = []
        settled.reserveCapacity(folders.count)
        for folder in folders where !unsettled.contains(folder) { settled.append(folder) }
        var sum = UnorderedDigest()
        for (folder, stamp) in zip(settled, Self.stamps(settled, in: outputPrefix)) {
            guard let stamp else { return false }
            sum.add(Self.part(folder, stamp))
        }
        return sum.finish() == digest
    }

    /// A folder's change time and inode; `nil` when `path` is not a folder.
    static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return stamp(info)
    }

    /// The stamps of `folders` (relative to the output at `outputPrefix`), in their order, each looked up from its
    /// parent folder, opened once for all of its own: a path looked up from the root walks every folder above it
    /// again (at 10,000 items, 44,000 folders under 3,000 parents; a third less time).
    static func stamps(_ folders: [Substring], in outputPrefix: String) -> [FileStamp?] {
        var byParent: [Substring: [Int]] = [:]
        for (index, folder) in folders.enumerated() {
            let parent = folder.utf8.lastIndex(of: UInt8(ascii: "/")).map { folder[..<$0] } ?? ""
            byParent[parent, default: []].append(index)
        }
        var stamps = [FileStamp?](repeating: nil, count: folders.count)
        for (parent, children) in byParent {
            let descriptor = open(outputPrefix + parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            for child in children {
                let folder = folders[child]
                // By length: the key is a slice of the first child's path, not of this one's.
                let name = parent.isEmpty ? folder : Substring(folder.utf8.dropFirst(parent.utf8.count + 1))
                var info = stat()
                if fstatat(descriptor, String(name), &info, AT_SYMLINK_NOFOLLOW) == 0 { stamps[child] = stamp(info) }
            }
        }
        return stamps
    }

    /// The stamp of a folder's `stat`; `nil` when it is not a folder.
    private static func stamp(_ info: stat) -> FileStamp? {
        guard (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        #if canImport(Darwin)
        let changed = info.st_ctimespec
        #else
        let changed = info.st_ctim
        #endif
        return FileStamp(size: 0, modifiedSeconds: Int64(changed.tv_sec), modifiedNanoseconds: Int64(changed.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// The fingerprint of one folder's path and stamp, a part of the record's ``UnorderedDigest``.
    private static func part(_ folder: Substring, _ stamp: FileStamp) -> Fingerprint {
        var builder = FingerprintBuilder()
        builder.add(folder.utf8)
        builder.add(Int(stamp.modifiedSeconds))
        builder.add(Int(stamp.modifiedNanoseconds))
        builder.add(Int(bitPattern: UInt(stamp.inode)))
        return builder.finish()
    }
}

extension FileStamp {
    /// Whether this time is so close to `clock` (a file's time taken just now) that a change within the same tick
    /// could have left it as it is: a two-second margin on file systems that keep whole seconds, else twenty
    /// milliseconds.
    func isWithinATick(of clock: FileStamp) -> Bool {
        let margin: Int64 = modifiedNanoseconds == 0 || clock.modifiedNanoseconds == 0 ? 2_000_000_000 : 20_000_000
        let time = modifiedSeconds &* 1_000_000_000 &+ modifiedNanoseconds
        let now = clock.modifiedSeconds &* 1_000_000_000 &+ clock.modifiedNanoseconds
        return time >= now &- margin
    }
}
