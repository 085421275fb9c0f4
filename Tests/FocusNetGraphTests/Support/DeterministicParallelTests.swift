import Synchronization
import Testing
@testable import FocusNetGraph

@Suite struct DeterministicParallelTests {
    @Test("map: results in index order; with width w never more than w calls at once")
    func mapWidth() {
        let running = Atomic<Int>(0), widest = Atomic<Int>(0)
        let squares = DeterministicParallel.map(count: 23, width: 2) { i in
            let now = running.add(1, ordering: .sequentiallyConsistent).newValue
            _ = widest.max(now, ordering: .sequentiallyConsistent)
            var x = 0
            for k in 0..<20_000 { x &+= k & i }   // some work, so calls overlap when they can
            running.subtract(1, ordering: .sequentiallyConsistent)
            return i * i + (x & 0)
        }
        #expect(squares == (0..<23).map { $0 * $0 })
        #expect(widest.load(ordering: .sequentiallyConsistent) <= 2)
        #expect(DeterministicParallel.map(count: 0) { $0 }.isEmpty)
    }

    @Test("sum: chunk results added in chunk order")
    func sum() {
        #expect(DeterministicParallel.sum(chunks: 4, count: 2) { [Double($0), 1] } == [6, 4])
    }
}
