import Diagnostics
import Dispatch
import Foundation
import Synchronization

/// Loads and validates `content/` under a site root: site.yml, the four
/// kinds of items (single files and bundles) and the media list.
///
/// Files are decoded in parallel; results and diagnostics come out sorted,
/// so the output never depends on scheduling.
public struct ContentLoader: Sendable {
    /// The site root (the folder holding `content/`).
    public let root: URL

    /// Creates a loader for the site at `root`.
    public init(root: URL) {
        self.root = root
    }

    /// Reads everything under `content/`; drafts are left out unless `includeDrafts`, but are always checked.
    /// - Complexity: O(files), spread over all cores.
    public func load(includeDrafts: Bool = false) -> LoadedContent {
        var diagnostics: [Diagnostic] = []
        let contentFolder = root.appendingPathComponent("content")
        let configPath = "content/site.yml"
        var config: SiteConfig?
        if let text = readText(contentFolder.appendingPathComponent("site.yml"), path: configPath, diagnostics: &diagnostics) {
            config = SiteConfigDecoder.decode(text, path: configPath, diagnostics: &diagnostics)
        } else if !FileManager.default.fileExists(atPath: contentFolder.appendingPathComponent("site.yml").path) {
            diagnostics.append(.error("missing site settings: create content/site.yml with at least 'title' and 'base_url'",
                                      path: configPath))
        }

        let mediaFiles = FolderListing.files(under: contentFolder.appendingPathComponent("media"))
        let entries = ContentScanner.entries(in: contentFolder, diagnostics: &diagnostics)
        let decoder = ItemDecoder(config: config, mediaFiles: Set(mediaFiles))
        let decoded = decodeAll(entries, with: decoder)
        if config?.tags == nil { diagnostics += TagSpelling.warnings(decoded) }

        var content = LoadedContent(config: config, mediaFiles: mediaFiles)
        var firstBySlug: [String: String] = [:]
        for file in decoded {
            diagnostics.append(contentsOf: file.diagnostics)
            guard let item = file.item else { continue }
            let metadata = item.metadata
            if metadata.draft, !includeDrafts { continue }
            let key = "\(metadata.kind.rawValue)/\(metadata.lang.code)/\(metadata.slug.rawValue)"
            if let first = firstBySlug[key] {
                diagnostics.append(Diagnostic(severity: .error, path: file.entry.path, at: file.slugLocation,
                    message: "duplicate slug '\(metadata.slug)' for language '\(metadata.lang)': \(first) already uses it"))
                continue
            }
            firstBySlug[key] = file.entry.path
            switch item {
            case .story(let story): content.stories.append(story)
            case .evaluation(let evaluation): content.evaluations.append(evaluation)
            case .opening(let opening): content.openings.append(opening)
            case .page(let page): content.pages.append(page)
            }
        }
        content.diagnostics = diagnostics.sorted()
        return content
    }

    /// Decodes every entry, in parallel chunks, returning results in entry order.
    private func decodeAll(_ entries: [ContentFileEntry], with decoder: ItemDecoder) -> [DecodedFile] {
        let chunkSize = 64
        let chunks = (entries.count + chunkSize - 1) / chunkSize
        let results = Mutex<[[DecodedFile]]>(Array(repeating: [], count: chunks))
        let rootPath = root.path.hasSuffix("/") ? root.path : root.path + "/"
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = chunk * chunkSize..<min(entries.count, (chunk + 1) * chunkSize)
            var local: [DecodedFile] = []
            local.reserveCapacity(range.count)
            for entry in entries[range] {
                var problems: [Diagnostic] = []
                if let text = ContentLoader.readText(atPath: rootPath + entry.path, reportedAs: entry.path, diagnostics: &problems) {
                    local.append(decoder.decode(entry, text: text))
                } else {
                    local.append(DecodedFile(entry: entry, item: nil, slugLocation: .start, diagnostics: problems))
                }
            }
            results.withLock { $0[chunk] = local }
        }
        return results.withLock { $0.flatMap { $0 } }
    }

    private func readText(_ url: URL, path: String, diagnostics: inout [Diagnostic]) -> String? {
        ContentLoader.readText(atPath: url.path, reportedAs: path, diagnostics: &diagnostics)
    }

    /// The file as UTF-8 text; `nil` when it is missing (no diagnostic) or unreadable (a diagnostic).
    static func readText(atPath filePath: String, reportedAs path: String, diagnostics: inout [Diagnostic]) -> String? {
        guard let data = FileManager.default.contents(atPath: filePath) else {
            if FileManager.default.fileExists(atPath: filePath) {
                diagnostics.append(.error("cannot read this file", path: path))
            }
            return nil
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            diagnostics.append(.error("file is not valid UTF-8 text; save it as UTF-8", path: path))
            return nil
        }
        return text
    }
}
