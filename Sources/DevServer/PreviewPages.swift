import Foundation
import Synchronization

/// Pages rendered ahead of a rebuild and served in place of the files on disk until the rebuild ends, so the page a
/// maintainer is editing shows the edit before the whole site is built again.
final class PreviewPages: Sendable {
    private let pages = Mutex<[String: [UInt8]]>([:])
    /// The served folder; pages are kept by their path inside it.
    let siteFolder: URL

    init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// Serves `pages` (by path inside the site folder) until ``finish()``.
    func show(_ pages: [String: [UInt8]]) {
        self.pages.withLock { $0 = pages }
    }

    /// The previewed bytes of the file at `path` (as the resolver names it: the site folder's path, then the path
    /// inside it), or `nil`.
    func page(atFilePath path: String) -> [UInt8]? {
        let prefix = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let inside = String(path.dropFirst(prefix.count))
        return pages.withLock { $0[inside] }
    }

    /// Stops serving the previews (the rebuild has ended) and returns the paths whose file on disk is now the same
    /// as the preview: tabs showing those need no second reload.
    func finish() -> [String] {
        let shown = pages.withLock { pages in
            defer { pages = [:] }
            return pages
        }
        return shown.filter { path, bytes in
            FileManager.default.contents(atPath: siteFolder.appendingPathComponent(path).path).map { [UInt8]($0) == bytes } ?? false
        }.keys.sorted()
    }

    /// The URL path a browser shows for a file of the site: `openings/cook/index.html` is `/openings/cook/`.
    static func urlPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return "/" + (name == "index.html" ? String(path.dropLast(name.count)) : path)
    }
}
