/// Groups tied by co-arrests between their members: the weight of groups g–h is the number of
/// distinct arrests in the window on which a member of g and a member of h (a different person,
/// or one person in both) were arrested together. Used to see which groups are connected — allies
/// or rivals — when planning call-ins group by group. Arrests dated outside `window`
/// (`(D − lookback, D]`) are not read.
package struct GroupGroupNetwork: Sendable {
    /// Ties on group indices (n = number of groups).
    package let graph: WeightedGraph

    /// - Complexity: O(r log r + Σ_arrests (groups on the arrest)²) for r arrest rows.
    package init(groups: GroupLayer, arrests: ArrestTable, window: ObservationWindow) {
        var pairs = [UInt64]()   // (arrest, group)
        for row in 0..<arrests.rowCount where window.contains(arrests.day[row]) {
            for g in groups.groupsOfPerson[Int(arrests.person[row])] {
                pairs.append(UInt64(UInt32(arrests.arrest[row])) << 32 | UInt64(UInt32(g)))
            }
        }
        pairs.sort()
        pairs = pairs.uniqued()
        var ties = [(UInt64, Double)]()
        var start = 0
        while start < pairs.count {
            var end = start + 1
            while end < pairs.count, pairs[end] >> 32 == pairs[start] >> 32 { end += 1 }
            for i in start..<end {
                for j in (i + 1)..<end {
                    ties.append((WeightedGraph.key(Int(pairs[i] & 0xFFFF_FFFF), Int(pairs[j] & 0xFFFF_FFFF)), 1))
                }
            }
            start = end
        }
        ties.sort { $0.0 < $1.0 }
        graph = WeightedGraph(nodeCount: groups.members.count, sortedKeys: ties)
    }
}
