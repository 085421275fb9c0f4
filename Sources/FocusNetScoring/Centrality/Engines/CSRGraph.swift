import FocusNetGraph

/// An undirected weighted network in compressed sparse row form — the input of every kernel.
///
/// The neighbours of v are `neighbors[offsets[v] ..< offsets[v + 1]]`, increasing, with their tie
/// weights; each tie appears in both rows. Same layout as ``FocusNetGraph/Adjacency``, from which
/// it is made without copying (arrays share storage), and what ``ProjectionKernel`` builds
/// directly from records.
///
/// - Complexity: memory 8 (n + 1) + 24 m bytes for n nodes and m ties.
package struct CSRGraph: Sendable {
    package let offsets: [Int]
    package let neighbors: [Int32]
    package let weights: [Double]

    package var nodeCount: Int { offsets.count - 1 }
    /// Number of ties m (each stored twice).
    package var tieCount: Int { neighbors.count / 2 }

    /// The same network as `adjacency` (shares its arrays).
    package init(_ adjacency: Adjacency) {
        offsets = adjacency.offsets
        neighbors = adjacency.neighbors
        weights = adjacency.weights
    }

    /// - Precondition: `offsets` starts at 0, is non-decreasing and ends at `neighbors.count`;
    ///   `weights` has one entry per neighbour.
    package init(offsets: [Int], neighbors: [Int32], weights: [Double]) {
        precondition(offsets.first == 0 && offsets.last == neighbors.count && weights.count == neighbors.count,
                     "inconsistent CSR arrays")
        self.offsets = offsets
        self.neighbors = neighbors
        self.weights = weights
    }

    /// The neighbours of `node`, increasing.
    package func neighbors(of node: Int) -> ArraySlice<Int32> { neighbors[offsets[node]..<offsets[node + 1]] }

    /// Distinct neighbours of each node. Shape `[n]`.
    package func degrees() -> [Int] { (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] } }

    /// Sum of tie weights of each node, in neighbour order (Barrat et al. 2004). Shape `[n]`.
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
