import Dispatch
import Synchronization

extension Array where Element: Sendable {
    /// `transform` applied to every element, in chunks of `chunk` elements spread over every core; the results in the
    /// elements' order.
    func concurrentMap<Result: Sendable>(chunk: Int, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let chunks = (count + chunk - 1) / chunk
        guard chunks > 1 else { return map(transform) }
        let results = Mutex([[Result]](repeating: [], count: chunks))
        DispatchQueue.concurrentPerform(iterations: chunks) { block in
            let mapped = self[(block * chunk)..<Swift.min(count, (block + 1) * chunk)].map(transform)
            results.withLock { $0[block] = mapped }
        }
        return results.withLock { $0 }.flatMap { $0 }
    }
}
