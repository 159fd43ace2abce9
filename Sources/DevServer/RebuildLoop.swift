import Foundation
import ServiceLifecycle

/// Watches the sources, rebuilds after each quiet burst of changes and tells open tabs to reload.
///
/// Graceful shutdown cancels the in-flight rebuild and waits for it before closing the event streams.
struct RebuildLoop: Service {
    let configuration: DevServerConfiguration
    let watcher: any ChangeWatcher
    let rebuild: @Sendable ([String]) async -> RebuildOutcome
    /// Renders the pages an edit changes ahead of the rebuild, when it can (see ``DevServer/init(configuration:watcher:report:preview:rebuild:)``).
    let preview: (@Sendable ([String]) async -> [String: [UInt8]]?)?
    let previews: PreviewPages
    let status: BuildStatus
    let broadcaster: ReloadBroadcaster
    let report: @Sendable (DevServerMessage) -> Void
    /// Yields once the server listens, so a port already in use never costs a build.
    let serverReady: AsyncStream<Void>

    func run() async throws {
        defer { broadcaster.close() }
        var ready = serverReady.makeAsyncIterator()
        guard await ready.next() != nil else { return }
        await cancelWhenGracefulShutdown {
            await self.watchAndRebuild()
        }
    }

    private func watchAndRebuild() async {
        let changes = ChangeBuffer()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                do {
                    try await watcher.watch(configuration.watchedPaths) { changes.add($0) }
                } catch {
                    report(.rebuildFailed(diagnostics: ["error: cannot watch the sources: \(error)"]))
                }
            }
            if configuration.buildsOnStart {
                await rebuildOnce(changedPaths: [])
            }
            while let batch = await changes.nextBatch(quiet: configuration.debounce) {
                await rebuildOnce(changedPaths: batch)
            }
            group.cancelAll()
        }
    }

    /// One rebuild. When the edit can be previewed, the tabs showing the previewed pages reload at once and see
    /// them; after the rebuild, every tab reloads but those whose page is what the preview showed.
    private func rebuildOnce(changedPaths: [String]) async {
        let started = Date()
        if !changedPaths.isEmpty, let preview, let pages = await preview(changedPaths), !pages.isEmpty {
            previews.show(pages)
            let urls = pages.keys.sorted().map(PreviewPages.urlPath)
            broadcaster.send(event: "reload", data: (["preview"] + urls).joined(separator: " "))
            report(.previewed(pages: urls, seconds: Date().timeIntervalSince(started)))
        }
        let outcome = await rebuild(changedPaths)
        let (preview, unchanged) = previews.finish()
        // A rebuild cut short by shutdown tells nobody anything: its result is discarded.
        guard !Task.isCancelled else { return }
        status.record(outcome)
        // After a failure every tab reloads, to show the overlay.
        var spared: [String] = []
        if case .built = outcome, !unchanged.isEmpty { spared = [String(preview)] + unchanged.map(PreviewPages.urlPath) }
        broadcaster.send(event: "reload", data: ([outcome.eventData] + spared).joined(separator: " "))
        switch outcome {
        case .built(let summary): report(.rebuilt(summary: summary))
        case .failed(let diagnostics): report(.rebuildFailed(diagnostics: diagnostics))
        }
    }
}

extension RebuildOutcome {
    /// The event's first word: what happened, for scripts that care. After a preview, the preview's number and the
    /// URL paths of the pages it showed as they are now follow it.
    var eventData: String {
        switch self {
        case .built: return "built"
        case .failed: return "failed"
        }
    }
}
