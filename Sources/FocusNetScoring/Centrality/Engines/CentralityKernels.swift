/// When the centralities run on FocusNet's own kernels instead of igraph.
///
/// Below ``minimumNodes`` igraph (0.10, the reference implementation these kernels are tested
/// against) computes every measure in well under a second (exact weighted betweenness of a few
/// thousand nodes in about a second), so it stays in charge there. Above it the
/// kernels take over: they share one CSR ``FocusNetGraph/Adjacency`` instead of copying the
/// network into an `igraph_t` for every call, run in parallel (igraph here is built without
/// thread safety and runs behind one lock), and replace ARPACK's and Brandes' single-core runs
/// that dominated the state-scale profile (see docs/performance.md, "Whole pipeline vs the reference pipelines").
public enum CentralityKernels {
    /// Networks with at least this many nodes use the kernels.
    public static let minimumNodes = 5_000
}

/// Which implementation computes a centrality.
public enum CentralityEngine: Sendable, Equatable {
    /// igraph below ``CentralityKernels/minimumNodes`` nodes, the kernels from there on.
    case automatic
    /// Always igraph — the reference the kernels are checked against.
    case igraph
    /// Always FocusNet's kernels.
    case kernels

    func usesKernels(nodeCount: Int) -> Bool {
        switch self {
        case .automatic: nodeCount >= CentralityKernels.minimumNodes
        case .igraph: false
        case .kernels: true
        }
    }
}
