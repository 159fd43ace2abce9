import Foundation
import Synchronization

/// Pages rendered ahead of a rebuild and served in place of the files on disk until the rebuild ends, so the page a
/// maintainer is editing shows the edit before the whole site is built again.
final class PreviewPages: Sendable {
    private struct Shown {
        /// Counts previews, so a tab can tell which one it shows.
        var number = 0
        var pages: [String: [UInt8]] = [:]
    }

    private let shown = Mutex(Shown())
    /// The served folder; pages are kept by their path inside it.
    let siteFolder: URL

    init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    /// Serves `pages` (by path inside the site folder) until ``finish()``, as a new preview.
    func show(_ pages: [String: [UInt8]]) {
        shown.withLock { shown in
            shown.number += 1
            shown.pages = pages
        }
    }

    /// The previewed bytes of the file at `path` (as the resolver names it: the site folder's path, then the path
    /// inside it) and the preview's number, or `nil`.
    func page(atFilePath path: String) -> (bytes: [UInt8], preview: Int)? {
        let prefix = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let inside = String(path.dropFirst(prefix.count))
        return shown.withLock { shown in shown.pages[inside].map { ($0, shown.number) } }
    }

    /// Stops serving the previews (the rebuild has ended) and returns the last preview's number with the paths whose
    /// file on disk is now the same as in it: tabs showing that preview of those pages need no second reload.
    func finish() -> (preview: Int, unchanged: [String]) {
        let (number, pages) = shown.withLock { shown in
            defer { shown.pages = [:] }
            return (shown.number, shown.pages)
        }
        let unchanged = pages.filter { path, bytes in
            FileManager.default.contents(atPath: siteFolder.appendingPathComponent(path).path).map { [UInt8]($0) == bytes } ?? false
        }.keys.sorted()
        return (number, unchanged)
    }

    /// The URL path a browser shows for a file of the site: `openings/cook/index.html` is `/openings/cook/`.
    static func urlPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return "/" + (name == "index.html" ? String(path.dropLast(name.count)) : path)
    }
}
