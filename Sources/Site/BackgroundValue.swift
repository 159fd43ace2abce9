import Foundation
import Synchronization

/// A value worked out on another core from the moment it is made, and waited for only when first read: a build
/// starts work it needs later (the previous build's cache, the search index) beside work it needs now.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)

    /// Starts `work` on another core: on `queue`, by default the shared pool, where it waits while every core is
    /// taken by other work of the pool's. A queue of its own starts it on a thread of its own at once.
    init(on queue: DispatchQueue = .global(), _ work: @escaping @Sendable () -> Value) {
        done.enter()
        queue.async { [self] in
            let value = work()
            result.withLock { $0 = value }
            done.leave()
        }
    }

    /// A value already known.
    init(ready value: Value) {
        result.withLock { $0 = value }
    }

    /// The value, once the work is done.
    var value: Value {
        done.wait()
        return result.withLock { $0! }
    }
}
