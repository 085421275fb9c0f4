import FocusNetGraph
@testable import FocusNetScoring

/// Graphs for the kernel tests: the classic fixtures, and a seeded "medium" network shaped like
/// co-offending data (small arrest cliques, a few large groups, random bridges, isolates).
enum KernelGraphs {
    static func csr(_ graph: WeightedGraph) -> CSRGraph { Adjacency(graph) }

    /// `nodes` people: arrests of 1–4 people (weight = shared arrests), 5 groups of 15–40 members
    /// (weight 1/(n_g − 1)), isolates, and small separate components.
    static func medium(nodes: Int = 2_000, seed: UInt64 = 7) -> WeightedGraph {
        var rng = SplitMix64(seed: seed)
        var weight: [UInt64: Double] = [:]
        func tie(_ a: Int, _ b: Int, _ w: Double) {
            guard a != b else { return }
            weight[UInt64(min(a, b)) << 32 | UInt64(max(a, b)), default: 0] += w
        }
        for _ in 0..<(nodes * 3 / 4) {
            let size = 1 + rng.below(4)
            let people = (0..<size).map { _ in rng.below(nodes * 9 / 10) }   // the last tenth: isolates
            for i in people.indices { for j in people.indices where i < j { tie(people[i], people[j], 1) } }
        }
        for _ in 0..<5 {
            let size = 15 + rng.below(26)
            let members = Array(Set((0..<size).map { _ in rng.below(nodes * 9 / 10) })).sorted()
            for i in members.indices { for j in members.indices where i < j { tie(members[i], members[j], 1 / Double(members.count - 1)) } }
        }
        let ties = weight.keys.sorted().map { (Int($0 >> 32), Int($0 & 0xFFFF_FFFF), weight[$0]!) }
        return try! WeightedGraph(nodeCount: nodes, ties: ties)
    }
}
