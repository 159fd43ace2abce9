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
    /// The site seen through the file system, with the rule for what may be read.
    public let site: SiteFolder

    /// Creates a loader for the site at `root`, read through `fileSystem`.
    public init(root: URL, fileSystem: any FileSystem = DiskFileSystem()) {
        self.root = root
        self.site = SiteFolder(root: root.path, fileSystem: fileSystem)
    }

    /// Reads everything under `content/`; drafts are left out unless `includeDrafts`, but are always checked.
    /// - Complexity: O(files), spread over all cores.
    /// A `memo` gives back files decoded by an earlier load in the same process when their text is the same.
    public func load(includeDrafts: Bool = false, memo: DecodingMemo? = nil) -> LoadedContent {
        var diagnostics = rootProblems()
        guard diagnostics.isEmpty else { return LoadedContent(config: nil, diagnostics: diagnostics) }
        let configPath = "content/site.yml"
        var config: SiteConfig?
        if let text = site.text(configPath, limit: ContentLimits.maximumFileBytes, diagnostics: &diagnostics) {
            config = SiteConfigDecoder.decode(text, path: configPath, diagnostics: &diagnostics)
        } else if site.entry(configPath) == .missing {
            diagnostics.append(.error("missing site settings: create content/site.yml with at least 'title' and 'base_url'",
                                      path: configPath))
        }

        let mediaFiles = site.files(under: "content/media", diagnostics: &diagnostics).map(\.path)
        let entries = ContentScanner.entries(in: site, diagnostics: &diagnostics)
        let decoder = ItemDecoder(config: config, mediaFiles: Set(mediaFiles))
        let decoded = decodeAll(entries, with: decoder, memo: memo)
        if config?.tags == nil { diagnostics += TagSpelling.warnings(decoded) }

        var content = LoadedContent(config: config, mediaFiles: mediaFiles)
        var firstByFolder: [String: (path: String, language: String)] = [:]
        for file in decoded {
            diagnostics.append(contentsOf: file.diagnostics)
            guard let item = file.item else { continue }
            let metadata = item.metadata
            if metadata.draft, !includeDrafts { continue }
            // Items of one kind share a folder whatever their language, so a slug may be used once per kind.
            let key = "\(metadata.kind.rawValue)/\(metadata.slug.rawValue)"
            if let first = firstByFolder[key] {
                let languages = first.language == metadata.lang.code ? "" : " (in another language: give each translation its own slug and the same translation_key)"
                diagnostics.append(Diagnostic(severity: .error, path: file.entry.path, at: file.slugLocation,
                    message: "duplicate slug '\(metadata.slug)': \(first.path) already uses it\(languages)"))
                continue
            }
            firstByFolder[key] = (file.entry.path, metadata.lang.code)
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

    /// What makes the root no site's folder: it is missing or not a folder, or has no readable `content/` folder.
    /// Empty for a site's folder. (`serve` asks before it starts: there would be nothing to watch.)
    public func rootProblems() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        guard site.realRoot != nil else {
            let what = site.fileSystem.kind(at: site.root) == nil ? "does not exist" : "is not a folder"
            return [.error("the site folder '\(site.root)' \(what); pass the folder that holds content/ and templates/ with --root",
                           path: site.root)]
        }
        guard case .folder = site.entry("content") else {
            _ = site.names(inFolder: "content", diagnostics: &diagnostics)
            if !diagnostics.contains(where: \.isError) {
                diagnostics.append(.error("'\(site.root)' has no content/ folder; is this the site's folder? (create content/site.yml, or pass --root)",
                                          path: "content"))
            }
            return diagnostics
        }
        return []
    }

    /// Decodes every entry, in parallel chunks, returning results in entry order; unchanged files come from `memo`.
    /// A memo kept outside the process gets each chunk's records as soon as the chunks before it are done, so the
    /// records made by a site's first build are never in memory together. Each result is put in its place in the
    /// returned array by the worker that made it: gathering chunks into one array afterwards copied every decoded
    /// file (a retain and a release of each of its texts) on one core.
    private func decodeAll(_ entries: [ContentFileEntry], with decoder: ItemDecoder, memo: DecodingMemo?) -> [DecodedFile] {
        guard !entries.isEmpty else {
            memo?.keep([:], decoder: decoder, reused: 0)
            return []
        }
        let chunkSize = 64
        let chunks = (entries.count + chunkSize - 1) / chunkSize
        let keepsTexts = memo?.keepsFiles ?? false
        let results = Mutex((kept: [String: DecodingMemo.Remembered](), next: 0,
                             records: [Int: [(path: String, record: DecodingMemo.FileRecord)]]()))
        let site = self.site
        let lookup = memo?.lookup(for: decoder)
        let reusedCount = Atomic<Int>(0)
        let decoded = [DecodedFile](unsafeUninitializedCapacity: entries.count) { buffer, initialized in
            let places = Places(buffer)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = chunk * chunkSize..<min(entries.count, (chunk + 1) * chunkSize)
                var records: [(path: String, record: DecodingMemo.FileRecord)] = []
                records.reserveCapacity(range.count)
                var kept: [DecodingMemo.Remembered] = []
                var reused = 0
                for index in range {
                    let entry = entries[index]
                    var problems: [Diagnostic] = []
                    guard let text = site.text(entry.path, limit: ContentLimits.maximumFileBytes, diagnostics: &problems) else {
                        // A file that could not be read is read again next time: only decoded texts are kept.
                        places.put(DecodedFile(entry: entry, item: nil, slugLocation: .start, diagnostics: problems), at: index)
                        records.append((entry.path, .none))
                        continue
                    }
                    let earlier = lookup?.earlier(entry, text: text)
                    let file: DecodedFile
                    if let found = earlier?.decoded {
                        file = found
                        records.append((entry.path, earlier!.record))
                        reused += 1
                    } else {
                        file = decoder.decode(entry, text: text)
                        records.append((entry.path, lookup?.record(of: file, text: text, key: earlier?.key) ?? .none))
                    }
                    // Only a memo kept in memory compares texts again: otherwise each text goes now, not with the whole site's.
                    if keepsTexts, file.item != nil || !text.isEmpty { kept.append(.init(entry: entry, text: text, decoded: file)) }
                    places.put(file, at: index)
                }
                results.withLock { state in
                    for remembered in kept where state.kept[remembered.entry.path] == nil { state.kept[remembered.entry.path] = remembered }
                    state.records[chunk] = records
                    while let ready = state.records.removeValue(forKey: state.next) {
                        memo?.store(ready)
                        state.next += 1
                    }
                }
                reusedCount.add(reused, ordering: .relaxed)
            }
            initialized = entries.count
        }
        memo?.keep(results.withLock { $0.kept }, decoder: decoder, reused: reusedCount.load(ordering: .relaxed))
        return decoded
    }

    /// The slots of an array being made, each filled by exactly one worker.
    private struct Places: @unchecked Sendable {
        let base: UnsafeMutablePointer<DecodedFile>

        init(_ buffer: UnsafeMutableBufferPointer<DecodedFile>) { base = buffer.baseAddress! }

        func put(_ file: DecodedFile, at index: Int) { (base + index).initialize(to: file) }
    }
}
