import FocusNetGraph

/// k-core numbers by Batagelj & Zaversnik's bin-sort algorithm (2003, arXiv:cs/0310049) on the
/// CSR ``Adjacency`` — the algorithm igraph's `igraph_coreness` implements, without copying the
/// network into igraph.
package enum CorenessKernel {
    /// The largest k such that the node belongs to a subnetwork where everyone has ≥ k ties.
    /// Tie strength is ignored; isolates have coreness 0.
    /// - Returns: shape `[n]`, node-index order.
    /// - Complexity: O(n + m) time; 24 n bytes.
    package static func compute(_ adjacency: CSRGraph) -> [Int] { compute(CombinedNetwork(adjacency)) }
}

extension CorenessKernel {
    /// Coreness on a ``CombinedNetwork``: the same bin-sort, enumerating each removed
    /// node's distinct neighbours (co-offenders and group mates) with a marker array.
    /// - Complexity: O(n + m_co + Σ_g n_g²) time — each clique is walked from each member once —
    ///   and O(n) extra memory.
    package static func compute(_ network: CombinedNetwork) -> [Int] {
        let n = network.nodeCount
        guard n > 0 else { return [] }
        let co = network.coOffending
        var degree = network.degree.map { Int32($0) }
        let maxDegree = Int(degree.max() ?? 0)
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[Int(d) + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int32](repeating: 0, count: n)
        var vertices = [Int32](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            let p = fill[Int(degree[v])]
            position[v] = Int32(p); vertices[p] = Int32(v); fill[Int(degree[v])] += 1
        }
        var marker = [Int32](repeating: -1, count: n)
        func lower(_ u: Int, below v: Int) {
            guard marker[u] != Int32(v) else { return }
            marker[u] = Int32(v)
            guard degree[u] > degree[v] else { return }
            let du = Int(degree[u]), pu = Int(position[u])
            let pw = binStart[du], w = Int(vertices[pw])
            if u != w {
                position[u] = Int32(pw); vertices[pu] = Int32(w)
                position[w] = Int32(pu); vertices[pw] = Int32(u)
            }
            binStart[du] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = Int(vertices[i])
            marker[v] = Int32(v)
            for u in co.neighbors(of: v) { lower(Int(u), below: v) }
            for t in network.nodeGroupStart[v]..<network.nodeGroupStart[v + 1] {
                let g = Int(network.nodeGroups[t])
                for j in network.groupStart[g]..<network.groupStart[g + 1] { lower(Int(network.groupNodes[j]), below: v) }
            }
        }
        return degree.map(Int.init)
    }
}
