import Foundation
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

    @Test("forEachIndex: every index once, in blocks of at least minimumBlock (one block below it)")
    func forEachIndex() {
        for (count, minimum) in [(0, 4096), (10, 4096), (100_003, 4096), (50, 1)] {
            var hits = [Int](repeating: 0, count: count)
            hits.withUnsafeMutableBufferPointer { hits in
                DeterministicParallel.forEachIndex(count, minimumBlock: minimum) { hits[$0] += 1 }
            }
            #expect(hits.allSatisfy { $0 == 1 }, "count \(count)")
        }
    }

    @Test("sum: chunk results added in chunk order")
    func sum() {
        #expect(DeterministicParallel.sum(chunks: 4, count: 2) { [Double($0), 1] } == [6, 4])
    }

    @Test("alongside: both results; main on the calling thread; main's error thrown after side finished")
    func alongside() throws {
        let caller = Thread.current
        let (side, main) = DeterministicParallel.alongside({ (0..<1_000).reduce(0, +) }, { Thread.current === caller })
        #expect(side == 499_500 && main)
        struct Failure: Error {}
        let finished = Atomic<Bool>(false)
        #expect(throws: Failure.self) {
            _ = try DeterministicParallel.alongside({ finished.store(true, ordering: .sequentiallyConsistent) }, { throw Failure() })
        }
        let sideRan = finished.load(ordering: .sequentiallyConsistent)
        #expect(sideRan)
    }
}
