import FocusNetTestSupport
import Testing
@testable import FocusNetGraph

/// ``CombinedNetwork``'s neighbour lists, tie weights, degree and tie counts, read from the group
/// lists, against the same network expanded pair by pair from its raw pieces.
@Suite struct CombinedNetworkTests {
    @Test("neighbours, tie weights, degree and tie counts equal the pair-by-pair expansion")
    func againstExpansion() {
        let pieces = CombinedNetworkFixture.pieces(), network = pieces.network()
        let expanded = pieces.expandedTies()
        var expected = [[(Int32, Double)]](repeating: [], count: pieces.nodeCount)
        for (key, w) in expanded.sorted(by: { $0.key < $1.key }) {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            expected[a].append((Int32(b), w)); expected[b].append((Int32(a), w))
        }
        #expect(network.overlapNodes.count > 100, "the fixture has pairs joined by several routes")
        #expect(network.tieCount == expanded.count)
        #expect(network.groupTieCount == pieces.network(withArrests: false).tieCount)
        var groupPairs = Set<UInt64>()
        for m in pieces.groups { for i in m.indices { for j in (i + 1)..<m.count { groupPairs.insert(WeightedGraph.key(Int(m[i]), Int(m[j]))) } } }
        #expect(network.groupTieCount == groupPairs.count)
        for v in 0..<pieces.nodeCount {
            let row = expected[v].sorted { $0.0 < $1.0 }
            #expect(network.degree[v] == row.count)
            guard v % 5 == 0 else { continue }
            #expect(network.neighbors(of: v) == row.map(\.0))
            // Sums of the same few terms in another order: equal within rounding.
            for (w, weight) in row { #expect(abs(network.tieWeight(v, Int(w)) - weight) <= 1e-12 * weight) }
        }
        #expect(network.tieWeight(7, 7) == 0)
    }
}
