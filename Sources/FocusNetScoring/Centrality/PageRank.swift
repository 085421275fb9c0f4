import FocusNetGraph

/// PageRank (Brin & Page 1998) on the undirected weighted network, by igraph's PRPACK solver.
public enum PageRank {
    /// PageRank of every node with transition probabilities proportional to tie **strength**;
    /// uniform teleportation; an isolated node's mass is spread uniformly. Values sum to 1.
    ///
    /// - Parameters:
    ///   - damping: probability of following a tie (default 0.85).
    ///   - weighted: `false` ignores tie strength.
    /// - Returns: shape `[n]`, node-index order; a probability distribution.
    /// - Throws: ``IGraphError``.
    /// - Complexity: O(n + m) per iteration; O(n + m) memory.
    public static func compute(_ graph: WeightedGraph, damping: Double = 0.85, weighted: Bool = true) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        return try IGraphNetwork(graph).pageRank(weights: weighted ? graph.weights : nil, damping: damping)
    }
}
