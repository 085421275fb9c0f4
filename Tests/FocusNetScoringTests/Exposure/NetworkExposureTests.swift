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
