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
/// inode, it tells that the folder holds what it held. So after each swap the build sums the stamps of the new
/// output's folders into one digest (``record(folders:carried:clock:in:)``), and the next swap lists only the top
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

    /// The record of `folders` of the output at `outputPrefix` (its path with a trailing `/`), as they are now.
    /// - Parameters:
    ///   - carried: paths of entries Pathways did not make, now in the output.
    ///   - clock: the file system's time now (a touched file's stamp); `nil` leaves every folder unsettled.
    static func record(folders: Set<Substring>, carried: [String], clock: FileStamp?, in outputPrefix: String) -> OutputFolders {
        var unsettled = Set(carried.map { path in path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "" })
        var sum = UnorderedDigest()
        for folder in folders where !unsettled.contains(String(folder)) {
            guard let clock, let stamp = stamp(outputPrefix + folder), !stamp.isWithinATick(of: clock) else {
                unsettled.insert(String(folder))
                continue
            }
            sum.add(part(folder, stamp))
        }
        unsettled.remove("")
        return OutputFolders(digest: sum.finish(), unsettled: unsettled.sorted())
    }

    /// Whether every folder of `folders` but the unsettled ones is as recorded: then none of them holds an entry the
    /// record did not know.
    func holdsWhatItHeld(folders: Set<Substring>, in outputPrefix: String) -> Bool {
        let unsettled = Set(self.unsettled.map { Substring($0) })
        var sum = UnorderedDigest()
        for folder in folders where !unsettled.contains(folder) {
            guard let stamp = Self.stamp(outputPrefix + folder) else { return false }
            sum.add(Self.part(folder, stamp))
        }
        return sum.finish() == digest
    }

    /// A folder's change time and inode; `nil` when `path` is not a folder.
    static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
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
