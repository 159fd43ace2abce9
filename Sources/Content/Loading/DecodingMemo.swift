import Diagnostics
import Synchronization

/// Decoded content files kept from one load of a site to the next in the same process (`pathways serve`): a file
/// whose entry and text are the same as last time, read by a decoder with the same settings, is not decoded again.
///
/// What is kept is the whole result, problems included, so a load with the memo reports what a load without it does.
public final class DecodingMemo: Sendable {
    struct Remembered: Sendable {
        var entry: ContentFileEntry
        var text: String
        var decoded: DecodedFile
    }

    private struct State: Sendable {
        var decoder: ItemDecoder?
        var files: [String: Remembered] = [:]
        var reused = 0
    }

    private let state = Mutex(State())

    /// An empty memo.
    public init() {}

    /// What the last load with `decoder` kept, by path; nothing when the decoder's settings changed since.
    func remembered(for decoder: ItemDecoder) -> [String: Remembered] {
        state.withLock { $0.decoder == decoder ? $0.files : [:] }
    }

    /// Keeps this load's results for the next load: files no longer read are forgotten.
    func keep(_ files: [String: Remembered], decoder: ItemDecoder, reused: Int) {
        state.withLock { $0 = State(decoder: decoder, files: files, reused: reused) }
    }

    /// The file at `path` (relative to the site root) decoded again from its text now, with the decoder of the last
    /// load that read it; `nil` when that load did not read it or the file now has any problem, warnings included
    /// (a whole load reports those). For a quick look at one saved edit before the whole site is loaded again.
    public func decodeAgain(_ path: String, in site: SiteFolder) -> DecodedItem? {
        let (decoder, earlier) = state.withLock { ($0.decoder, $0.files[path]) }
        guard let decoder, let earlier else { return nil }
        var problems: [Diagnostic] = []
        guard let text = site.text(path, limit: ContentLimits.maximumFileBytes, diagnostics: &problems), problems.isEmpty else { return nil }
        let decoded = decoder.decode(earlier.entry, text: text)
        return decoded.diagnostics.isEmpty ? decoded.item : nil
    }

    /// How many files the last load took from the memo instead of decoding them.
    public var reusedByLastLoad: Int {
        state.withLock { $0.reused }
    }
}
