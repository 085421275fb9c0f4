import FocusNetGraph

/// A symmetric non-negative matrix A (the weighted adjacency of a network) that can multiply
/// a vector: what PageRank and eigenvector iterations need, whether the ties are stored one by
/// one (``CSRGraph``) or group cliques are kept implicit (``CombinedNetwork``).
package protocol WeightedOperator: Sendable {
    var nodeCount: Int { get }
    /// Sum of each node's tie weights (row sums of A). Shape `[n]`.
    func strengths() -> [Double]
    /// y_i = Σ_j A_ij x_j for every i in `rows` (all nodes when `nil`); other entries of `y` are
    /// left alone. Deterministic: no result depends on thread timing.
    /// - Precondition: `x` and `y` have `nodeCount` entries; when `rows` is given, A_ij = 0 for
    ///   i in `rows` and j outside it (a union of components).
    func multiply(_ x: [Double], into y: inout [Double], rows: [Int]?)
}

/// ``CSRGraph`` as an operator, optionally ignoring tie weights (every tie 1).
package struct CSROperator: WeightedOperator {
    package let graph: CSRGraph
    package let weighted: Bool

    package init(_ graph: CSRGraph, weighted: Bool = true) {
        self.graph = graph
        self.weighted = weighted
    }

    package var nodeCount: Int { graph.nodeCount }

    package func strengths() -> [Double] { weighted ? graph.strengths() : graph.degrees().map(Double.init) }

    package func multiply(_ x: [Double], into y: inout [Double], rows: [Int]?) {
        let weighted = weighted
        graph.offsets.withUnsafeBufferPointer { offsets in
            graph.neighbors.withUnsafeBufferPointer { neighbors in
                graph.weights.withUnsafeBufferPointer { weights in
                    x.withUnsafeBufferPointer { x in
                        y.withUnsafeMutableBufferPointer { y in
                            DeterministicParallel.forEachRow(rows, count: nodeCount) { i in
                                var sum = 0.0
                                if weighted {
                                    for e in offsets[i]..<offsets[i + 1] { sum += weights[e] * x[Int(neighbors[e])] }
                                } else {
                                    for e in offsets[i]..<offsets[i + 1] { sum += x[Int(neighbors[e])] }
                                }
                                y[i] = sum
                            }
                        }
                    }
                }
            }
        }
    }
}
