#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The spare output: after a swap, the old output folder is not thrown away but brought up to date with the new one
/// (every file of it one more name of the new output's file, by hard links) and kept aside, so that the next build
/// stages into it instead of into an empty folder. Making tens of thousands of folders and links again on every build
/// is what an edit cost on disk (at 10,000 items, 44,845 `mkdir` calls took 7.6 s of a one-opening edit's kernel time);
/// with the spare, a build touches only the files it writes and removes.
///
/// The spare is trusted only when its marker is the output's marker under another name (same file): the marker is
/// linked last, so a spare whose update was cut short is never used. A file kept from it must be the very file of the
/// output that the cache vouches for (same inode); a file written over it is unlinked first, never truncated, since
/// it is also a file of the live output. It lives in `.pathways-cache/spare/` when that is on the output's disk, else
/// beside the output as `.<name>.spare`.
extension OutputWriter {
    /// Where the spare of `output` lives (see the type's description).
    static func spareLocation(output: URL, siteRoot: URL) -> String {
        let parent = output.deletingLastPathComponent().path
        var outputDisk = stat(), siteDisk = stat()
        if stat(parent, &outputDisk) == 0, stat(siteRoot.path, &siteDisk) == 0, outputDisk.st_dev == siteDisk.st_dev {
            return siteRoot.appendingPathComponent(".pathways-cache/spare").path + "/" + output.lastPathComponent + "-"
                + String(Fingerprint.of(output.standardizedFileURL.path).description.prefix(16))
        }
        return parent + "/." + output.lastPathComponent + ".spare"
    }

    /// Whether the folder at `spare` is the output's up-to-date spare: a real folder whose marker is the output's own.
    static func spareMatches(_ spare: String, output: URL) -> Bool {
        var folder = stat(), spareMarker = stat(), outputMarker = stat()
        return lstat(spare, &folder) == 0 && (folder.st_mode & S_IFMT) == S_IFDIR
            && lstat(spare + "/" + OutputLocation.markerName, &spareMarker) == 0
            && lstat(output.appendingPathComponent(OutputLocation.markerName).path, &outputMarker) == 0
            && (spareMarker.st_mode & S_IFMT) == S_IFREG
            && spareMarker.st_ino == outputMarker.st_ino && spareMarker.st_dev == outputMarker.st_dev
    }

    /// In a reused spare, removes what stands in the way of writing `relativePath`: a file where one of its folders
    /// should be, or a folder where it should be; then makes its folders.
    func clearWay(to relativePath: String) {
        var folder = ""
        for part in relativePath.split(separator: "/").dropLast() {
            folder += folder.isEmpty ? String(part) : "/" + part
            var info = stat()
            if lstat(stagingPrefix + folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR { unlink(stagingPrefix + folder) }
            mkdir(stagingPrefix + folder, 0o777)
        }
        var info = stat()
        if lstat(stagingPrefix + relativePath, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            try? FileManager.default.removeItem(atPath: stagingPrefix + relativePath)
        }
    }

    /// Removes from a reused spare the files its last output had and this build does not, and the folders they leave empty.
    func removeFromSpare(_ stale: some Sequence<String>) {
        for path in stale where OutputPath.isSafe(path) {
            if unlink(stagingPrefix + path) == 0 { removeEmptyFolders(above: path, under: stagingPrefix) }
        }
    }

    /// Removes the folders holding `path` under `root` from the deepest up, while they are empty.
    private func removeEmptyFolders(above path: String, under root: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard rmdir(root + folder) == 0 else { return }
        }
    }

    /// Makes the old output, now at the staging path after the swap, the spare: moves it to ``spareDirectory`` and
    /// gives it the new output's files. Anything that goes wrong leaves no spare (the old tree is removed instead).
    /// - Parameters:
    ///   - written: paths of the new output written anew by this build (not kept).
    ///   - removed: paths the old output had and the new one does not.
    func keepOldOutputAsSpare(written: some Sequence<String>, removed: some Sequence<String>) {
        discardSpare()
        let folder = URL(fileURLWithPath: spareDirectory).deletingLastPathComponent().path
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil,
              rename(stagingDirectory.path, spareDirectory) == 0 else {
            discardOldOutput(at: stagingDirectory.path)
            return
        }
        let spare = spareDirectory + "/"
        var made: Set<Substring> = []
        for path in written where OutputPath.isSafe(path) {
            let target = spare + path
            if unlink(target) != 0, errno != ENOENT { return discardOldOutput(at: spareDirectory) }
            if link(outputPrefix + path, target) != 0 {
                guard errno == ENOENT, let slash = path.lastIndex(of: "/"), made.insert(path[..<slash]).inserted,
                      (try? FileManager.default.createDirectory(atPath: spare + path[..<slash], withIntermediateDirectories: true)) != nil,
                      link(outputPrefix + path, target) == 0 else { return discardOldOutput(at: spareDirectory) }
            }
        }
        for path in removed where OutputPath.isSafe(path) {
            if unlink(spare + path) == 0 { removeEmptyFolders(above: path, under: spare) }
        }
        // Last: only now does the spare match the output. The marker is replaced in one rename, so a spare always has
        // one (and is always recognised as Pathways' own, to be removed when it cannot be used).
        let marker = spare + OutputLocation.markerName, next = marker + ".next"
        unlink(next)
        if link(outputPrefix + OutputLocation.markerName, next) != 0 || rename(next, marker) != 0 {
            discardOldOutput(at: spareDirectory)
        }
        // Renaming one name of a file over another name of it leaves both.
        unlink(next)
        removeOrphanedSpares(in: folder)
    }

    /// Removes the other outputs' spares in the cache's spare folder that no output shares a marker with any more: their
    /// output was deleted (a one-off `--output` elsewhere) or built again without them. They could never be used again,
    /// and they hold the last names of their files: a 10,000-item site's spare kept its 900 MB on disk. Only folders
    /// Pathways marked as its own are touched, and only in `.pathways-cache/spare/` (a spare kept beside an output on
    /// another disk is in the user's folder, and left alone).
    func removeOrphanedSpares(in folder: String) {
        guard folder.hasSuffix("/" + BuildCacheStore.folderName + "/spare"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let mine = URL(fileURLWithPath: spareDirectory).lastPathComponent
        for name in names where name != mine {
            let spare = folder + "/" + name
            // Marked as Pathways' own (the marker a regular file), and the marker its last name.
            var marker = stat()
            guard lstat(spare + "/" + OutputLocation.markerName, &marker) == 0, (marker.st_mode & S_IFMT) == S_IFREG,
                  marker.st_nlink == 1 else { continue }
            discardOldOutput(at: spare)
        }
    }

    /// Removes the spare, if there is one (it no longer matches the output): only a folder Pathways marked as its own.
    func discardSpare() {
        if OutputLocation.isMarked(URL(fileURLWithPath: spareDirectory)) { discardOldOutput(at: spareDirectory) }
    }

    /// Renames the tree at `path` (Pathways' own) aside and removes it as ``removal`` says.
    func discardOldOutput(at path: String) {
        let aside = outputDirectory.deletingLastPathComponent().appendingPathComponent(
            PreviousOutputRemoval.prefix(forOutput: outputDirectory.lastPathComponent) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        if removal == .background, rename(path, aside) == 0 {
            removal.remove(aside)
        } else {
            try? FileManager.default.removeItem(atPath: path)
        }
    }
}
