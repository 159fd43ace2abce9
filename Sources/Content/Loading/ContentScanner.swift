import Diagnostics

/// Finds content files: `content/<kind>/*.md` and bundles `content/<kind>/<name>/index.md`.
enum ContentScanner {
    /// Every content file of every kind, sorted by path; stray files and folders get warnings,
    /// links out of the site, special files and unreadable folders get errors.
    static func entries(in site: SiteFolder, diagnostics: inout [Diagnostic]) -> [ContentFileEntry] {
        let known = ContentKind.allCases.map(\.folder) + ["media"]
        for name in site.names(inFolder: "content", diagnostics: &diagnostics) ?? []
        where name != "site.yml" && !known.contains(name) {
            diagnostics.append(.warning("'content/\(name)' is not a content folder and is ignored; expected one of "
                + known.joined(separator: ", ") + Suggestion.hint(for: name, in: known), path: "content/\(name)"))
        }
        var entries: [ContentFileEntry] = []
        for kind in ContentKind.allCases {
            let folder = "content/\(kind.folder)"
            for name in site.names(inFolder: folder, diagnostics: &diagnostics) ?? [] {
                let relative = "\(folder)/\(name)"
                switch site.entry(relative) {
                case .missing:
                    continue
                case .refused(let reason):
                    diagnostics.append(.error("'\(relative)' \(reason)", path: relative))
                case .file where name.hasSuffix(".md"):
                    entries.append(ContentFileEntry(kind: kind, path: relative, slugSource: name, bundleFolder: nil, bundleFiles: []))
                case .file:
                    diagnostics.append(.warning("'\(name)' is ignored: content files end in .md, and other files belong in a "
                        + "bundle folder or content/media", path: relative))
                case .folder:
                    let index = "\(relative)/index.md"
                    switch site.entry(index) {
                    case .file:
                        let others = site.files(under: relative, diagnostics: &diagnostics)
                            .map(\.path).filter { $0 != "index.md" }.map { "\(relative)/\($0)" }
                        entries.append(ContentFileEntry(kind: kind, path: index, slugSource: name,
                                                        bundleFolder: relative, bundleFiles: others))
                    case .refused(let reason):
                        diagnostics.append(.error("'\(index)' \(reason)", path: index))
                    case .missing, .folder:
                        diagnostics.append(.warning("folder '\(name)' has no index.md and is ignored", path: relative))
                    }
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }
}
