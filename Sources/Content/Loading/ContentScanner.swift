import Diagnostics
import Foundation

/// Finds content files: `content/<kind>/*.md` and bundles `content/<kind>/<name>/index.md`.
enum ContentScanner {
    /// Every content file of every kind, sorted by path; stray files and folders get warnings.
    static func entries(in contentFolder: URL, diagnostics: inout [Diagnostic]) -> [ContentFileEntry] {
        let fileManager = FileManager.default
        let known = ContentKind.allCases.map(\.folder) + ["media"]
        for name in ((try? fileManager.contentsOfDirectory(atPath: contentFolder.path)) ?? []).sorted()
        where !name.hasPrefix(".") && name != "site.yml" && !known.contains(name) {
            diagnostics.append(.warning("'content/\(name)' is not a content folder and is ignored; expected one of "
                + known.joined(separator: ", ") + Suggestion.hint(for: name, in: known), path: "content/\(name)"))
        }
        var entries: [ContentFileEntry] = []
        for kind in ContentKind.allCases {
            let folder = contentFolder.appendingPathComponent(kind.folder)
            guard let names = try? fileManager.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") {
                let relative = "content/\(kind.folder)/\(name)"
                if name.hasSuffix(".md") {
                    entries.append(ContentFileEntry(kind: kind, path: relative, slugSource: name, bundleFolder: nil, bundleFiles: []))
                    continue
                }
                var isDirectory: ObjCBool = false
                guard fileManager.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory),
                      isDirectory.boolValue else {
                    diagnostics.append(.warning("'\(name)' is ignored: content files end in .md, and other files belong in a "
                        + "bundle folder or content/media", path: relative))
                    continue
                }
                let bundle = folder.appendingPathComponent(name)
                guard fileManager.fileExists(atPath: bundle.appendingPathComponent("index.md").path) else {
                    diagnostics.append(.warning("folder '\(name)' has no index.md and is ignored", path: relative))
                    continue
                }
                let others = FolderListing.files(under: bundle).filter { $0 != "index.md" }.map { "\(relative)/\($0)" }
                entries.append(ContentFileEntry(kind: kind, path: "\(relative)/index.md", slugSource: name,
                                                bundleFolder: relative, bundleFiles: others))
            }
        }
        return entries.sorted { $0.path < $1.path }
    }
}
