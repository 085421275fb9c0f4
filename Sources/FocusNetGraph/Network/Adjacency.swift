/// Compressed sparse row (CSR) adjacency of a ``WeightedGraph``: the neighbours of node v are
/// `neighbors[offsets[v] ..< offsets[v + 1]]`, in increasing order, with their tie weights.
///
/// - Complexity: built in O(n + m); memory n + 1 offsets, 2m neighbours and 2m weights.
public struct Adjacency: Sendable {
    public let offsets: [Int]
    public let neighbors: [Int32]
    public let weights: [Double]

    public var nodeCount: Int { offsets.count - 1 }

    public init(_ graph: WeightedGraph) {
        var offsets = [Int](repeating: 0, count: graph.nodeCount + 1)
        for e in 0..<graph.tieCount {
            offsets[Int(graph.sources[e]) + 1] += 1
            offsets[Int(graph.targets[e]) + 1] += 1
        }
        for v in 0..<graph.nodeCount { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var neighbors = [Int32](repeating: 0, count: 2 * graph.tieCount)
        var weights = [Double](repeating: 0, count: 2 * graph.tieCount)
        // Ties are sorted by (source, target), so each node's list comes out sorted: first the
        // smaller neighbours (as targets of earlier sources), then the larger ones.
        for e in 0..<graph.tieCount {
            let a = Int(graph.sources[e]), b = Int(graph.targets[e])
            neighbors[fill[b]] = Int32(a); weights[fill[b]] = graph.weights[e]; fill[b] += 1
        }
        for e in 0..<graph.tieCount {
            let a = Int(graph.sources[e]), b = Int(graph.targets[e])
            neighbors[fill[a]] = Int32(b); weights[fill[a]] = graph.weights[e]; fill[a] += 1
        }
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The neighbours of `node`, increasing.
    public func neighbors(of node: Int) -> ArraySlice<Int32> { neighbors[offsets[node]..<offsets[node + 1]] }
}
