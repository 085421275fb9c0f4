import FocusNetGraph

/// PageRank (Brin & Page 1998) on the undirected weighted network, by igraph's PRPACK solver, or,
/// on networks of ``CentralityKernels/minimumNodes`` or more, by FocusNet's parallel power
/// iteration ``PageRankKernel`` (same values within 1e-9; igraph stays the oracle in the tests).
public enum PageRank {
    /// PageRank of every node with transition probabilities proportional to tie **strength**;
    /// uniform teleportation; an isolated node's mass is spread uniformly. Values sum to 1.
    ///
    /// - Parameters:
    ///   - damping: probability of following a tie (default 0.85).
    ///   - weighted: `false` ignores tie strength.
    ///   - engine: igraph or FocusNet's ``PageRankKernel``; by default by network size.
    /// - Returns: shape `[n]`, node-index order; a probability distribution.
    /// - Throws: ``IGraphError``.
    /// - Complexity: O(n + m) per iteration; O(n + m) memory.
    public static func compute(_ graph: WeightedGraph, damping: Double = 0.85, weighted: Bool = true,
                               engine: CentralityEngine = .automatic) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        if engine.usesKernels(nodeCount: graph.nodeCount) {
            return PageRankKernel.compute(CSRGraph(Adjacency(graph)), damping: damping, weighted: weighted)
        }
        return try IGraphNetwork(graph).pageRank(weights: weighted ? graph.weights : nil, damping: damping)
    }
}
