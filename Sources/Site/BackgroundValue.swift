import Foundation
import Synchronization

/// A value worked out on another core from the moment it is made, and waited for only when first read: a build
/// starts work it needs later (the previous build's cache, the search index) beside work it needs now.
final class BackgroundValue<Value: Sendable>: Sendable {
    private let done = DispatchGroup()
    private let result = Mutex<Value?>(nil)

    /// Starts `work` on another core.
    init(_ work: @escaping @Sendable () -> Value) {
        done.enter()
        DispatchQueue.global().async { [self] in
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
