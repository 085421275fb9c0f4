import FocusNetTestSupport
import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct ExposureProfileTests {
    //  0 ── 1 ── 2      4 ── 5      6 (isolate)
    //  ── a shared arrest; group A = {1, 2, 3, 4}: w = 1/(4 − 1) = 1/3 at layer weight 1.
    // Victims 0, 2 (twice) and 5. Combined neighbours: 0 {1}; 1 {0, 2, 3, 4}; 2 {1, 3, 4};
    // 3 {1, 2, 4}; 4 {1, 2, 3, 5}; 5 {4}; 6 {}.
    static func network(coArrests: [(Int, Int, Double)] = [(0, 1, 1), (1, 2, 1), (4, 5, 1)],
                        groups: [[Int32]] = [[1, 2, 3, 4]]) -> CombinedNetwork {
        CombinedNetwork(coOffending: Adjacency(try! WeightedGraph(nodeCount: 7, ties: coArrests)), groups: groups,
                        groupLayerWeight: 1)
    }
    static let victims = [(node: 0, ageInDays: 30), (node: 2, ageInDays: 40), (node: 2, ageInDays: 10), (node: 5, ageInDays: 0)]

    @Test("hand-computed: every value of every array")
    func handComputed() {
        let p = ExposureProfile(network: Self.network(), events: Self.victims,
                                ownVictimizations: [(2, 40), (2, 10), (5, 0)])
        // 1 shares arrests with victims 0 and 2 (2 is also a group mate: a co-arrest); 4 with 5.
        #expect(p.victimsCoArrest1Step == [0, 2, 0, 0, 1, 0, 0])
        // 3 and 4 are group mates of victim 2 with no arrest together; 2 is not its own neighbour.
        #expect(p.victimsGroup1Step == [0, 0, 0, 1, 1, 0, 0])
        // 0: victim 2 via 1. 1: 5 via 4. 2: 0 via 1 and 5 via 4. 3: 0 and 5. 4: 0 via 1. 5: 2 via 4.
        #expect(p.victims2Step == [1, 1, 2, 2, 1, 1, 0])
        // Victim 2 is the only victim in group A: 1/3 to each other member, nothing to itself.
        let third = 1.0 / 3
        for (node, expected) in [0, third, 0, third, third, 0, 0].enumerated() {
            #expect(abs(p.groupExposure[node] - expected) < 1e-15, "node \(node)")
        }
        #expect(p.groupViolence == [0, 1, 0, 1, 1, 0, 0])
        #expect(p.daysSinceVictimization == [nil, nil, 10, nil, nil, 0, nil])
    }

    @Test("the split adds up to NetworkExposure's counts at one and at two steps")
    func splitAddsUp() {
        let network = Self.network()
        let p = ExposureProfile(network: network, events: Self.victims, ownVictimizations: [])
        let e = NetworkExposure(network: network, events: Self.victims)
        #expect(e.within1 == [0, 2, 0, 1, 2, 0, 0])
        #expect(zip(p.victimsCoArrest1Step, p.victimsGroup1Step).map { Int($0 + $1) } == e.within1)
        #expect(zip(e.within2, e.within1).map { $0 - $1 } == p.victims2Step.map(Int.init))
    }

    @Test("no victims: every count 0, no recency; the same with no groups at all")
    func noVictims() {
        for network in [Self.network(), Self.network(groups: [])] {
            let p = ExposureProfile(network: network, events: [], ownVictimizations: [])
            let zeros = [Int32](repeating: 0, count: 7)
            #expect(p.victimsCoArrest1Step == zeros && p.victimsGroup1Step == zeros && p.victims2Step == zeros)
            #expect(p.groupViolence == zeros && p.groupExposure == [Double](repeating: 0, count: 7))
            #expect(p.daysSinceVictimization.allSatisfy { $0 == nil })
        }
    }

    @Test("a victim is not their own neighbour: two co-arrested victims in one group count each other once")
    func victimIsNotTheirOwnNeighbour() {
        // 0 ── 1 (both victims), group {0, 1, 2}: w = 1/2.
        let network = CombinedNetwork(coOffending: Adjacency(try! WeightedGraph(nodeCount: 3, ties: [(0, 1, 1)])),
                                      groups: [[0, 1, 2]], groupLayerWeight: 1)
        let p = ExposureProfile(network: network, events: [(0, 5), (1, 5)], ownVictimizations: [(0, 5), (1, 400)])
        #expect(p.victimsCoArrest1Step == [1, 1, 0])
        #expect(p.victimsGroup1Step == [0, 0, 2])
        #expect(p.victims2Step == [0, 0, 0])
        #expect(p.groupViolence == [1, 1, 2])
        #expect(p.groupExposure == [0.5, 0.5, 1])
        #expect(p.daysSinceVictimization == [5, 400, nil])
    }

    @Test("one step by a shared group only vs by a shared arrest: removing the arrest moves the victim")
    func groupOnlyVersusCoArrest() {
        let withArrest = ExposureProfile(network: Self.network(), events: Self.victims, ownVictimizations: [])
        let groupOnly = ExposureProfile(network: Self.network(coArrests: [(0, 1, 1), (4, 5, 1)]), events: Self.victims,
                                        ownVictimizations: [])
        // Node 1 and victim 2: co-arrested and group mates → a co-arrest; group mates only → a group tie.
        #expect((withArrest.victimsCoArrest1Step[1], withArrest.victimsGroup1Step[1]) == (2, 0))
        #expect((groupOnly.victimsCoArrest1Step[1], groupOnly.victimsGroup1Step[1]) == (1, 1))
        // The group's violence and weighted exposure count group mates whatever else ties them.
        #expect(withArrest.groupViolence == groupOnly.groupViolence)
        #expect(withArrest.groupExposure == groupOnly.groupExposure)
    }

    @Test("a victim in two of a person's groups: counted once as violence, weighted once per group")
    func twoSharedGroups() {
        // Groups A = {0, 1, 2} and B = {0, 1, 3}, both w = 1/2; no arrests; victim 1.
        let network = CombinedNetwork(coOffending: Adjacency(try! WeightedGraph(nodeCount: 4, ties: [])),
                                      groups: [[0, 1, 2], [0, 1, 3]], groupLayerWeight: 1)
        let p = ExposureProfile(network: network, events: [(1, 0)], ownVictimizations: [])
        #expect(p.groupExposure == [1, 0, 0.5, 0.5])
        #expect(p.groupViolence == [1, 0, 1, 1])
        #expect(p.victimsGroup1Step == [1, 0, 1, 1])
        #expect(p.victims2Step == [0, 0, 0, 0])
    }

    @Test("a large group weighs 1/(n_g − 1) per victim: one victim among 101 members adds 1/100 to each")
    func largeGroup() {
        let network = CombinedNetwork(coOffending: Adjacency(try! WeightedGraph(nodeCount: 101, ties: [])),
                                      groups: [(0..<101).map(Int32.init)], groupLayerWeight: 1)
        let p = ExposureProfile(network: network, events: [(0, 0)], ownVictimizations: [])
        #expect(p.groupExposure[0] == 0)
        #expect(p.groupExposure.dropFirst().allSatisfy { abs($0 - 0.01) < 1e-15 })
        #expect(p.victimsGroup1Step.dropFirst().allSatisfy { $0 == 1 })
    }
}

