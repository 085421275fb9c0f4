import FocusNetGraph

/// PageRank (Brin & Page 1998) of an undirected weighted network by power iteration, on FocusNet's
/// compressed sparse row graph or on a ``CombinedNetwork``, parallel over blocks of rows.
///
/// Same definition as igraph's PRPACK solver used by ``PageRank``: a walker at j follows the
/// tie j–i with probability d · w_ij / s_j (s_j = strength of j); with probability 1 − d, and
/// always from an isolated node, it jumps to a node chosen uniformly. Values sum to 1.
///
/// Measured: igraph's PRPACK needs the network copied into an `igraph_t` and runs on one core
/// behind FocusNet's igraph lock; with large groups (a 141M-tie simulated state network) the copy
/// alone would not fit a 3 GB budget (see docs/performance.md).
///
/// Determinism: each value is summed by one thread in a fixed order, and the block sums
/// (isolated mass, change) are added in block order, so results do not depend on timing.
package enum PageRankKernel {
    static let blockCount = 16

    /// - Parameters:
    ///   - damping: d, the probability of following a tie (0.85).
    ///   - weighted: `false` treats every tie as 1.
    ///   - tolerance: stops when the L1 change of one iteration is below it; the L1 error is then
    ///     below tolerance · d / (1 − d) (default 1e-12 → error < 6e-12).
    ///   - maxIterations: safety cap (0.85^k: 1e-12 needs about 170 iterations).
    /// - Returns: shape `[n]`, node-index order; a probability distribution.
    /// - Precondition: 0 ≤ `damping` < 1 (then the iteration contracts by `damping` each step and
    ///   reaches any tolerance long before `maxIterations`).
    /// - Complexity: O(n + m) per iteration; memory 4 arrays of 8 n bytes.
    package static func compute(_ graph: CSRGraph, damping: Double = 0.85, weighted: Bool = true,
                               tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        compute(operator: CSROperator(graph, weighted: weighted), damping: damping, tolerance: tolerance,
                maxIterations: maxIterations)
    }

    /// The same on any ``WeightedOperator`` (e.g. a ``CombinedNetwork``).
    /// - Complexity: one product per iteration.
    package static func compute<Operator: WeightedOperator>(operator a: Operator, damping: Double = 0.85,
                                                           tolerance: Double = 1e-12, maxIterations: Int = 10_000) -> [Double] {
        precondition((0..<1).contains(damping), "damping must be in [0, 1)")
        let n = a.nodeCount
        guard n > 0 else { return [] }
        let inverseStrength = a.strengths().map { $0 > 0 ? 1 / $0 : 0 }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var product = [Double](repeating: 0, count: n)
        var scaled = [Double](repeating: 0, count: n)
        let blocks = min(blockCount, n)
        var blockSums = [Double](repeating: 0, count: blocks)
        for _ in 0..<maxIterations {
            // y_j = x_j / s_j, and the mass sitting on isolated nodes.
            var isolatedMass = 0.0
            for j in 0..<n {
                if inverseStrength[j] > 0 { scaled[j] = x[j] * inverseStrength[j] } else { scaled[j] = 0; isolatedMass += x[j] }
            }
            a.multiply(scaled, into: &product, rows: nil)
            let base = (1 - damping) / Double(n) + damping * isolatedMass / Double(n)
            x.withUnsafeMutableBufferPointer { x in
                product.withUnsafeBufferPointer { product in
                    blockSums.withUnsafeMutableBufferPointer { sums in
                        DeterministicParallel.forEach(chunks: blocks) { block in
                            var change = 0.0
                            for i in DeterministicParallel.range(of: block, count: n, chunks: blocks) {
                                let value = base + damping * product[i]
                                change += abs(value - x[i])
                                x[i] = value
                            }
                            sums[block] = change
                        }
                    }
                }
            }
            if blockSums.reduce(0, +) < tolerance { break }
        }
        let total = x.reduce(0, +)
        return x.map { $0 / total }
    }
}
