import FocusNetGraph

/// Exposure to gunshot victims split by the kind of tie and the distance, the violence in the
/// person's groups and the recency of their own victimization — the parts a fitted model may
/// weigh separately, where ``NetworkExposure`` adds them into one number.
///
/// For node i, with V the distinct victims of `events` (``Ranking``: the victimizations of its
/// exposure window `(D − exposure window, D]`, the events of ``Ranking/victimExposure``), a victim
/// never counting for themself:
/// - ``victimsCoArrest1Step``(i) = |{v ∈ V, v ≠ i : v and i share an arrest}| — the co-offending
///   ties of the network;
/// - ``victimsGroup1Step``(i) = |{v ∈ V, v ≠ i : v and i share an active group and no arrest}|;
/// - ``victims2Step``(i) = |{v ∈ V : d(i, v) = 2}|, d the hop distance on the combined network
///   (co-offending and group ties; tie strength plays no part). So the two one-step counts add up
///   to ``NetworkExposure/within1`` and this is ``NetworkExposure/within2`` − `within1`;
/// - ``groupExposure``(i) = Σ over i's groups g, Σ over v ∈ V ∩ g, v ≠ i, of 1/(n_g − 1): each
///   victim weighs what a tie of the group layer weighs at layer weight 1 (``CombinedNetwork``), the
///   weighting of a bipartite projection by Newman (2001), "Scientific collaboration networks. II.
///   Shortest paths, weighted networks, and centrality", *Phys Rev E* 64, 016132,
///   doi:10.1103/PhysRevE.64.016132 — a group of 500 with one victim adds 1/499 to each member,
///   not the 1 of a co-offender; a victim in two of i's groups adds to both;
/// - ``groupViolence``(i) = |{v ∈ V, v ≠ i : v shares at least one group with i}| — distinct
///   victims over the union of i's groups, whether or not also co-arrested; 0 for non-members;
/// - ``daysSinceVictimization``(i) = days from i's newest own victimization among
///   `ownVictimizations` (``Ranking``: the records window `(D − lookback, D]`) to D; `nil` without one.
///
/// Ties and groups are those of the network passed: ``Ranking`` passes ``SocialNetwork/combined``,
/// so a layer weighted 0 there (``RankConfiguration/groupLayerWeight``) adds nothing here either.
/// Groups of one member tie nobody and are not in the network (their member's group counts are 0).
/// Shapes `[n]` in node order; counts are of people, 32-bit so that the six arrays of a
/// 3.3M-person state network take 107 MB, not 187. Nothing dated after D is read: the caller
/// passes no later event.
///
/// The split follows the finding that gunshot risk travels along co-offending ties and fades with
/// distance (Papachristos, Braga & Hureau 2012, doi:10.1007/s11524-012-9703-9; Green, Horel &
/// Papachristos 2017, doi:10.1001/jamainternmed.2016.8245), while a shared gang label is a weaker,
/// noisier tie than a shared arrest.
public struct ExposureProfile: Sendable {
    /// Distinct victims sharing an arrest with the node. Shape `[n]`; count of people.
    public let victimsCoArrest1Step: [Int32]
    /// Distinct victims sharing an active group with the node but no arrest. Shape `[n]`; count of people.
    public let victimsGroup1Step: [Int32]
    /// Distinct victims exactly two hops from the node on the combined network. Shape `[n]`; count of people.
    public let victims2Step: [Int32]
    /// Victims in the node's groups, each weighted 1/(n_g − 1) per shared group g. Shape `[n]`;
    /// units: victims × group tie weight (0 for non-members).
    public let groupExposure: [Double]
    /// Distinct victims, other than the node, among the members of its groups. Shape `[n]`; count of people.
    public let groupViolence: [Int32]
    /// Days from the node's newest own victimization to D; `nil` without one. Shape `[n]`; days.
    public let daysSinceVictimization: [Int32?]

