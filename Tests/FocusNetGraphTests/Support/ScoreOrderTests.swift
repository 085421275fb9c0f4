import Testing
@testable import FocusNetGraph

@Suite struct ScoreOrderTests {
    /// The comparator sort the radix sort replaces: by value, ties by index ascending.
    static func reference(_ v: [Double], descending: Bool) -> [Int] {
        v.indices.sorted { descending ? (v[$0] > v[$1] || (v[$0] == v[$1] && $0 < $1)) : (v[$0] < v[$1] || (v[$0] == v[$1] && $0 < $1)) }
    }

    @Test func aHandCheckedListWithTiesAndSignedZeros() {
        let v = [0.5, -1, 0.0, 2, -0.0, 0.5, -.infinity, .infinity]
        #expect(ScoreOrder.descending(v) == [7, 3, 0, 5, 2, 4, 1, 6])
        #expect(ScoreOrder.ascending(v) == [6, 1, 2, 4, 0, 5, 3, 7])
    }

    @Test(arguments: [100, 4_095, 4_096, 4_097, 50_000])
    func theRadixSortOrdersAsTheComparatorSortDoes(count: Int) {
        var generator = SplitMix64(seed: UInt64(count))
        // Few distinct values (long tie groups), negatives, zeros of both signs, infinities, and
        // values that differ only in their lowest bits.
        let v: [Double] = (0..<count).map { i in
            switch generator.next() % 6 {
            case 0: return Double(generator.next() % 7) - 3
            case 1: return i % 2 == 0 ? 0.0 : -0.0
            case 2: return 1 + Double(generator.next() % 5) * Double.ulpOfOne
            case 3: return generator.next() % 2 == 0 ? .infinity : -.infinity
            default: return Double(Int64(bitPattern: generator.next())) / 1e15
            }
        }
        #expect(ScoreOrder.descending(v) == ScoreOrderTests.reference(v, descending: true))
        #expect(ScoreOrder.ascending(v) == ScoreOrderTests.reference(v, descending: false))
    }

    @Test(arguments: [50, 5_000])
    func aNaNGoesLastEitherWay(count: Int) {
        let v = (0..<count).map { $0 == 17 ? Double.nan : Double($0 % 10) }
        #expect(ScoreOrder.descending(v).last == 17)
        #expect(ScoreOrder.ascending(v).last == 17)
    }
}
