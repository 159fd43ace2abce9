import Content
import Foundation
import SearchIndex
import Synchronization

/// What a long-running process (`pathways serve`) keeps in memory from one build of a site to the next, so that a
/// rebuild after a saved edit reads, decodes and renders little more than the edit touched:
/// - the previous build's cache (what each output was made from), instead of reading and writing
///   `.pathways-cache/build/` around every build;
/// - every file the build read, by its stamp: a file whose stamp has not changed is not read again;
/// - decoded front matter (``DecodingMemo``), rendered Markdown (``MarkdownMemo``) and the search index's analysis of
///   each document (``DocumentAnalysisMemo``).
///
/// Everything kept is checked as a cache read from disk is: by stamps taken before reading, never trusted within a
/// clock tick of the build that took them, and by the settings' digest. ``close()`` writes the cache and the Markdown
/// memo to `.pathways-cache/`, so the next process starts from them.
public final class BuildSession: Sendable {
    /// A file as the last build read it.
    struct RememberedFile: Sendable {
        let stamp: FileStamp
        let bytes: [UInt8]
        let fingerprint: Fingerprint
    }

    private struct State: Sendable {
        var cache: (store: BuildCacheStore, cache: BuildCache)?
        var files: [String: RememberedFile] = [:]
        var markdown: MarkdownMemo?
        var preview: PagePreview?
    }

    private let state = Mutex(State())
    /// Front matter decoded by earlier builds.
    let decoding = DecodingMemo()
    /// Search documents analysed by earlier builds.
    let search = DocumentAnalysisMemo()

    /// An empty session: its first build reads the cache and memo from disk, as `build` does.
    public init() {}

    /// Whether no build of this session has read the site yet.
    var isEmpty: Bool {
        state.withLock { $0.files.isEmpty }
    }

    /// The previous build's cache kept for `store`, if the last build into it succeeded in this session.
    func cache(for store: BuildCacheStore) -> BuildCache? {
        state.withLock { $0.cache?.store.file == store.file ? $0.cache?.cache : nil }
    }

    /// Keeps the cache of a build that has just replaced the output, in place of writing it to disk.
    func keep(_ cache: BuildCache, for store: BuildCacheStore) {
        state.withLock { $0.cache = (store, cache) }
    }

    /// Forgets the kept cache: the output it describes is being replaced.
    func forgetCache() {
        state.withLock { $0.cache = nil }
    }

    /// Files read by earlier builds, by absolute path.
    var files: [String: RememberedFile] {
        state.withLock { $0.files }
    }

    /// Keeps what a build read, for the next build: only files whose stamps prove something (see ``IncrementalBuild/isRacy(_:)``).
    func keep(files: [String: RememberedFile]) {
        state.withLock { $0.files = files }
    }

    /// The last build's Markdown memo carried on to the next build, or `nil` when no build kept one yet.
    func continuedMarkdownMemo() -> MarkdownMemo? {
        state.withLock { $0.markdown }.map(MarkdownMemo.init(continuing:))
    }

    /// Keeps a build's Markdown memo once it has been used, for the next build.
    func keep(markdown: MarkdownMemo) {
        state.withLock { $0.markdown = markdown }
    }

    /// Keeps what the last successful build rendered with, for ``previewPages(changedFiles:)``; `nil` forgets it
    /// when a build begins, so a failed build leaves nothing to preview with.
    func keep(preview: PagePreview?) {
        state.withLock { $0.preview = preview }
    }

    /// The pages a saved edit to items' bodies changes, rendered with the last build's theme and plan before the
    /// site is built again, by output path (`openings/cook/index.html`); `nil` when the edit is anything else (see
    /// ``PagePreview``). `changedFiles` are absolute paths, as a watcher reports them. The rebuild that follows
    /// writes the same bytes for these pages.
    public func previewPages(changedFiles: [String]) -> [String: [UInt8]]? {
        state.withLock { $0.preview }?.render(changedFiles: changedFiles, decoding: decoding)
    }

    /// Writes what the session kept to `.pathways-cache/`: the last build's cache, then the Markdown memo.
    public func close() {
        let (cache, markdown) = state.withLock { ($0.cache, $0.markdown) }
        if let cache { try? cache.store.save(cache.cache) }
        markdown?.save()
    }
}
