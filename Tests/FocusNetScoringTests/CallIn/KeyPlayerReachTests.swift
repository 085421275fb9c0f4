import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct KeyPlayerReachTests {
    //  1 — 0 — 2        4 — 3 — 5 — 6
    static let adjacency = Adjacency(try! WeightedGraph(nodeCount: 7, ties: [(0, 1, 1), (0, 2, 1), (3, 4, 1), (3, 5, 1), (5, 6, 1)]))
    static let network = CombinedNetwork(adjacency)

    @Test("greedy picks the largest reach first, then the best complement")
    func greedy() {
        let r = KeyPlayerReach.select(candidates: Array(0..<7), atRisk: [Bool](repeating: true, count: 7),
                                      network: Self.network, steps: 1, budget: 2, priority: [Double](repeating: 0, count: 7))
        // Closed one-step neighbourhoods: 0→{0,1,2}, 3→{3,4,5}, 5→{3,5,6}. Pick 0 (ties by index), then 3.
        #expect(r.invitees == [0, 3])
        #expect(r.expectedReach == [3, 6])
    }

    @Test("show-up probability: expected reach is p × covered, overlaps discounted")
    func showUp() {
        let r = KeyPlayerReach.select(candidates: [3, 5], atRisk: [Bool](repeating: true, count: 7),
                                      network: Self.network, steps: 1, showUp: 0.5, budget: 2, priority: [Double](repeating: 0, count: 7))
        // 3 reaches {3,4,5}: 1.5. Then 5 reaches {3,5,6}: 3 and 5 already at miss 0.5 → 0.25 + 0.25 + 0.5 = 1.
        #expect(r.invitees == [3, 5])
        #expect(abs(r.expectedReach[1] - 2.5) < 1e-12)
    }

    @Test("only at-risk people count; nothing left to reach stops early")
    func atRiskOnly() {
        var atRisk = [Bool](repeating: false, count: 7)
        atRisk[6] = true
        let r = KeyPlayerReach.select(candidates: Array(0..<7), atRisk: atRisk, network: Self.network, steps: 2,
                                      budget: 3, priority: [Double](repeating: 0, count: 7))
        #expect(r.invitees == [3])   // 3, 5 and 6 all reach 6 within two steps; 3 is the smallest index
        #expect(r.expectedReach == [1])
    }
}
