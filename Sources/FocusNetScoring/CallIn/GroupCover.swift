import FocusNetGraph

/// The fewest invitees who reach every member of a group within one step: a greedy dominating
/// set of the group's members (Johnson 1974: within a factor ln Δ + 1 of the minimum).
///
/// Focused deterrence speaks to groups through some of their members, who carry the message back
/// (Kennedy 2011); about a third of a group's members typically reach all of it (Wheeler, McLean,
/// Becker & Worden 2019).
enum GroupCover {
    struct Result: Sendable, Equatable {
        /// Chosen invitees, in the order they were picked.
        let invitees: [Int]
        /// For each invitee, in the same order, the other members it reached that no earlier pick
        /// had reached (count): what its invitation adds to the group's coverage.
        let newlyReached: [Int]
        /// Members reached (invited or tied to an invitee).
        let reached: Int
        /// All members.
        let members: Int
        var reachShare: Double { members == 0 ? 1 : Double(reached) / Double(members) }
    }

    /// - Parameters:
    ///   - members: node indices of the group's members.
    ///   - candidates: the members who may be invited (eligible); a subset of `members`.
    ///   - adjacency: the network whose one-step ties carry the message.
    ///   - priority: tie-break between candidates covering equally many (higher first, e.g. the
    ///     risk score); remaining ties go to the smaller node index.
    ///   - budget: at most this many invitees.
    /// - Complexity: O(budget × Σ_c deg(c)) time, O(n) memory.
    static func select(members: [Int], candidates: [Int], adjacency: Adjacency, priority: [Double],
                              budget: Int = .max) -> Result {
        let memberSet = Set(members)
        var uncovered = memberSet
        var remaining = candidates.filter { memberSet.contains($0) }.sorted()
        var invitees: [Int] = [], newlyReached: [Int] = []
        func gain(_ c: Int) -> Int {
            (uncovered.contains(c) ? 1 : 0) + adjacency.neighbors(of: c).reduce(0) { $0 + (uncovered.contains(Int($1)) ? 1 : 0) }
        }
        while !uncovered.isEmpty, invitees.count < budget, !remaining.isEmpty {
            var best = -1, bestGain = 0
            for (k, c) in remaining.enumerated() {
                let g = gain(c)
                if g > bestGain || (g == bestGain && g > 0 && priority[c] > priority[remaining[best]]) {
                    best = k
                    bestGain = g
                }
            }
            guard best >= 0 else { break }
            let chosen = remaining.remove(at: best)
            invitees.append(chosen)
            newlyReached.append(bestGain - (uncovered.contains(chosen) ? 1 : 0))
            uncovered.remove(chosen)
            for w in adjacency.neighbors(of: chosen) { uncovered.remove(Int(w)) }
        }
        return Result(invitees: invitees, newlyReached: newlyReached, reached: memberSet.count - uncovered.count, members: memberSet.count)
    }
}
