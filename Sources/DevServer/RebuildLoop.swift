import Foundation
import ServiceLifecycle

/// Watches the sources, rebuilds after each quiet burst of changes and tells open tabs to reload.
///
/// Graceful shutdown cancels the in-flight rebuild and waits for it before closing the event streams.
struct RebuildLoop: Service {
    let configuration: DevServerConfiguration
    let watcher: any ChangeWatcher
    let rebuild: @Sendable ([String]) async -> RebuildOutcome
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

    private func rebuildOnce(changedPaths: [String]) async {
        let outcome = await rebuild(changedPaths)
        // A rebuild cut short by shutdown tells nobody anything: its result is discarded.
        guard !Task.isCancelled else { return }
        status.record(outcome)
        broadcaster.send(event: "reload", data: outcome.eventData)
        switch outcome {
        case .built(let summary): report(.rebuilt(summary: summary))
        case .failed(let diagnostics): report(.rebuildFailed(diagnostics: diagnostics))
        }
    }
}

extension RebuildOutcome {
    /// The event's data line: what happened, for scripts that care.
    var eventData: String {
        switch self {
        case .built: return "built"
        case .failed: return "failed"
        }
    }
}
