import Diagnostics
import Dispatch
import Foundation
import Synchronization

/// Checks that every internal link of the rendered site leads to a file the build writes.
struct LinkChecker: Sendable {
    let routes: Routes
    /// Every output path of the build.
    let outputs: Set<String>
    /// A content file's text by its path from the site root, for placing a broken link in a body whose Markdown the
    /// build has let go (``PublishedItem/forgetMarkdownSource()``).
    var readSource: @Sendable (String) -> String? = { _ in nil }

    /// The broken internal links of pages, each given by its index in `pages` with its links as numbers in `texts`
    /// (``LinkTable``), located in the Markdown body when the link comes from there, else at the page's layout.
    /// Pages are checked in parallel chunks.
    func check(_ links: [(page: Int, links: [LinkTable.Number])], of pages: [PlannedPage], texts: [String],
               items: [PublishedItem]) -> [Diagnostic] {
        let itemsBySource = Dictionary(items.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        let roots = rootLinks(texts)
        let found = Mutex<Set<Diagnostic>>([])
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (links.count + chunk - 1) / chunk) { block in
            let range = (block * chunk)..<min(links.count, (block + 1) * chunk)
            var local: Set<Diagnostic> = []
            for (index, pageLinks) in links[range] {
                let page = pages[index]
                for number in pageLinks {
                    let target: String
                    switch roots[Int(number)] {
                    case .found: continue
                    case .missing(let missing): target = missing
                    case .relative:
                        guard let resolved = outputPath(of: texts[Int(number)], from: page.urlPath), !outputs.contains(resolved) else { continue }
                        target = resolved
                    }
                    local.insert(broken(texts[Int(number)], target: target, on: page, itemsBySource: itemsBySource))
                }
            }
            if !local.isEmpty { found.withLock { $0.formUnion(local) } }
        }
        return found.withLock { $0 }.sorted()
    }

    /// A link text as the check sees it before knowing the page it is on.
    private enum RootLink: Sendable {
        /// Relative to the page's folder: resolved on each page.
        case relative
        /// External or an anchor, leading nowhere the build writes; or root-relative, leading to an output it writes.
        case found
        /// Root-relative, leading to this output path, which the build does not write.
        case missing(String)
    }

    /// Each of `texts` resolved once if it does not depend on the page: root-relative links (navigation, tags, facets,
    /// cards) repeat on thousands of pages, and looking each up in the outputs on every page cost a 50,000-item build
    /// 3 s of CPU. In parallel chunks.
    private func rootLinks(_ texts: [String]) -> [RootLink] {
        texts.concurrentMap(chunk: 4_096) { link -> RootLink in
            // Whether a link is external or an anchor does not depend on the page either.
            guard let target = outputPath(of: link, from: "") else { return .found }
            guard link.utf8.first == UInt8(ascii: "/") else { return .relative }
            return outputs.contains(target) ? .found : .missing(target)
        }
    }

    /// The error for a broken link: at the link in the page's Markdown when it is written there, else at the layout.
    private func broken(_ link: String, target: String, on page: PlannedPage, itemsBySource: [String: PublishedItem]) -> Diagnostic {
        if let source = page.sourcePath, let item = itemsBySource[source], let place = locate(link, in: item) {
            return Diagnostic(severity: .error, path: source, line: place.line, column: place.column,
                              message: "broken link '\(link)': the site has no page \(target)")
        }
        return Diagnostic(severity: .error, path: "templates/layouts/\(page.layout).liquid", line: 1, column: 1,
                          message: "broken link '\(link)' on \(page.path): the site has no page \(target)")
    }

    /// The output file an internal link points at, or `nil` for external links and anchors.
    /// Read byte by byte: every page's dozens of links pass through here.
    func outputPath(of link: String, from pageFolder: String) -> String? {
        let end = link.utf8.firstIndex { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "?") } ?? link.endIndex
        let target = link[..<end]
        guard !target.isEmpty, !target.utf8.starts(with: "//".utf8), !LinkChecker.hasScheme(target) else { return nil }
        var path: String
        if target.utf8.first == UInt8(ascii: "/") {
            guard target.utf8.starts(with: routes.basePath.utf8) else { return String(target) }
            path = String(target[target.utf8.index(target.startIndex, offsetBy: routes.basePath.utf8.count)...])
        } else {
            let folderEnd = pageFolder.hasSuffix("/") ? pageFolder.endIndex
                : (pageFolder.utf8.lastIndex(of: UInt8(ascii: "/")).map { pageFolder.index(after: $0) } ?? pageFolder.startIndex)
            path = LinkChecker.normalise(String(pageFolder[..<folderEnd]) + target)
        }
        if path.utf8.contains(UInt8(ascii: "%")) { path = path.removingPercentEncoding ?? path }
        if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
        return path
    }

    /// Whether `link` starts with a scheme (`https:`, `mailto:`): a colon before any slash.
    static func hasScheme(_ link: Substring) -> Bool {
        for byte in link.utf8 {
            if byte == UInt8(ascii: ":") { return true }
            if byte == UInt8(ascii: "/") { return false }
        }
        return false
    }

    /// Resolves `.` and `..` segments.
    static func normalise(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return parts.joined(separator: "/").trimmingCharacters(in: CharacterSet(charactersIn: "/")) + (path.hasSuffix("/") ? "/" : "")
    }

    /// Where `link` is written in the item's Markdown body, as a file line and column.
    private func locate(_ link: String, in item: PublishedItem) -> (line: Int, column: Int)? {
        let metadata = item.metadata
        var markdown = Substring(metadata.body)
        if markdown.isEmpty, let file = readSource(metadata.sourcePath) {
            // The whole file, from the line the body starts on.
            markdown = Substring(file)
            for _ in 1..<max(1, metadata.bodyStartLine) {
                guard let newline = markdown.firstIndex(of: "\n") else { return nil }
                markdown = markdown[markdown.index(after: newline)...]
            }
        }
        guard let range = markdown.range(of: link) else { return nil }
        let before = markdown[..<range.lowerBound]
        let line = before.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { markdown.index(after: $0) } ?? markdown.startIndex
        return (metadata.bodyStartLine + line, markdown.distance(from: lineStart, to: range.lowerBound) + 1)
    }
}
