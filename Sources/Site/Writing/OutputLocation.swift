#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Decides whether a folder may be the build's output, before anything is written.
///
/// The output is replaced whole on every build, so it must never be the site
/// root, `content/`, `templates/`, a folder holding them or inside them, a
/// file, a link, a mount point, or a non-empty folder that Pathways did not
/// make (unless the user forces it).
public enum OutputLocation {
    /// The file Pathways puts at the top of every output folder it makes; it lists the files it wrote.
    public static let markerName = ".pathways-output"
    /// The first line of the marker.
    static let markerHeader = "Pathways output folder: every build replaces the files listed below.\n"

    /// The output folder to use, with the links in its parent resolved.
    /// - Parameters:
    ///   - output: the folder asked for.
    ///   - siteRoot: the folder holding `content/` and `templates/`.
    ///   - force: replace a non-empty folder that Pathways did not make.
    /// - Throws: ``OutputError`` saying what is wrong and what would have been lost.
    public static func validate(_ output: URL, siteRoot: URL, force: Bool) throws(OutputError) -> URL {
        let asked = output.path
        guard !asked.isEmpty else { throw OutputError(path: "--output", message: "the output folder is empty; name a folder such as 'public'") }
        let standard = output.standardizedFileURL
        let name = standard.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw OutputError(path: asked, message: "'\(asked)' cannot be the output folder; name a folder such as 'public'")
        }
        let parentPath = standard.deletingLastPathComponent().path
        let realParent = resolved(parentPath) ?? parentPath
        let target = URL(fileURLWithPath: realParent).appendingPathComponent(name, isDirectory: true)
        let targetPath = target.path

        let root = resolved(siteRoot.path) ?? siteRoot.standardizedFileURL.path
        let protected = [("the site folder", root), ("content/", root + "/content"), ("templates/", root + "/templates")]
            .map { (what: $0.0, path: resolved($0.1) ?? $0.1) }
        for folder in protected {
            if targetPath == folder.path || folder.path.hasPrefix(targetPath + "/") || targetPath == "/" {
                throw OutputError(path: asked, message: "the output folder '\(asked)' is or holds \(folder.what) (\(folder.path)); "
                    + "building there would delete the site. Use a folder of its own, such as the default 'public'")
            }
            if folder.what != "the site folder", targetPath.hasPrefix(folder.path + "/") {
                throw OutputError(path: asked, message: "the output folder '\(asked)' is inside \(folder.what); "
                    + "the site would publish its own output again on every build. Use a folder outside it, such as 'public'")
            }
        }

        var info = stat()
        guard lstat(targetPath, &info) == 0 else { return target }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            break
        case S_IFLNK:
            let destination = resolved(targetPath).map { " to '\($0)'" } ?? ""
            throw OutputError(path: asked, message: "the output folder '\(asked)' is a symbolic link\(destination); "
                + "Pathways replaces the output folder as a whole and does not write through links. Pass the real folder instead")
        default:
            throw OutputError(path: asked, message: "'\(asked)' is a file, not a folder; the output must be a folder. "
                + "Choose another --output, or move the file away")
        }
        var parentInfo = stat()
        if lstat(realParent, &parentInfo) == 0, parentInfo.st_dev != info.st_dev {
            throw OutputError(path: asked, message: "the output folder '\(asked)' is a mount point; a build swaps a new folder in its place, "
                + "which cannot be done to a mount point. Build into a folder inside it, e.g. --output \(asked)/site")
        }
        if !force, !isMarked(target) {
            let strangers = visibleEntries(of: target)
            if !strangers.isEmpty {
                let sample = strangers.prefix(5).joined(separator: ", ") + (strangers.count > 5 ? ", …" : "")
                throw OutputError(path: asked, message: "refusing to replace '\(asked)': it holds \(strangers.count) "
                    + "\(strangers.count == 1 ? "entry" : "entries") that Pathways did not make (\(sample)), which the build would delete. "
                    + "Choose an empty or new folder, or pass --force to replace it")
            }
        }
        return target
    }

    /// Whether `folder` holds the marker Pathways writes.
    static func isMarked(_ folder: URL) -> Bool {
        var info = stat()
        return lstat(folder.appendingPathComponent(markerName).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// The marker's text for an output holding `paths`: the header, then the paths in order, one a line.
    static func markerText(listing paths: Set<String>) -> String {
        markerHeader + paths.sorted().joined(separator: "\n") + (paths.isEmpty ? "" : "\n")
    }

    /// The paths a marked output folder lists as written by Pathways (empty when unmarked).
    static func markedPaths(in folder: URL) -> Set<String> {
        guard isMarked(folder),
              let data = FileManager.default.contents(atPath: folder.appendingPathComponent(markerName).path),
              let text = String(data: data, encoding: .utf8), text.hasPrefix(markerHeader) else { return [] }
        return Set(text.dropFirst(markerHeader.count).split(separator: "\n").map(String.init))
    }

    /// Names in `folder` that are not hidden, folders with a trailing `/`, sorted.
    static func visibleEntries(of folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder)
            return isFolder.boolValue ? name + "/" : name
        }
    }

    /// `path` with every link resolved; `nil` when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }
}
