import FocusNetGraph

/// PageRank (Brin & Page 1998, doi:10.1016/S0169-7552(98)00110-X) on the undirected weighted
/// network, by igraph's PRPACK solver, or, on networks of ``CentralityKernels/minimumNodes`` or
/// more, by FocusNet's parallel power iteration (same values within 1e-9; igraph stays the oracle
/// in the tests).
public enum PageRank {
    /// PageRank of every node with transition probabilities proportional to tie **strength**;
    /// uniform teleportation; an isolated node's mass is spread uniformly. Values sum to 1.
    ///
    /// Tie weights are read as **strengths**: a walker at j moves to neighbour i with probability
    /// d · w_ij / s_j, s_j the strength of j.
    ///
    /// - Parameters:
    ///   - graph: the undirected network of n people and m ties.
    ///   - damping: d, the probability of following a tie (default 0.85).
    ///   - weighted: `false` ignores tie strength (every tie 1).
    ///   - engine: igraph or FocusNet's power-iteration kernel; by default by network size.
    /// - Returns: shape `[n]`, node-index order; a probability distribution (unitless, sums to
    ///   1); empty for an empty network.
    /// - Throws: ``IGraphError`` from igraph (e.g. `.outOfMemory`); the kernel does not throw.
    /// - Complexity: O(n + m) per iteration (the kernel stops at an L1 change below 1e-12,
    ///   about 170 iterations at d = 0.85); O(n + m) memory.
    public static func compute(_ graph: WeightedGraph, damping: Double = 0.85, weighted: Bool = true,
                               engine: CentralityEngine = .automatic) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        if engine.usesKernels(nodeCount: graph.nodeCount) {
            return PageRankKernel.compute(Adjacency(graph), damping: damping, weighted: weighted)
        }
        return try IGraphNetwork(graph).pageRank(weights: weighted ? graph.weights : nil, damping: damping)
    }
}
