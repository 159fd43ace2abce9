#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Updating the output in place: the incremental build's way to make a small change cost little.
///
/// Swapping in a whole new folder means making every folder of the site again (tens of thousands, seconds on
/// ext4) and removing the old tree, even when one page changed. In place, only the files the build wrote are
/// staged; kept files stay where they are. ``OutputWriter/commitInPlace()`` first checks that every staged file
/// may go where it belongs (no file Pathways did not make is replaced), so a build that fails still leaves the
/// previous output as it was; then it renames each staged file over the old one (each replacement atomic, so a
/// reader sees the old page or the new one), removes what the previous build wrote and this one did not, and
/// writes the marker last. Files Pathways did not make stay where they are.
extension OutputWriter {
    func commitInPlace() throws(OutputError) {
        let staged = Set(writtenPaths.withLock { $0 })
        let written = staged.union(keptPaths.withLock { $0 })
        let previous = OutputLocation.markedPaths(in: outputDirectory)
        let output = outputDirectory.path

        // Checks before anything changes: a new path must not hold a file Pathways did not make, nor run through one.
        var folders: Set<String> = []
        for path in staged.sorted() {
            var info = stat()
            if !previous.contains(path), lstat(output + "/" + path, &info) == 0 {
                throw OutputError(path: output + "/" + path,
                                  message: "this was not made by Pathways, and the build writes the same path; move it out of the output folder")
            }
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard folders.insert(folder).inserted else { break }
                if lstat(output + "/" + folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                    throw OutputError(path: output + "/" + folder,
                                      message: "the build writes a folder here, but this is not one; move it out of the output folder")
                }
            }
        }

        // The same paths as before (an edit, not an addition or removal): the marker stays as it is.
        let sameMarker = written == previous
        let stagedMarker = stagingDirectory.appendingPathComponent(OutputLocation.markerName)
        if !sameMarker {
            let marker = OutputLocation.markerText(listing: written)
            do {
                try Data(marker.utf8).write(to: stagedMarker)
            } catch {
                throw OutputError(path: output, message: "cannot write the output marker: \(Self.reason(error))")
            }
        }

        for folder in folders.sorted() where mkdir(output + "/" + folder, 0o755) != 0 && errno != EEXIST {
            throw OutputError(path: output + "/" + folder, message: "cannot create folder: \(String(cString: strerror(errno)))")
        }
        for path in staged.sorted() where rename(stagingDirectory.path + "/" + path, output + "/" + path) != 0 {
            throw OutputError(path: output + "/" + path, message: "cannot move the new file in place: \(String(cString: strerror(errno)))")
        }
        // What the previous build wrote and this one did not, then the folders that leaves empty (a folder holding
        // anything else stays).
        var emptied: Set<String> = []
        for path in previous.subtracting(written) where OutputPath.components(of: path) != nil {
            var info = stat()
            guard lstat(output + "/" + path, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR else { continue }
            _ = unlink(output + "/" + path)
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                guard emptied.insert(folder).inserted else { break }
            }
        }
        for folder in emptied.sorted(by: { $0.count > $1.count }) { _ = rmdir(output + "/" + folder) }
        guard sameMarker || rename(stagedMarker.path, output + "/" + OutputLocation.markerName) == 0 else {
            throw OutputError(path: output, message: "cannot write the output marker: \(String(cString: strerror(errno)))")
        }
        // The staging folder now holds only folders, as many as the pages written: removed like a previous output.
        let aside = outputDirectory.deletingLastPathComponent().appendingPathComponent(
            PreviousOutputRemoval.prefix(forOutput: outputDirectory.lastPathComponent) + "\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        if removal == .background, rename(stagingDirectory.path, aside) == 0 {
            removal.remove(aside)
        } else {
            discard()
        }
    }
}
