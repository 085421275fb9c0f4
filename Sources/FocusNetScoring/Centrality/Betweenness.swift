import FocusNetGraph

/// Betweenness centrality (Freeman 1977), computed by Brandes' algorithm (2001) in igraph.
public enum Betweenness {
    /// How shortest paths are measured.
    public enum PathLength: Sendable, Equatable {
        /// Tie length = 1 / strength: people who share many arrests are close (Opsahl et al. 2010).
        case inverseStrength
        /// Every tie has length 1 (hop count).
        case hops
    }

    /// Betweenness of every node: Σ over unordered pairs {s, t} (s, t ≠ v) of σ_st(v) / σ_st,
    /// the share of shortest s–t paths through v. Not normalized; divide by (n−1)(n−2)/2 for
    /// the share of pairs.
    ///
    /// - Parameters:
    ///   - length: tie length; default ``PathLength/inverseStrength``.
    ///   - sources: when given, only paths from these source nodes count (Brandes & Pich 2007
    ///     sampling); the result is **not** rescaled here.
    /// - Returns: shape `[n]`, node-index order; units: pairs (a count of path shares).
    /// - Throws: ``IGraphError`` (e.g. `.outOfMemory`).
    /// - Complexity: O(n m + n² log n) time weighted, O(n m) hop-count; O(n + m) memory.
    ///   With s sources: O(s m + s n log n).
    public static func compute(
        _ graph: WeightedGraph, length: PathLength = .inverseStrength, sources: [Int]? = nil
    ) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        let lengths: [Double]? = length == .hops ? nil : graph.weights.map { 1 / $0 }
        return try IGraphNetwork(graph).betweenness(lengths: lengths, sources: sources)
    }
}
