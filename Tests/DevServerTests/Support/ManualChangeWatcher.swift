import Foundation
import Synchronization
@testable import DevServer

/// A watcher the test drives: `emit` reports changes as if files had been saved.
final class ManualChangeWatcher: ChangeWatcher {
    private let callback = Mutex<(@Sendable ([String]) -> Void)?>(nil)

    func watch(_ paths: [URL], onChange: @escaping @Sendable ([String]) -> Void) async throws {
        callback.withLock { $0 = onChange }
        await waitUntilCancelled()
        callback.withLock { $0 = nil }
    }

    /// Reports `paths` as changed once the server watches (waiting at most `timeout`); false if it never did.
    @discardableResult
    func emit(_ paths: [String], timeout: Duration = .seconds(10)) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if let onChange = callback.withLock({ $0 }) {
                onChange(paths)
                return true
            }
            try? await Task.sleep(for: .milliseconds(5))
        }
        return false
    }
}