    /// The profile of every node of `network` (n nodes).
    ///
    /// - Parameters:
    ///   - network: the combined network; its co-offending ties make the co-arrest count, its
    ///     groups (member lists) the group counts, both the two-step count.
    ///   - events: `(node, ageInDays)` of each victimization in the exposure window; a node with
    ///     several counts once. Ages play no part in the counts.
    ///   - ownVictimizations: `(node, ageInDays)` of each victimization for the recency, ages ≥ 0
    ///     (in days before D).
    /// - Precondition: every node in `0..<n`; every age in `ownVictimizations` ≥ 0 (an event dated
    ///   after D is a caller's bug).
    /// - Complexity: one breadth-first search bounded at two steps from each distinct victim, with
    ///   a visit stamp per victim and each group expanded at most once per victim:
    ///   O(n + |events| + Σ_v (|ball₁(v)| + ties and group members scanned from ball₁(v))) time —
    ///   linear in what the victims reach, never all pairs, no group's pairs listed. Memory: the
    ///   six arrays of n, an n-entry and a G-entry stamp (G groups) and the one-step frontier.
    public init(network: CombinedNetwork, events: [(node: Int, ageInDays: Int)],
                ownVictimizations: [(node: Int, ageInDays: Int)]) {
        let n = network.nodeCount
        var isVictim = [Bool](repeating: false, count: n)
        for event in events { isVictim[event.node] = true }
        var coArrest = [Int32](repeating: 0, count: n), groupOnly = coArrest, twoStep = coArrest, violence = coArrest
        var weighted = [Double](repeating: 0, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        var groupStamp = [Int32](repeating: -1, count: network.groupWeight.count)
        var frontier: [Int32] = []
        let co = network.coOffending
        for victim in 0..<n where isVictim[victim] {
            let mark = Int32(victim)
            stamp[victim] = mark
            frontier.removeAll(keepingCapacity: true)
            // One step, group mates first: each counts once toward the groups' violence and, for
            // now, toward the group-only count, however many groups they share with the victim.
            for t in network.nodeGroupStart[victim]..<network.nodeGroupStart[victim + 1] {
                let g = Int(network.nodeGroups[t])
                groupStamp[g] = mark
                let members = network.groupStart[g]..<network.groupStart[g + 1]
                let weight = 1 / Double(members.count - 1)
                for j in members {
                    let w = Int(network.groupNodes[j])
                    guard w != victim else { continue }
                    weighted[w] += weight
                    if stamp[w] != mark { stamp[w] = mark; violence[w] += 1; groupOnly[w] += 1; frontier.append(Int32(w)) }
                }
            }
            // Then co-offenders: a group mate who also shares an arrest moves to the co-arrest count.
            for e in co.offsets[victim]..<co.offsets[victim + 1] {
                let w = Int(co.neighbors[e])
                if stamp[w] == mark { groupOnly[w] -= 1 } else { stamp[w] = mark; frontier.append(Int32(w)) }
                coArrest[w] += 1
            }
            // Two steps: whoever a one-step node reaches that no earlier step did. A group reached
            // here puts all its members within two steps, so it is expanded once per victim.
            for u in frontier {
                let u = Int(u)
                for e in co.offsets[u]..<co.offsets[u + 1] {
                    let w = Int(co.neighbors[e])
                    if stamp[w] != mark { stamp[w] = mark; twoStep[w] += 1 }
                }
                for t in network.nodeGroupStart[u]..<network.nodeGroupStart[u + 1] {
                    let g = Int(network.nodeGroups[t])
                    guard groupStamp[g] != mark else { continue }
                    groupStamp[g] = mark
                    for j in network.groupStart[g]..<network.groupStart[g + 1] {
                        let w = Int(network.groupNodes[j])
                        if stamp[w] != mark { stamp[w] = mark; twoStep[w] += 1 }
                    }
                }
            }
        }
        var newest = [Int32?](repeating: nil, count: n)
        for (node, age) in ownVictimizations {
            precondition(age >= 0, "a victimization dated after the as-of date was passed")
            newest[node] = min(newest[node] ?? Int32(age), Int32(age))
        }
        victimsCoArrest1Step = coArrest
        victimsGroup1Step = groupOnly
        victims2Step = twoStep
        groupExposure = weighted
        groupViolence = violence
        daysSinceVictimization = newest
    }
}
