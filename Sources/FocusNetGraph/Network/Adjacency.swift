/// Compressed sparse row (CSR) adjacency of a ``WeightedGraph``: the neighbours of node v are
/// `neighbors[offsets[v] ..< offsets[v + 1]]`, in increasing order, with their tie weights.
///
/// Each undirected tie of the graph appears twice, once in the row of each end, with the same
/// weight (a strength, as in ``WeightedGraph``). Build it once and pass it to the measures that
/// accept one, so they share it instead of each building their own.
///
/// - Complexity: built in O(n + m); memory n + 1 offsets, 2m neighbours and 2m weights.
public struct Adjacency: Sendable {
    /// Row starts: node v's entries are at `offsets[v] ..< offsets[v + 1]`. Shape `[n + 1]`,
    /// `offsets[0] == 0`, `offsets[n] == 2m`.
    public let offsets: [Int]
    /// Neighbour node indices, row by row, increasing within a row. Shape `[2m]`.
    public let neighbors: [Int32]
    /// Tie weight of each entry of ``neighbors`` (same position). Shape `[2m]`.
    public let weights: [Double]

    /// n, the number of nodes (isolates included).
    /// - Complexity: O(1).
    public var nodeCount: Int { offsets.count - 1 }
    /// m, the number of ties (each stored twice).
    /// - Complexity: O(1).
    public var tieCount: Int { neighbors.count / 2 }

    /// From CSR arrays already laid out as documented above.
    /// - Precondition: `offsets` starts at 0, is non-decreasing and ends at `neighbors.count`;
    ///   `weights` has one entry per neighbour.
    package init(offsets: [Int], neighbors: [Int32], weights: [Double]) {
        precondition(offsets.first == 0 && offsets.last == neighbors.count && weights.count == neighbors.count,
                     "inconsistent CSR arrays")
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The same ties with every weight times `factor`.
    /// - Precondition: `factor` > 0 and finite (a tie's weight stays > 0).
    /// - Complexity: O(m); shares the offsets and neighbours.
    package func scaled(by factor: Double) -> Adjacency {
        precondition(factor > 0 && factor.isFinite, "a layer weight must be > 0 to scale ties")
        return Adjacency(offsets: offsets, neighbors: neighbors, weights: weights.map { $0 * factor })
    }

    /// The adjacency of `graph`, node indices unchanged.
    /// - Complexity: O(n + m) time and memory.
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

    /// The neighbours of `node` (in `0..<n`), increasing.
    /// - Complexity: O(1); the slice shares ``neighbors``' storage.
    public func neighbors(of node: Int) -> ArraySlice<Int32> { neighbors[offsets[node]..<offsets[node + 1]] }

    /// The weight of the tie between `a` and `b`; 0 when they are not tied.
    /// - Complexity: O(log d_a): a row is sorted.
    public func weight(_ a: Int, _ b: Int) -> Double {
        var low = offsets[a], high = offsets[a + 1]
        while low < high {
            let mid = (low + high) / 2
            if Int(neighbors[mid]) < b { low = mid + 1 } else { high = mid }
        }
        return low < offsets[a + 1] && Int(neighbors[low]) == b ? weights[low] : 0
    }

    /// Distinct neighbours of each node. Shape `[n]`. - Complexity: O(n).
    package func degrees() -> [Int] { (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] } }

    /// Sum of tie weights of each node, in neighbour order (Barrat et al. 2004). Shape `[n]`.
    /// - Complexity: O(n + m).
    package func strengths() -> [Double] {
        weights.withUnsafeBufferPointer { w in
            (0..<nodeCount).map { v in
                var s = 0.0
                for e in offsets[v]..<offsets[v + 1] { s += w[e] }
                return s
            }
        }
    }
}
