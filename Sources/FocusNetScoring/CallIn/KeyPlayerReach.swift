import FocusNetGraph

/// Key-player selection for reach (KPP-Pos; Borgatti 2006): N people who together reach the
/// most distinct at-risk people within a few steps, chosen greedily, allowing that an invitee
/// attends only with probability p.
///
/// Expected reach of a set S: Σ over at-risk people j of 1 − (1 − p)^|{s ∈ S reaching j}|.
/// This is monotone submodular, so greedy selection is within 1 − 1/e of the best set
/// (Nemhauser, Wolsey & Fisher 1978).
enum KeyPlayerReach {
    struct Result: Sendable, Equatable {
        let invitees: [Int]
        /// Expected number of at-risk people reached after each pick.
        let expectedReach: [Double]
    }

    /// - Parameters:
    ///   - candidates: node indices that may be invited.
    ///   - atRisk: whether each node counts toward reach (shape `[n]`).
    ///   - network: the combined network (hops; tie strength plays no part).
    ///   - steps: reach radius (1 or 2).
    ///   - showUp: probability an invitee attends, in (0, 1].
    ///   - budget: number to invite.
    ///   - priority: tie-break (higher first), then smaller node index.
    /// - Complexity: O(|candidates| × ball size) to precompute reach sets — each ball reads every
    ///   reached member's neighbour list, O(d log d) for d co-offenders and group mates, so large
    ///   groups cost up to Σ n_g² over the pool — then O(budget × Σ reach-set sizes).
    static func select(candidates: [Int], atRisk: [Bool], network: CombinedNetwork, steps: Int = 2, showUp: Double = 1,
                              budget: Int, priority: [Double]) -> Result {
        precondition(showUp > 0 && showUp <= 1, "show-up probability must be in (0, 1], got \(showUp)")
        let reach = candidates.map { ball(of: $0, steps: steps, network: network).filter { atRisk[$0] } }
        var missProbability = [Double](repeating: 1, count: network.nodeCount)  // Π (1 − p) over reaching invitees
        var chosen = Set<Int>()
        var invitees: [Int] = [], expected: [Double] = []
        var total = 0.0
        while invitees.count < budget {
            var best = -1, bestGain = 0.0
            for (k, c) in candidates.enumerated() where !chosen.contains(k) {
                let g = reach[k].reduce(0.0) { $0 + missProbability[$1] * showUp }
                let better = g > bestGain + 1e-12
                    || (abs(g - bestGain) <= 1e-12 && best >= 0 && g > 0
                        && (priority[c] > priority[candidates[best]]
                            || (priority[c] == priority[candidates[best]] && c < candidates[best])))
                if best < 0 ? g > 0 : better { best = k; bestGain = g }
            }
            guard best >= 0 else { break }
            chosen.insert(best)
            for j in reach[best] { missProbability[j] *= 1 - showUp }
            total += bestGain
            invitees.append(candidates[best])
            expected.append(total)
        }
        return Result(invitees: invitees, expectedReach: expected)
    }

    /// The node itself and everyone within `steps` hops, increasing.
    static func ball(of node: Int, steps: Int, network: CombinedNetwork) -> [Int] {
        var seen: Set<Int> = [node]
        var frontier = [node]
        for _ in 0..<steps {
            var next: [Int] = []
            for u in frontier { for w in network.neighbors(of: u) where seen.insert(Int(w)).inserted { next.append(Int(w)) } }
            frontier = next
        }
        return seen.sorted()
    }
}
