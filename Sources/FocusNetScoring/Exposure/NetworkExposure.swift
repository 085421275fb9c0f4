import Foundation
import FocusNetGraph

/// Network exposure to recent gunshot victims (or to identified shooters).
///
/// For person i: exposure(i) = Σ over distinct victims v ≠ i of decay(d(i, v)) × recency(v), where
/// d is the hop distance in the network, decay(1) = 1, decay(2) = 0.5 and 0 beyond by default, and
/// recency(v) = 2^(−age/halfLife) for the age in days of v's most recent event in the window
/// (1 when no half-life is set). Own victimization is never part of exposure. Following the
/// finding that the risk of being shot spreads along co-offending ties and decays with distance
/// (Papachristos, Braga & Hureau 2012, doi:10.1007/s11524-012-9703-9; Papachristos, Wildeman &
/// Roberto 2015, doi:10.1016/j.socscimed.2014.01.056; Green, Horel & Papachristos 2017,
/// doi:10.1001/jamainternmed.2016.8245). Distance is in hops: tie strength plays no part.
///
/// The window is the caller's: ``Ranking`` passes the events of its exposure window
/// (``RankConfiguration/exposureObservationWindow``), never one dated after the as-of date.
public struct NetworkExposure: Sendable {
    /// Exposure of each node. Shape `[n]`; units: victims weighted by distance and recency.
    public let exposure: [Double]
    /// Distinct victims exactly one step away. Shape `[n]`.
    public let within1: [Int]
    /// Distinct victims one or two steps away. Shape `[n]`.
    public let within2: [Int]
    /// For each node, the nearest victim (node index; among equally near ones the smallest) and
    /// its distance in hops; `nil` when none within reach. Shape `[n]`.
    public let nearest: [(victim: Int32, distance: Int8)?]

    /// Exposure of every node of `adjacency` (n nodes, m ties) to the victims in `events`; see
    /// ``init(network:events:decay:halfLifeDays:)``.
    public init(adjacency: Adjacency, events: [(node: Int, ageInDays: Int)], decay: [Double] = [1, 0.5],
                halfLifeDays: Double? = nil) {
        self.init(network: CombinedNetwork(adjacency), events: events, decay: decay, halfLifeDays: halfLifeDays)
    }

    /// Exposure of every node of `network` (n nodes) to the victims in `events`.
    ///
    /// - Parameters:
    ///   - network: the combined network (co-offending and group ties; tie strength plays no part).
    ///   - events: `(node, ageInDays)` of each event in the window; a node with several events
    ///     counts once, at its most recent one. Ages ≥ 0 (events dated after the as-of date must
    ///     not be passed).
    ///   - decay: weight by distance, `decay[0]` for one step, `decay[1]` for two, …; its length is
    ///     the reach. Default `[1, 0.5]`.
    ///   - halfLifeDays: recency half-life, or `nil` for no recency weighting.
    /// - Complexity: bounded breadth-first search from each victim, each group expanded at most
    ///   once per victim: O(Σ_v (|ball(v)| + co-offending ties and group members scanned)), linear
    ///   in what is reached, not all-pairs. Memory O(n + G) for G groups.
    public init(network: CombinedNetwork, events: [(node: Int, ageInDays: Int)], decay: [Double] = [1, 0.5],
                halfLifeDays: Double? = nil) {
        let n = network.nodeCount
        var newest = [Int](repeating: .max, count: n)
        for (node, age) in events { newest[node] = min(newest[node], max(age, 0)) }
        var exposure = [Double](repeating: 0, count: n)
        var within1 = [Int](repeating: 0, count: n)
        var within2 = [Int](repeating: 0, count: n)
        var nearest = [(victim: Int32, distance: Int8)?](repeating: nil, count: n)
        var stamp = [Int32](repeating: -1, count: n)
        // A group reached from one node at step s puts every member at step s + 1 at the latest:
        // expanding it again from another member would reach no one new.
        var groupStamp = [Int32](repeating: -1, count: network.groupWeight.count)
        var frontier: [Int32] = [], next: [Int32] = []
        for victim in 0..<n where newest[victim] != .max {
            let recency = halfLifeDays.map { Foundation.pow(2, -Double(newest[victim]) / $0) } ?? 1
            let mark = Int32(victim)
            stamp[victim] = mark
            frontier = [mark]
            for (step, weight) in decay.enumerated() {
                next.removeAll(keepingCapacity: true)
                func reach(_ w: Int32) {
                    let i = Int(w)
                    guard stamp[i] != mark else { return }
                    stamp[i] = mark
                    next.append(w)
                    exposure[i] += weight * recency
                    if step == 0 { within1[i] += 1 }
                    if step <= 1 { within2[i] += 1 }
                    if nearest[i] == nil || nearest[i]!.distance > Int8(step + 1)
                        || (nearest[i]!.distance == Int8(step + 1) && nearest[i]!.victim > mark) {
                        nearest[i] = (mark, Int8(step + 1))
                    }
                }
                for u in frontier {
                    for w in network.coOffending.neighbors(of: Int(u)) { reach(w) }
                    for t in network.nodeGroupStart[Int(u)]..<network.nodeGroupStart[Int(u) + 1] {
                        let g = Int(network.nodeGroups[t])
                        guard groupStamp[g] != mark else { continue }
                        groupStamp[g] = mark
                        for j in network.groupStart[g]..<network.groupStart[g + 1] { reach(network.groupNodes[j]) }
                    }
                }
                swap(&frontier, &next)
            }
        }
        self.exposure = exposure
        self.within1 = within1
        self.within2 = within2
        self.nearest = nearest
    }
}