/// The profile on the member lists of a seeded ``CombinedNetwork`` against counts from the raw
/// pieces (ties and groups expanded pair by pair) and ``NetworkExposure`` on the materialized ties.
@Suite struct ExposureProfileCombinedTests {
    @Test("every array equals an independent count from the expanded pieces")
    func againstExpandedPieces() {
        let pieces = CombinedNetworkFixture.pieces()
        let network = pieces.network()
        var rng = SplitMix64(seed: 9)
        let events = (0..<80).map { _ in (node: rng.below(network.nodeCount), ageInDays: rng.below(365)) }
        let p = ExposureProfile(network: network, events: events, ownVictimizations: [])
        let n = network.nodeCount
        var isVictim = [Bool](repeating: false, count: n)
        for event in events { isVictim[event.node] = true }
        var coArrest = [Int32](repeating: 0, count: n)
        for key in pieces.coOffending.keys {
            let a = Int(key >> 32), b = Int(key & 0xFFFF_FFFF)
            if isVictim[b] { coArrest[a] += 1 }
            if isVictim[a] { coArrest[b] += 1 }
        }
        var weighted = [Double](repeating: 0, count: n)
        var groupMates = [Set<Int32>](repeating: [], count: n)
        for members in pieces.groups where members.count > 1 {
            for a in members { for b in members where a != b && isVictim[Int(b)] {
                weighted[Int(a)] += 1 / Double(members.count - 1)
                groupMates[Int(a)].insert(b)
            } }
        }
        let ties = NetworkExposure(adjacency: Adjacency(network.materialized()), events: events)
        // The first node where two columns differ (nil: none), so a failure names one node, not 6,000 values.
        func firstDifference(_ a: [Int], _ b: [Int]) -> Int? { a.count != b.count ? -1 : a.indices.first { a[$0] != b[$0] } }
        #expect(firstDifference(p.victimsCoArrest1Step.map(Int.init), coArrest.map(Int.init)) == nil)
        #expect(firstDifference(zip(p.victimsCoArrest1Step, p.victimsGroup1Step).map { Int($0 + $1) }, ties.within1) == nil)
        #expect(firstDifference(p.victims2Step.map(Int.init), zip(ties.within2, ties.within1).map { $0 - $1 }) == nil)
        #expect(firstDifference(p.groupViolence.map(Int.init), groupMates.map(\.count)) == nil)
        #expect(p.groupExposure.indices.first { abs(p.groupExposure[$0] - weighted[$0]) >= 1e-12 } == nil)
        #expect(p.victimsGroup1Step.reduce(0, +) > 100 && p.victims2Step.reduce(0, +) > 100, "the fixture reaches victims")
    }
}
