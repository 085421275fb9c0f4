import FocusNetGraph

/// Renumbering nodes in breadth-first order, so that the nodes a search meets together sit
/// together in memory.
///
/// Node indices follow person identifiers, which say nothing about the network: neighbours are
/// scattered over the whole array, and every tie a breadth-first search follows is a cache miss.
/// Numbered in breadth-first order (each component contiguous, a group's members mostly
/// consecutive), a search's frontier and its neighbours are close. Measured on the state network
/// (3.4M nodes): see docs/performance.md. Cuthill & McKee (1969) order bandwidth the same way.
extension CombinedNetwork {
    /// Old node index at each new position: components in order of their smallest node, each in
    /// breadth-first order from that node (co-offenders in index order, then each group's members).
    /// - Complexity: O(n + m_co + Σ_g n_g).
    package func breadthFirstOrder() -> [Int32] {
        var groupSeen = [Bool](repeating: false, count: groupWeight.count)
        return FocusNetScoring.breadthFirstOrder(nodeCount: nodeCount) { v, reach in
            for w in coOffending.neighbors(of: v) { reach(w) }
            for t in nodeGroupStart[v]..<nodeGroupStart[v + 1] {
                let g = Int(nodeGroups[t])
                guard !groupSeen[g] else { continue }
                groupSeen[g] = true
                for j in groupStart[g]..<groupStart[g + 1] { reach(groupNodes[j]) }
            }
        }
    }

    /// The same network with node `order[k]` renumbered k (ties and member lists re-sorted; group
    /// numbers kept). Map results back with `value[order[k]] = relabeledValue[k]`.
    /// - Complexity: O(n + m_co log d_max + Σ_g n_g log n_g + overlaps); the overlaps are
    ///   renumbered, not searched again.
    package func relabeled(order: [Int32]) -> CombinedNetwork {
        let n = nodeCount
        var rank = [Int32](repeating: 0, count: n)
        for (k, v) in order.enumerated() { rank[Int(v)] = Int32(k) }
        let co = coOffending.relabeled(order: order)
        var groupNodes = self.groupNodes.map { rank[Int($0)] }
        for g in 0..<groupWeight.count { groupNodes[groupStart[g]..<groupStart[g + 1]].sort() }
        var nodeGroupStart = [0], nodeGroups = [Int32](), overlapStart = [0]
        var overlaps = [(node: Int32, extra: Int32)]()
        var overlapNodes = [Int32](), overlapExtra = [Int32]()
        nodeGroups.reserveCapacity(self.nodeGroups.count)
        overlapNodes.reserveCapacity(self.overlapNodes.count); overlapExtra.reserveCapacity(self.overlapNodes.count)
        for k in 0..<n {
            let v = Int(order[k])
            nodeGroups += self.nodeGroups[self.nodeGroupStart[v]..<self.nodeGroupStart[v + 1]]
            nodeGroupStart.append(nodeGroups.count)
            overlaps.removeAll(keepingCapacity: true)
            for t in self.overlapStart[v]..<self.overlapStart[v + 1] { overlaps.append((rank[Int(self.overlapNodes[t])], self.overlapExtra[t])) }
            overlaps.sort { $0.node < $1.node }
            for (w, extra) in overlaps { overlapNodes.append(w); overlapExtra.append(extra) }
            overlapStart.append(overlapNodes.count)
        }
        return CombinedNetwork(
            coOffending: co,
            groupStart: groupStart, groupNodes: groupNodes, groupWeight: groupWeight,
            nodeGroupStart: nodeGroupStart, nodeGroups: nodeGroups,
            overlapStart: overlapStart, overlapNodes: overlapNodes, overlapExtra: overlapExtra,
            degree: order.map { degree[Int($0)] }, strength: order.map { strength[Int($0)] }, groupTieCount: groupTieCount)
    }
}

extension CSRGraph {
    /// Old node index at each new position: components in order of their smallest node, each in
    /// breadth-first order from that node, neighbours in index order.
    /// - Complexity: O(n + m).
    package func breadthFirstOrder() -> [Int32] {
        FocusNetScoring.breadthFirstOrder(nodeCount: nodeCount) { v, reach in
            for w in neighbors(of: v) { reach(w) }
        }
    }

    /// The same network with node `order[k]` renumbered k (each row re-sorted).
    /// - Complexity: O(n + m log d_max).
    package func relabeled(order: [Int32]) -> CSRGraph {
        let n = nodeCount
        var rank = [Int32](repeating: 0, count: n)
        for (k, v) in order.enumerated() { rank[Int(v)] = Int32(k) }
        var newOffsets = [Int](repeating: 0, count: n + 1)
        var newNeighbors = [Int32](repeating: 0, count: neighbors.count)
        var newWeights = [Double](repeating: 0, count: weights.count)
        var row = [(Int32, Double)]()
        for k in 0..<n {
            let v = Int(order[k])
            row.removeAll(keepingCapacity: true)
            for e in offsets[v]..<offsets[v + 1] { row.append((rank[Int(neighbors[e])], weights[e])) }
            row.sort { $0.0 < $1.0 }
            var e = newOffsets[k]
            for (w, weight) in row { newNeighbors[e] = w; newWeights[e] = weight; e += 1 }
            newOffsets[k + 1] = e
        }
        return CSRGraph(offsets: newOffsets, neighbors: newNeighbors, weights: newWeights)
    }
}

/// Breadth-first order of nodes `0..<n`: components in order of their smallest node, each
/// searched from that node; `expand(v, reach)` calls `reach(w)` for every node one step from
/// `v`, in the order they should be placed (a node already placed is skipped).
/// - Complexity: O(n) plus the work of `expand` over every node.
@inline(__always)
private func breadthFirstOrder(nodeCount n: Int, expand: (Int, (Int32) -> Void) -> Void) -> [Int32] {
    var placed = [Bool](repeating: false, count: n)
    var order = [Int32]()
    order.reserveCapacity(n)
    for start in 0..<n where !placed[start] {
        var head = order.count
        placed[start] = true; order.append(Int32(start))
        while head < order.count {
            let v = Int(order[head]); head += 1
            expand(v) { w in
                guard !placed[Int(w)] else { return }
                placed[Int(w)] = true
                order.append(w)
            }
        }
    }
    return order
}
