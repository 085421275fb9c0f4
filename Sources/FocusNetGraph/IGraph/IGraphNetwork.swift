internal import CIGraph

/// A ``WeightedGraph`` loaded into igraph once, for the centralities FocusNetScoring asks of it.
///
/// Every method takes igraph's lock for its whole duration and returns plain Swift arrays in
/// node-index order. Weight semantics are the caller's: pass *lengths* to shortest-path measures
/// and *strengths* to spectral ones.
package final class IGraphNetwork {
    package let nodeCount: Int
    /// Seeds igraph's random number generator before every call, so stochastic steps (ARPACK's
    /// start vector, sampled sources) repeat exactly from run to run.
    package let seed: UInt64
    private let graph: IGraphGraph

    /// - Throws: ``IGraphError`` if igraph cannot build the graph (e.g. out of memory).
    package init(_ network: WeightedGraph, seed: UInt64 = 42) throws {
        nodeCount = network.nodeCount
        self.seed = seed
        graph = try IGraphRuntime.run("igraph_create") {
            try IGraphGraph(nodeCount: network.nodeCount, sources: network.sources, targets: network.targets, "igraph_create")
        }
    }

    /// Brandes betweenness (undirected, each unordered pair once, not normalized).
    /// - Parameters:
    ///   - lengths: per-tie length in tie order, or `nil` for hop counts.
    ///   - sources: sample of source nodes for `igraph_betweenness_subset`, or `nil` for all.
    package func betweenness(lengths: [Double]?, sources: [Int]? = nil) throws -> [Double] {
        let op = sources == nil ? "igraph_betweenness" : "igraph_betweenness_subset"
        return try IGraphRuntime.run(op) {
            let result = try IGraphRealVector(count: nodeCount, op)
            let weights = try lengths.map { try IGraphRealVector($0, op) }
            try withOptionalPointer(weights) { w in
                if let sources {
                    let ids = try IGraphIntVector(sources, op)
                    try IGraphRuntime.check(
                        igraph_betweenness_subset(
                            &graph.raw, &result.raw, igraph_vss_all(), false,
                            igraph_vss_vector(&ids.raw), igraph_vss_all(), w), op)
                } else {
                    try IGraphRuntime.check(igraph_betweenness(&graph.raw, &result.raw, igraph_vss_all(), false, w), op)
                }
            }
            return result.array
        }
    }

    /// PageRank by PRPACK; dangling (isolated) nodes teleport uniformly. Sums to 1.
    package func pageRank(weights: [Double]?, damping: Double) throws -> [Double] {
        let op = "igraph_pagerank"
        return try IGraphRuntime.run(op) {
            let result = try IGraphRealVector(count: nodeCount, op)
            let w = try weights.map { try IGraphRealVector($0, op) }
            var value = 0.0
            try withOptionalPointer(w) { wp in
                try IGraphRuntime.check(
                    igraph_pagerank(
                        &graph.raw, IGRAPH_PAGERANK_ALGO_PRPACK, &result.raw, &value, igraph_vss_all(),
                        false, damping, wp, nil), op)
            }
            return result.array
        }
    }

    /// Eigenvector centrality by ARPACK, scaled so the maximum is 1.
    package func eigenvector(weights: [Double]?) throws -> [Double] {
        let op = "igraph_eigenvector_centrality"
        return try IGraphRuntime.run(op) {
            try IGraphRuntime.seed(seed, operation: op)
            let result = try IGraphRealVector(count: nodeCount, op)
            let w = try weights.map { try IGraphRealVector($0, op) }
            var value = 0.0
            var options = igraph_arpack_options_t()
            igraph_arpack_options_init(&options)
            try withOptionalPointer(w) { wp in
                try IGraphRuntime.check(
                    igraph_eigenvector_centrality(&graph.raw, &result.raw, &value, false, true, wp, &options), op)
            }
            return result.array
        }
    }

    /// k-core number of each node (Batagelj & Zaversnik 2003), unweighted.
    package func coreness() throws -> [Int] {
        let op = "igraph_coreness"
        return try IGraphRuntime.run(op) {
            let result = try IGraphIntVector(count: nodeCount, op)
            try IGraphRuntime.check(igraph_coreness(&graph.raw, &result.raw, IGRAPH_ALL), op)
            return result.array
        }
    }

    /// Connected-component label of each node (labels `0..<k` in igraph's order).
    package func componentMembership() throws -> [Int] {
        let op = "igraph_connected_components"
        return try IGraphRuntime.run(op) {
            let membership = try IGraphIntVector(count: nodeCount, op)
            let sizes = try IGraphIntVector(count: 0, op)
            var count: igraph_integer_t = 0
            try IGraphRuntime.check(
                igraph_connected_components(&graph.raw, &membership.raw, &sizes.raw, &count, IGRAPH_WEAK), op)
            return membership.array
        }
    }

    private func withOptionalPointer<R>(
        _ vector: IGraphRealVector?, _ body: (UnsafePointer<igraph_vector_t>?) throws -> R
    ) rethrows -> R {
        if let vector { return try withUnsafePointer(to: &vector.raw) { try body($0) } }
        return try body(nil)
    }
}
