import FocusNetGraph

/// A seeded network with groups for tests of ``CombinedNetwork`` and what runs on it: 6,000 people
/// (above the centrality kernels' 5,000-node threshold), arrests of 1–3 people, 40 groups of
/// 3–80 members drawn so that many people are in two groups and many group mates also share an
/// arrest (pairs joined by several routes), plus isolates.
package enum CombinedNetworkFixture {
    /// The raw pieces: co-offending tie weights by ``WeightedGraph/key(_:_:)`` and each group's
    /// members (increasing), over `nodeCount` nodes.
    package struct Pieces {
        package let nodeCount: Int
        package let coOffending: [UInt64: Double]
        package let groups: [[Int32]]

        /// The combined network, groups as member lists, layer weights 1 (`withArrests: false`:
        /// the group layer alone).
        package func network(withArrests: Bool = true) -> CombinedNetwork {
            let ties = withArrests ? coOffending.keys.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF), coOffending[$0]!) } : []
            return CombinedNetwork(coOffending: Adjacency(try! WeightedGraph(nodeCount: nodeCount, ties: ties)), groups: groups,
                                   groupLayerWeight: 1)
        }

        /// Every tie expanded pair by pair from the pieces, with its weight (shared arrests + Σ over
        /// shared groups of 1/(n_g − 1), groups added in index order) — independent of
        /// ``CombinedNetwork``'s lists.
        package func expandedTies() -> [UInt64: Double] {
            var ties = coOffending
            for members in groups where members.count > 1 {
                let w = 1 / Double(members.count - 1)
                for i in members.indices { for j in (i + 1)..<members.count { ties[WeightedGraph.key(Int(members[i]), Int(members[j])), default: 0] += w } }
            }
            return ties
        }
    }

    package static func pieces(seed: UInt64 = 11) -> Pieces {
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
            let members = Set((0..<size).map { _ in Int32(base + rng.below(300)) }).sorted()
            groups.append(members)
            for _ in 0..<size / 3 { tie(Int(members[rng.below(members.count)]), Int(members[rng.below(members.count)])) }
        }
        return Pieces(nodeCount: n, coOffending: ties, groups: groups)
    }
}
