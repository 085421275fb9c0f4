import FocusNetGraph

/// Hop-count betweenness by Brandes' algorithm (2001) on a ``CombinedNetwork``: each group
/// clique is expanded once per source instead of once per member, so a breadth-first search
/// costs O(n + m_co + Σ_g n_g + overlaps) rather than O(n + m_co + Σ_g n_g²).
///
/// Why it is exact. Let L_d be the nodes at distance d from the source. A group first reached
/// at level d (some member in L_d, none closer) has every other member in L_d or L_{d+1}; so for
/// w in L_{d+1}, σ(w) = Σ_{v ∈ N_co(w) ∩ L_d} σ(v) + Σ_{g ∋ w first reached at d} S_g − Σ over
/// overlap pairs (v, w), v ∈ L_d, of (r_vw − 1) σ(v), with S_g the σ-sum of g's members in L_d
/// and r_vw the number of routes joining v and w (each tie of the simple network counted once).
/// The backward pass mirrors it with c(w) = (1 + δ(w)) / σ(w): δ(v) = σ(v) [Σ_{w ∈ N_co(v) ∩
/// L_{d+1}} c(w) + Σ_{g ∋ v first reached at d} C_g − Σ_overlaps (r_vw − 1) c(w)], C_g the c-sum
/// of g's members in L_{d+1}. Results equal ``BrandesKernel`` on the expanded CSR graph up to
/// floating-point summation order (checked in the tests and, on city data, in the benchmarks).
///
/// Determinism: as ``BrandesKernel`` — fixed source chunks, partial sums added in chunk order.
package enum GroupBrandesKernel {
    /// Σ over `sources` (all nodes when `nil`) of ½ δ_s(v): exact undirected betweenness with every
    /// node as a source; multiply by n/|S| for the Brandes & Pich (2007) estimate from a sample.
    ///
    /// With `linearScaling`, Σ over `sources` of δ'_s(v) = Σ_t σ_st(v)/σ_st · d(s,v)/d(s,t)
    /// instead (Geisberger, Sanders & Schultes 2008): the same exact value with every node as a
    /// source (each path's share is split between its two ends in proportion to distance), but
    /// from a sample it no longer gives the neighbours of a sampled source nearly all of its
    /// n − 1 paths — the spikes that make plain sampled betweenness unstable across seeds.
    /// - Returns: shape `[n]`; units: pairs.
    /// - Complexity: O(s (n + m_co + Σ_g n_g + overlaps)); per running thread 28 n + 8 G bytes of
    ///   scratch for G groups, plus ``BrandesKernel/chunkCount`` partial sums of 8 n bytes.
    package static func betweenness(_ network: CombinedNetwork, sources: [Int]? = nil,
                                   linearScaling: Bool = false) -> [Double] {
        BrandesKernel.betweenness(nodeCount: network.nodeCount, sources: sources, linearScaling: linearScaling) { slice in
            Search(network, linearScaling: linearScaling).accumulate(sources: slice)
        }
    }

    /// Per-node search state in one record, so that a neighbour check touches one cache line
    /// (distance and σ forward, distance and c backward): the search is bound by memory latency.
    /// `delta` holds δ until the node's level is finished, then c = (1 + δ)/σ.
    private struct NodeState {
        var distance: Int32 = -1
        var sigma: Double = 0
        var delta: Double = 0
    }

    /// One thread's buffers and the breadth-first search (scratch in unsafe buffers: this is the
    /// innermost loop of the whole pipeline).
    private struct Search {
        let network: CombinedNetwork
        let linearScaling: Bool

        init(_ network: CombinedNetwork, linearScaling: Bool) {
            self.network = network
            self.linearScaling = linearScaling
        }

        func accumulate(sources: ArraySlice<Int>) -> [Double] {
            let n = network.nodeCount, groups = network.groupWeight.count
            var total = [Double](repeating: 0, count: n)
            let node = UnsafeMutableBufferPointer<NodeState>.allocate(capacity: n)
            let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
            let groupLevel = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, groups))
            let expanded = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(1, groups))
            defer { node.deallocate(); order.deallocate(); groupLevel.deallocate(); expanded.deallocate() }
            node.initialize(repeating: NodeState())
            groupLevel.initialize(repeating: -1)
            var levelStart = [Int](), expandedLevelStart = [Int]()
            let co = network.coOffending
            co.offsets.withUnsafeBufferPointer { offsets in
            co.neighbors.withUnsafeBufferPointer { neighbors in
            network.groupStart.withUnsafeBufferPointer { groupStart in
            network.groupNodes.withUnsafeBufferPointer { groupNodes in
            network.nodeGroupStart.withUnsafeBufferPointer { nodeGroupStart in
            network.nodeGroups.withUnsafeBufferPointer { nodeGroups in
            network.overlapStart.withUnsafeBufferPointer { overlapStart in
            network.overlapNodes.withUnsafeBufferPointer { overlapNodes in
            network.overlapExtra.withUnsafeBufferPointer { overlapExtra in
            total.withUnsafeMutableBufferPointer { total in
            for s in sources {
                var count = 1, expandedCount = 0
                levelStart.removeAll(keepingCapacity: true); levelStart.append(0); levelStart.append(1)
                expandedLevelStart.removeAll(keepingCapacity: true); expandedLevelStart.append(0)
                order[0] = Int32(s); node[s].distance = 0; node[s].sigma = 1
                // Forward, level by level.
                var d: Int32 = 0
                while levelStart[Int(d) + 1] > levelStart[Int(d)] {
                    let frontier = levelStart[Int(d)]..<levelStart[Int(d) + 1]
                    let next = d + 1
                    for k in frontier {
                        let v = Int(order[k]), paths = node[v].sigma
                        for e in offsets[v]..<offsets[v + 1] {
                            let w = Int(neighbors[e])
                            let dw = node[w].distance
                            if dw < 0 {
                                node[w].distance = next; node[w].sigma = paths; order[count] = Int32(w); count += 1
                            } else if dw == next {
                                node[w].sigma += paths
                            }
                        }
                        for t in nodeGroupStart[v]..<nodeGroupStart[v + 1] {
                            let g = Int(nodeGroups[t])
                            if groupLevel[g] < 0 { groupLevel[g] = d; expanded[expandedCount] = Int32(g); expandedCount += 1 }
                        }
                    }
                    for t in expandedLevelStart[Int(d)]..<expandedCount {
                        let g = Int(expanded[t])
                        var sum = 0.0
                        for j in groupStart[g]..<groupStart[g + 1] {
                            let w = Int(groupNodes[j])
                            if node[w].distance == d { sum += node[w].sigma }
                        }
                        for j in groupStart[g]..<groupStart[g + 1] {
                            let w = Int(groupNodes[j])
                            let dw = node[w].distance
                            if dw < 0 {
                                node[w].distance = next; node[w].sigma = sum; order[count] = Int32(w); count += 1
                            } else if dw == next {
                                node[w].sigma += sum
                            }
                        }
                    }
                    expandedLevelStart.append(expandedCount)
                    for k in frontier {
                        let v = Int(order[k])
                        let paths = node[v].sigma
                        for t in overlapStart[v]..<overlapStart[v + 1] {
                            let w = Int(overlapNodes[t])
                            if node[w].distance == next { node[w].sigma -= Double(overlapExtra[t]) * paths }
                        }
                    }
                    levelStart.append(count)
                    d = next
                }
                // Backward, level by level: level L's δ is final once level L + 1 has pushed to it;
                // then its δ goes to the total and the slot holds c = (1 + δ)/σ for level L − 1.
                // Linear scaling: δ̃(v) = Σ_w σ_v/σ_w (1/L_w + δ̃(w)) and δ' = L · δ̃.
                var level = levelStart.count - 3   // the last non-empty level
                while level >= 1 {
                    let pathShare = linearScaling ? 1 / Double(level) : 1, depth = linearScaling ? Double(level) : 1
                    for k in levelStart[level]..<levelStart[level + 1] {
                        let w = Int(order[k])
                        let dependency = node[w].delta
                        total[w] += depth * dependency
                        node[w].delta = (pathShare + dependency) / node[w].sigma
                    }
                    let up = Int32(level)
                    for k in levelStart[level - 1]..<levelStart[level] {
                        let v = Int(order[k])
                        var sum = 0.0
                        for e in offsets[v]..<offsets[v + 1] {
                            let w = Int(neighbors[e])
                            if node[w].distance == up { sum += node[w].delta }
                        }
                        for t in overlapStart[v]..<overlapStart[v + 1] {
                            let w = Int(overlapNodes[t])
                            if node[w].distance == up { sum -= Double(overlapExtra[t]) * node[w].delta }
                        }
                        node[v].delta += node[v].sigma * sum
                    }
                    for t in expandedLevelStart[level - 1]..<expandedLevelStart[level] {
                        let g = Int(expanded[t])
                        var sum = 0.0
                        for j in groupStart[g]..<groupStart[g + 1] {
                            let w = Int(groupNodes[j])
                            if node[w].distance == up { sum += node[w].delta }
                        }
                        guard sum != 0 else { continue }
                        for j in groupStart[g]..<groupStart[g + 1] {
                            let v = Int(groupNodes[j])
                            if node[v].distance == up - 1 { node[v].delta += node[v].sigma * sum }
                        }
                    }
                    level -= 1
                }
                for k in 0..<count { node[Int(order[k])] = NodeState() }
                for t in 0..<expandedCount { groupLevel[Int(expanded[t])] = -1 }
            }
            }}}}}}}}}}
            return total
        }
    }
}
