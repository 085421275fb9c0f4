import FocusNetGraph

/// k-core number (Seidman 1983), by Batagelj & Zaversnik's O(m) algorithm in igraph.
public enum Coreness {
    /// The largest k such that the node belongs to a subnetwork where everyone has ≥ k ties.
    /// Tie strength is ignored. Isolates have coreness 0.
    /// - Returns: shape `[n]`, node-index order.
    /// - Throws: ``IGraphError``.
    /// - Complexity: O(n + m).
    public static func compute(_ graph: WeightedGraph) throws -> [Int] {
        guard graph.nodeCount > 0 else { return [] }
        return try IGraphNetwork(graph).coreness()
    }
}
