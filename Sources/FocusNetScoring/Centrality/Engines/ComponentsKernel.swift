import FocusNetGraph

/// Connected components by breadth-first search on the CSR ``Adjacency``.
package enum ComponentsKernel {
    /// Component label of each node; labels are numbered in order of each component's smallest
    /// node (the node order igraph also uses). Shape `[n]`.
    /// - Complexity: O(n + m) time; 8 n bytes.
    package static func labels(_ adjacency: CSRGraph) -> [Int32] { labels(CombinedNetwork(adjacency)) }

    /// The nodes of the largest component, increasing; among equally large components the one
    /// holding the smallest node index wins (with nodes in person-id order: the smallest person id).
    /// - Complexity: O(n + m).
    package static func largest(_ adjacency: CSRGraph) -> [Int] { largest(labels: labels(adjacency)) }
}

extension ComponentsKernel {
    /// Component labels on a ``CombinedNetwork`` (each group expanded once). Same labels
    /// as ``labels(_:)-swift.type.method`` on the expanded graph.
    /// - Complexity: O(n + m_co + Σ_g n_g).
    package static func labels(_ network: CombinedNetwork) -> [Int32] {
        let n = network.nodeCount
        let co = network.coOffending
        var label = [Int32](repeating: -1, count: n)
        var groupSeen = [Bool](repeating: false, count: network.groupWeight.count)
        var queue = [Int32](repeating: 0, count: n)
        var next: Int32 = 0
        for start in 0..<n where label[start] < 0 {
            var head = 0, tail = 1
            queue[0] = Int32(start); label[start] = next
            while head < tail {
                let v = Int(queue[head]); head += 1
                for w in co.neighbors(of: v) where label[Int(w)] < 0 { label[Int(w)] = next; queue[tail] = w; tail += 1 }
                for t in network.nodeGroupStart[v]..<network.nodeGroupStart[v + 1] {
                    let g = Int(network.nodeGroups[t])
                    guard !groupSeen[g] else { continue }
                    groupSeen[g] = true
                    for j in network.groupStart[g]..<network.groupStart[g + 1] {
                        let w = network.groupNodes[j]
                        if label[Int(w)] < 0 { label[Int(w)] = next; queue[tail] = w; tail += 1 }
                    }
                }
            }
            next += 1
        }
        return label
    }

    /// The largest component of a ``CombinedNetwork`` (ties: smallest node), increasing.
    package static func largest(_ network: CombinedNetwork) -> [Int] { largest(labels: labels(network)) }

    static func largest(labels label: [Int32]) -> [Int] {
        var sizes = [Int](repeating: 0, count: Int(label.max() ?? -1) + 1)
        for l in label { sizes[Int(l)] += 1 }
        guard var best = sizes.indices.first else { return [] }
        for c in sizes.indices where sizes[c] > sizes[best] { best = c }   // first maximum = smallest node
        return label.indices.filter { label[$0] == Int32(best) }
    }
}
