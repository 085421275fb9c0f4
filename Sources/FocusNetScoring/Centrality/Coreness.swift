import FocusNetGraph

/// k-core number (Seidman 1983, doi:10.1016/0378-8733(83)90028-X), by Batagelj & Zaversnik's
/// O(m) bin-sort algorithm (2003, arXiv:cs/0310049) in igraph.
public enum Coreness {
    /// The largest k such that the node belongs to a subnetwork where everyone has ≥ k ties.
    /// Tie strength is ignored (every tie counts 1); not normalized. Isolates have coreness 0.
    /// - Returns: shape `[n]`, node-index order; units: ties (a count); empty for an empty network.
    /// - Throws: ``IGraphError`` from igraph (e.g. `.outOfMemory`).
    /// - Complexity: O(n + m) time and memory for n nodes and m ties.
    public static func compute(_ graph: WeightedGraph) throws -> [Int] {
        guard graph.nodeCount > 0 else { return [] }
        return try IGraphNetwork(graph).coreness()
    }
}
