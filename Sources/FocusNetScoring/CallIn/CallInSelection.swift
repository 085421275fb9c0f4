import FocusNetGraph

/// Chooses who is invited, from the ranked, eligible people.
public enum CallInSelection {
    /// How invitees are chosen from the ranked, eligible people (`--select`).
    public enum Mode: Sendable, Equatable {
        /// The N highest composite scores.
        case top
        /// Group by group in order of group risk, the fewest eligible members who reach every
        /// member within one step (a greedy dominating set; Johnson 1974), at most
        /// ``RankConfiguration/invitesPerGroup`` from one group — a call-in room holds only so
        /// many, and one large group must not take the whole list — until the budget is spent;
        /// then by score.
        case groups
        /// KPP-Pos (Borgatti 2006, doi:10.1007/s10588-006-7084-x): N people reaching the most
        /// at-risk people within `steps` hops, each attending with probability `showUp` in
        /// (0, 1]; chosen greedily from the 10 N best-scored eligible people. At risk: the top
        /// `atRiskShare` (a share in (0, 1]) of composite scores.
        case reach(steps: Int, showUp: Double, atRiskShare: Double)

        /// The mode as printed in progress lines and the manifest, e.g. `top` or
        /// `reach(steps: 2, show_up: 0.5, at_risk_share: 0.1)`.
        package var name: String {
            switch self {
            case .top: "top"
            case .groups: "groups"
            case .reach(let steps, let showUp, let share): "reach(steps: \(steps), show_up: \(showUp), at_risk_share: \(share))"
            }
        }
    }

    /// Per-group outcome of a selection.
    package struct GroupReach: Sendable, Equatable {
        /// Group index.
        package let group: Int
        /// Active members of the group (count).
        package let members: Int
        /// Members invited or tied (one step) to an invitee.
        package let reached: Int
        /// `reached / members`, 0 for a group without members.
        package var share: Double { members == 0 ? 0 : Double(reached) / Double(members) }
    }

    /// An invitee chosen to reach a group (``Mode/groups``), not for their own rank.
    public struct CoveragePick: Sendable, Equatable {
        /// Group index (into ``Ranking/groupMembers``) the invitee was chosen for.
        public let group: Int
        /// Other members of the group the invitee reaches within one step that no earlier pick of
        /// the group reached (count of people; 0 when the invitee reaches only themself).
        public let newlyReached: Int

        /// A pick for `group` that reached `newlyReached` more members.
        package init(group: Int, newlyReached: Int) {
            self.group = group
            self.newlyReached = newlyReached
        }
    }

    /// The invitees in list order and, by node, why each group-cover pick was chosen.
    struct Selection: Sendable, Equatable {
        let invitees: [Int]
        let coverage: [Int: CoveragePick]
    }

    /// ``choose(mode:budget:perGroup:order:candidates:scores:network:groupAdjacency:groupMembers:groupOrder:)``'s
    /// invitees alone.
    static func select(mode: Mode, budget: Int, perGroup: Int = .max, order: [Int], candidates: [Bool], scores: [Double],
                       network: CombinedNetwork, groupAdjacency: Adjacency, groupMembers: [[Int]], groupOrder: [Int]) -> [Int] {
        choose(mode: mode, budget: budget, perGroup: perGroup, order: order, candidates: candidates, scores: scores,
               network: network, groupAdjacency: groupAdjacency, groupMembers: groupMembers, groupOrder: groupOrder).invitees
    }

    /// - Parameters:
    ///   - order: node indices ranked by composite score.
    ///   - candidates: whether each node may be invited (eligible and in the area).
    ///   - groupMembers: node indices of each group's active members.
    ///   - groupOrder: group indices in order of group risk.
    ///   - network: the combined network, for reach mode; `groupAdjacency` the one for group cover.
    /// - Returns: invitees in list order, and the group each group-cover pick was chosen for
    ///   (empty outside ``Mode/groups``; people added by score after the groups are not in it).
    static func choose(mode: Mode, budget: Int, perGroup: Int = .max, order: [Int], candidates: [Bool], scores: [Double],
                       network: CombinedNetwork, groupAdjacency: Adjacency, groupMembers: [[Int]], groupOrder: [Int]) -> Selection {
        switch mode {
        case .top:
            return Selection(invitees: Array(order.lazy.filter { candidates[$0] }.prefix(budget)), coverage: [:])
        case .groups:
            var chosen: [Int] = [], taken = Set<Int>(), coverage: [Int: CoveragePick] = [:]
            for g in groupOrder where chosen.count < budget {
                let members = groupMembers[g]
                let cover = GroupCover.select(members: members, candidates: members.filter { candidates[$0] && !taken.contains($0) },
                                              adjacency: groupAdjacency, priority: scores,
                                              budget: min(perGroup, budget - chosen.count))
                for (v, reached) in zip(cover.invitees, cover.newlyReached) where taken.insert(v).inserted {
                    chosen.append(v)
                    coverage[v] = CoveragePick(group: g, newlyReached: reached)
                }
            }
            for v in order where chosen.count < budget && candidates[v] && taken.insert(v).inserted { chosen.append(v) }
            return Selection(invitees: chosen, coverage: coverage)
        case .reach(let steps, let showUp, let share):
            let atRiskCount = max(1, Int((Double(order.count) * share).rounded(.up)))
            var atRisk = [Bool](repeating: false, count: scores.count)
            for v in order.prefix(atRiskCount) { atRisk[v] = true }
            // Candidates: the best-scored eligible people, a pool of 10 × budget, bounds the cost.
            let pool = Array(order.lazy.filter { candidates[$0] }.prefix(10 * budget))
            let result = KeyPlayerReach.select(candidates: pool, atRisk: atRisk, network: network, steps: steps,
                                               showUp: showUp, budget: budget, priority: scores)
            return Selection(invitees: result.invitees, coverage: [:])
        }
    }

    /// How much of each group the invitees reach within one step.
    /// - Returns: one entry per group, in group-index order.
    /// - Complexity: O(Σ_invitees deg + Σ_g n_g).
    package static func reach(of invitees: [Int], groupMembers: [[Int]], adjacency: Adjacency) -> [GroupReach] {
        var reached = Set(invitees)
        for v in invitees { for w in adjacency.neighbors(of: v) { reached.insert(Int(w)) } }
        return groupMembers.indices.map { g in
            GroupReach(group: g, members: groupMembers[g].count, reached: groupMembers[g].filter { reached.contains($0) }.count)
        }
    }
}
