import Foundation
import Synchronization
@testable import DevServer

/// Runs a watcher over temporary sources and records what it reports.
final class ChangeRecorder: Sendable {
    private let seen = Locked<[String]>([])
    private let task: Task<Void, any Error>

    init(_ watcher: any ChangeWatcher, paths: [URL]) {
        let seen = self.seen
        task = Task { try await watcher.watch(paths) { changed in seen.update { $0 += changed } } }
    }

    var paths: [String] { seen.value }

    /// Repeats `change` (bounded) until the watcher reports `path`; true when it did.
    /// Repeating covers the moment before the watcher has set up its watches.
    func waitFor(_ path: String, timeout: Duration = .seconds(10), change: () throws -> Void) async rethrows -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            try change()
            for _ in 0..<20 {
                if paths.contains(path) { return true }
                try? await Task.sleep(for: .milliseconds(10))
            }
        }
        return paths.contains(path)
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
    }
}
