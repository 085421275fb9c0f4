import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct GroupCoverTests {
    @Test("two stars joined by a tie: the two centres are the minimum cover")
    func twoStars() {
        // centre 0 with leaves 1,2,3; centre 4 with leaves 5,6; tie 3–5.
        let adjacency = Adjacency(try! WeightedGraph(nodeCount: 7, ties: [(0, 1, 1), (0, 2, 1), (0, 3, 1), (4, 5, 1), (4, 6, 1), (3, 5, 1)]))
        let r = GroupCover.select(members: Array(0..<7), candidates: Array(0..<7), adjacency: adjacency,
                                  priority: [Double](repeating: 0, count: 7))
        #expect(r.invitees == [0, 4])
        #expect(r.reached == 7 && r.reachShare == 1)
    }

    @Test("an ineligible centre forces more invitees; an unreachable member lowers reach")
    func eligibility() {
        // Path 0 — 1 — 2 plus member 3 with no ties; 1 is not eligible (e.g. in custody).
        let adjacency = Adjacency(try! WeightedGraph(nodeCount: 4, ties: [(0, 1, 1), (1, 2, 1)]))
        let r = GroupCover.select(members: [0, 1, 2, 3], candidates: [0, 2], adjacency: adjacency,
                                  priority: [0, 0, 0, 0])
        #expect(r.invitees == [0, 2])
        #expect(r.reached == 3 && r.members == 4)
    }

    @Test("equal coverage: higher priority wins, then the smaller index; the budget caps the list")
    func tieBreak() {
        let adjacency = Adjacency(try! WeightedGraph(nodeCount: 4, ties: [(0, 1, 1), (2, 3, 1)]))
        let r = GroupCover.select(members: [0, 1, 2, 3], candidates: [0, 1, 2, 3], adjacency: adjacency,
                                  priority: [0.1, 0.9, 0.5, 0.5], budget: 1)
        #expect(r.invitees == [1])
        #expect(r.reached == 2)
    }
}

@Suite struct CallInSelectionTests {
    @Test("groups mode: at most perGroup invitees from one group, then the next group, then by score")
    func perGroupCap() {
        // Group 0: five members with no ties (each covers only themselves); group 1: a pair tied together.
        let adjacency = Adjacency(try! WeightedGraph(nodeCount: 8, ties: [(5, 6, 1)]))
        let scores: [Double] = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.95]
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        let chosen = CallInSelection.select(
            mode: .groups, budget: 4, perGroup: 2, order: order, candidates: [Bool](repeating: true, count: 8), scores: scores,
            network: CombinedNetwork(adjacency), groupAdjacency: adjacency, groupMembers: [[0, 1, 2, 3, 4], [5, 6]], groupOrder: [0, 1])
        // Two from group 0 (highest scores among equal cover), one covers group 1, then the best remaining by score (7).
        #expect(chosen == [0, 1, 5, 7])
    }
}
