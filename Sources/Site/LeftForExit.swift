import Synchronization

/// Values kept alive until the process exits, which frees their memory at once: a build that ends the process leaves
/// its records here instead of freeing them one by one (``BuildSettings/processEndsAfterBuild``).
enum LeftForExit {
    private static let values = Mutex<[any Sendable]>([])

    static func keep(_ value: any Sendable) {
        values.withLock { $0.append(value) }
    }
}
