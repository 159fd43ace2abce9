import Testing
@testable import Site

@Suite struct ConcurrentMapTests {
    @Test(arguments: [0, 1, 7, 8, 9, 1_000])
    func resultsComeInTheElementsOrder(count: Int) {
        let numbers = Array(0..<count)
        #expect(numbers.concurrentMap(chunk: 8) { $0 * 3 } == numbers.map { $0 * 3 })
    }
}
