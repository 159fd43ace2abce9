import Foundation
import Synchronization
import Testing
@testable import Site

@Suite struct BackgroundValueTests {
    @Test func theWorkRunsOnceOnAnotherThreadAndEveryReadWaitsForIt() {
        let runs = Atomic<Int>(0)
        let started = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let value = BackgroundValue { () -> [Int] in
            runs.add(1, ordering: .relaxed)
            started.signal()
            // Held until the test lets it go: the work does not wait for a reader to start.
            release.wait()
            return [1, 2, 3]
        }
        #expect(started.wait(timeout: .now() + 10) == .success, "the work starts before anyone reads the value")
        release.signal()
        #expect(value.value == [1, 2, 3])
        #expect(value.value == [1, 2, 3])
        #expect(runs.load(ordering: .relaxed) == 1)
    }

    @Test func aValueAlreadyKnownIsReadAtOnce() {
        let value = BackgroundValue<String?>(ready: nil)
        #expect(value.value == nil)
        #expect(BackgroundValue(ready: 7).value == 7)
    }
}
