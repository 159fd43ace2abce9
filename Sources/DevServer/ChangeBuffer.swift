import Synchronization

/// Collects changed paths between rebuilds and wakes the rebuild loop; a burst of saves becomes one batch.
final class ChangeBuffer: Sendable {
    private struct Pending {
        var paths = Set<String>()
        var generation = 0
    }

    private let pending = Mutex(Pending())
    private let wakeUps: AsyncStream<Void>
    private let wake: AsyncStream<Void>.Continuation

    init() {
        (wakeUps, wake) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    /// Adds paths from the watcher; callable from any thread.
    func add(_ paths: [String]) {
        pending.withLock { state in
            state.paths.formUnion(paths)
            state.generation += 1
        }
        wake.yield()
    }

    /// Waits for changes, then for `quiet` without new ones, and returns them sorted; nil once cancelled.
    func nextBatch(quiet: Duration) async -> [String]? {
        while !Task.isCancelled {
            if pending.withLock({ $0.paths.isEmpty }) {
                var wakeUp = wakeUps.makeAsyncIterator()
                guard await wakeUp.next() != nil else { return nil }
            }
            var seen = pending.withLock { $0.generation }
            while true {
                do { try await Task.sleep(for: quiet) } catch { return nil }
                let now = pending.withLock { $0.generation }
                if now == seen { break }
                seen = now
            }
            let batch = pending.withLock { state in
                defer { state.paths = [] }
                return state.paths.sorted()
            }
            if !batch.isEmpty { return batch }
        }
        return nil
    }
}
