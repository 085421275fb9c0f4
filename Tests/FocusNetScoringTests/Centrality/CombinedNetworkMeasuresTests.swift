import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// The default path's measures and exposure on a network whose groups are kept as member lists
/// (``CombinedNetwork``) against the same network expanded tie by tie (``CombinedNetwork/materialized()``,
/// the route every measure took before): an independent product, traversal and tie count.
@Suite struct CombinedNetworkMeasuresTests {
    /// 6,000 people (above ``CentralityKernels/minimumNodes``, so the kernels run): arrests of
    /// 1–3 people, 40 groups of 3–80 members drawn so that many people are in two groups and many
    /// group mates also share an arrest (pairs joined by several routes), plus isolates.
    static func network(seed: UInt64 = 11, withArrests: Bool = true) -> CombinedNetwork {
        var rng = SplitMix64(seed: seed)
        let n = 6_000
        var ties: [UInt64: Double] = [:]
        func tie(_ a: Int, _ b: Int) { if a != b { ties[WeightedGraph.key(min(a, b), max(a, b)), default: 0] += 1 } }
        for _ in 0..<4_000 {
            let people = (0..<(1 + rng.below(3))).map { _ in rng.below(n - 200) }
            for i in people.indices { for j in people.indices where i < j { tie(people[i], people[j]) } }
        }
        var groups: [[Int32]] = []
        for g in 0..<40 {
            let size = 3 + rng.below(78)
            let base = (g * 137) % (n - 400)   // neighbouring groups overlap
            let members = Set((0..<size).map { _ in Int32(base + rng.below(300)) })
            groups.append(members.sorted())
            let list = members.sorted()
            for _ in 0..<size / 3 { tie(Int(list[rng.below(list.count)]), Int(list[rng.below(list.count)])) }
        }
        let co = try! WeightedGraph(nodeCount: n, ties: ties.keys.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF), ties[$0]!) })
        let none = try! WeightedGraph(nodeCount: n, ties: [])
        return CombinedNetwork(coOffending: Adjacency(withArrests ? co : none), groups: groups, groupLayerWeight: 1)
    }

    @Test("measures on the member lists equal those on the expanded ties (degree, coreness exact; solvers within their accuracy)")
    func measures() throws {
        let network = Self.network(), expanded = network.materialized()
        #expect(network.nodeCount >= CentralityKernels.minimumNodes)
        #expect(network.overlapNodes.count > 100 && network.tieCount == expanded.tieCount)
        // Group ties: the pairs of the groups alone, expanded.
        #expect(network.groupTieCount == Self.network(withArrests: false).materialized().tieCount)
        #expect(network.groupTieCount < network.tieCount)
        let lists = try NetworkMeasures(network, betweenness: nil)
        let ties = try NetworkMeasures(expanded, betweenness: nil)
        #expect(lists.degree == ties.degree && lists.coreness == ties.coreness)
        // Both eigenvector solves stop at a relative residual of 1e-11; a vector's error is about
        // the residual over the gap between the two largest eigenvalues, which this fixture's
        // overlapping groups make small: the two differ by up to 1.4e-8 here (1e-17 on the simulated city).
        for v in 0..<network.nodeCount {
            #expect(abs(lists.strength[v] - ties.strength[v]) <= 1e-12 * max(1, ties.strength[v]))
            #expect(abs(lists.eigenvector[v] - ties.eigenvector[v]) <= 1e-7)
            #expect(abs(lists.pageRank[v] - ties.pageRank[v]) <= 1e-12)
        }
    }

    @Test("exposure on the member lists equals exposure on the expanded ties, value for value")
    func exposure() {
        let network = Self.network()
        var rng = SplitMix64(seed: 5)
        let events = (0..<60).map { _ in (node: rng.below(network.nodeCount), ageInDays: rng.below(365)) }
        let lists = NetworkExposure(network: network, events: events, halfLifeDays: 180)
        let ties = NetworkExposure(adjacency: Adjacency(network.materialized()), events: events, halfLifeDays: 180)
        #expect(lists.exposure == ties.exposure && lists.within1 == ties.within1 && lists.within2 == ties.within2)
        #expect(lists.nearest.map { $0?.victim } == ties.nearest.map { $0?.victim })
        #expect(lists.nearest.map { $0?.distance } == ties.nearest.map { $0?.distance })
        #expect(lists.within1.reduce(0, +) > 100)
    }

    @Test("neighbours and tie weights read from the lists match the expanded ties")
    func neighbours() {
        let network = Self.network(), expanded = Adjacency(network.materialized())
        for v in stride(from: 0, to: network.nodeCount, by: 7) {
            #expect(network.neighbors(of: v) == Array(expanded.neighbors(of: v)))
            for e in expanded.offsets[v]..<expanded.offsets[v + 1] {
                #expect(network.tieWeight(v, Int(expanded.neighbors[e])) == expanded.weights[e])
            }
        }
    }
}
