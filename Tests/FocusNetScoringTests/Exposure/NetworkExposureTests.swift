import FocusNetTestSupport
import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct NetworkExposureTests {
    //  0 — 1 — 2 — 3      5 (isolate)
    //      |
    //      4
    static let line = Adjacency(try! WeightedGraph(nodeCount: 6, ties: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (1, 4, 1)]))

    @Test("hand-computed: 1 at one step, 0.5 at two, nothing at three, self excluded")
    func handComputed() {
        let e = NetworkExposure(adjacency: Self.line, events: [(2, 0), (3, 30)])
        #expect(e.exposure == [0.5, 1.5, 1, 1, 0.5, 0])
        #expect(e.within1 == [0, 1, 1, 1, 0, 0])
        #expect(e.within2 == [1, 2, 1, 1, 1, 0])
        #expect(e.nearest[0]! == (2, 2))
        #expect(e.nearest[1]! == (2, 1))
        #expect(e.nearest[5] == nil)
    }

    @Test("recency half-life: a victim 30 days ago with a 30-day half-life weighs 0.5")
    func recency() {
        let e = NetworkExposure(adjacency: Self.line, events: [(2, 0), (3, 30)], halfLifeDays: 30)
        #expect(abs(e.exposure[1] - (1 + 0.5 * 0.5)) < 1e-12)
        #expect(abs(e.exposure[2] - 0.5) < 1e-12)
    }

    @Test("a victim reachable by two paths counts once; a victim shot twice counts once at the newest")
    func distinctVictims() {
        // Square 0 — 1 — 3 — 2 — 0: person 0 reaches victim 3 by two paths of length 2.
        let square = Adjacency(try! WeightedGraph(nodeCount: 4, ties: [(0, 1, 1), (1, 3, 1), (0, 2, 1), (2, 3, 1)]))
        let e = NetworkExposure(adjacency: square, events: [(3, 100), (3, 10)], halfLifeDays: 10)
        #expect(abs(e.exposure[0] - 0.5 * 0.5) < 1e-12)
        #expect(e.within2[0] == 1)
    }

    @Test("custom decay reaches three steps")
    func customDecay() {
        let e = NetworkExposure(adjacency: Self.line, events: [(3, 0)], decay: [1, 0.5, 0.25])
        #expect(e.exposure[0] == 0.25)
    }
}

/// Exposure on the member lists of a ``CombinedNetwork`` (each group expanded once per victim)
/// against exposure on the same network expanded tie by tie.
@Suite struct NetworkExposureCombinedTests {
    @Test("exposure on the member lists equals exposure on the expanded ties, value for value")
    func againstExpandedTies() {
        let network = CombinedNetworkFixture.pieces().network()
        var rng = SplitMix64(seed: 5)
        let events = (0..<60).map { _ in (node: rng.below(network.nodeCount), ageInDays: rng.below(365)) }
        let lists = NetworkExposure(network: network, events: events, halfLifeDays: 180)
        let ties = NetworkExposure(adjacency: Adjacency(network.materialized()), events: events, halfLifeDays: 180)
        // Each person's exposure adds the same terms in the same (victim) order on both: exactly equal.
        #expect(lists.exposure == ties.exposure && lists.within1 == ties.within1 && lists.within2 == ties.within2)
        #expect(lists.nearest.map { $0?.victim } == ties.nearest.map { $0?.victim })
        #expect(lists.nearest.map { $0?.distance } == ties.nearest.map { $0?.distance })
        #expect(lists.within1.reduce(0, +) > 100)
    }
}
