import FocusNetGraph

/// Hop-count betweenness that is exact outside the largest component and estimated inside it
/// from sources sampled in that component only.
///
/// Brandes & Pich (2007) sampling draws sources from all n nodes; a source outside the largest
/// component contributes nothing to the nodes inside it, and the small components are cheap to
/// compute exactly (Σ_c n_c (n_c + m_c)). Sampling k sources from the largest component's n_L
/// nodes and scaling by n_L / k is unbiased for its nodes (each pair inside it counted once,
/// as in ``BrandesKernel``), with the variance of a uniform sample n / n_L times as large — and the
/// other nodes get exact values.
///
/// The sources' dependencies are linearly scaled (Geisberger,
/// Sanders & Schultes 2008; see ``GroupBrandesKernel/betweenness(_:sources:linearScaling:)``):
/// still unbiased, and without the spikes a sampled source gives its own neighbours.
package enum ComponentSampledBetweenness {
    /// The estimate and its make-up.
    package struct Result: Sendable {
        /// Shape `[n]`, node-index order; units: pairs (comparable to exact betweenness).
        package var values: [Double]
        /// Nodes of the largest component (sampled) and sources drawn in it.
        package var largestComponentSize: Int
        package var sampledSources: Int
        /// Nodes whose value is exact (every node outside the largest component).
        package var exactNodes: Int
    }

    /// - Parameters:
    ///   - samples: sources drawn without replacement from the largest component (all of it when
    ///     it has no more nodes than that: the result is then exact).
    ///   - seed: seed of the draw (``SplitMix64``).
    /// - Complexity: O(Σ_c n_c (n_c + m_c)) over the small components plus O(k (n_L + m_L)).
    package static func compute(_ graph: CSRGraph, samples: Int, seed: UInt64) -> Result {
        compute(nodeCount: graph.nodeCount, largest: ComponentsKernel.largest(graph), samples: samples, seed: seed) {
            BrandesKernel.betweenness(graph, sources: $0, linearScaling: true)
        }
    }

    /// The same on a ``CombinedNetwork`` (by ``GroupBrandesKernel``).
    package static func compute(_ network: CombinedNetwork, samples: Int, seed: UInt64) -> Result {
        compute(nodeCount: network.nodeCount, largest: ComponentsKernel.largest(network), samples: samples, seed: seed) {
            GroupBrandesKernel.betweenness(network, sources: $0, linearScaling: true)
        }
    }

    /// The same with any betweenness kernel, given as a function of its sources (which must apply
    /// linear scaling when sampling, to keep the guarantees above).
    static func compute(nodeCount n: Int, largest: [Int], samples: Int, seed: UInt64,
                        betweenness: ([Int]) -> [Double]) -> Result {
        precondition(samples >= 1, "at least one source")
        guard n > 0 else { return Result(values: [], largestComponentSize: 0, sampledSources: 0, exactNodes: 0) }
        var inLargest = [Bool](repeating: false, count: n)
        for v in largest { inLargest[v] = true }
        let others = (0..<n).filter { !inLargest[$0] }
        var weight = [Double](repeating: 1, count: n)
        let sampled: [Int]
        if samples < largest.count {
            var generator = SplitMix64(seed: seed)
            sampled = generator.sample(samples, from: largest.count).map { largest[$0] }
            let scale = Double(largest.count) / Double(samples)
            for v in largest { weight[v] = scale }
        } else {
            sampled = largest
        }
        // Two calls, so that each is cut into balanced chunks: the few expensive searches of the
        // largest component would otherwise all land in the last chunk, on one core.
        var values = betweenness(others)
        let inside = betweenness(sampled)
        for v in 0..<n { values[v] = values[v] + inside[v] * weight[v] }
        return Result(values: values, largestComponentSize: largest.count, sampledSources: sampled.count,
                      exactNodes: others.count)
    }
}
