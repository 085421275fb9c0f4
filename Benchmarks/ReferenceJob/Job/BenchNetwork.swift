import FocusNetGraph
import FocusNetScoring

/// The reference job's network (``BenchRanking/projection(_:asOf:)``, group cliques kept implicit)
/// with each stage of ``BenchRanking`` callable on its own — for timing the stages one by one
/// (Benchmarks/PipelineBenchmarks) without exposing FocusNet's kernels.
///
/// Unlike ``BenchRanking`` the network is **not** renumbered in breadth-first order: nodes are
/// the persons with an arrest or a membership seen before D, in person-id order, and every
/// per-node array has shape `[n]` in that order. The values are those of the kernels the job
/// runs; nothing dated on or after D is read.
public struct BenchNetwork: Sendable {
    let network: CombinedNetwork

    /// Projects `records` as of `asOf` and compresses the group cliques.
    /// - Complexity: O(r + P + m_co + Σ_g n_g) for r arrest rows, P persons, m_co co-offending
    ///   ties and n_g members per group; memory O(n + m_co + Σ_g n_g), never O(Σ_g n_g²).
    public init(records: RecordSet, asOf: CalendarDay) {
        network = CombinedNetwork(BenchRanking.projection(records, asOf: asOf))
    }

    /// n: the nodes of the network.
    public var nodeCount: Int { network.nodeCount }

    /// PageRank with transition probabilities proportional to tie strength (Brin & Page 1998,
    /// doi:10.1016/S0169-7552(98)00110-X), power iteration to an L1 change below 1e-12.
    /// - Returns: shape `[n]`, node order; a probability distribution.
    /// - Precondition: 0 ≤ `damping` < 1.
    /// - Complexity: O(n + m_co + Σ_g n_g) per iteration.
    public func pageRank(damping: Double = 0.85) -> [Double] {
        PageRankKernel.compute(operator: network, damping: damping)
    }

    /// The nodes of the largest connected component, increasing (ties: the component holding the
    /// smallest node).
    /// - Complexity: O(n + m_co + Σ_g n_g).
    public func largestComponent() -> [Int] { ComponentsKernel.largest(network) }

    /// Eigenvector centrality (Bonacich 1987, doi:10.1086/228631) of `component` by restarted
    /// Lanczos, tie weights as strengths, scaled so its maximum is 1; 0 outside `component`.
    /// Stops at a relative residual of 1e-11 or after 100,000 products, whichever comes first.
    /// - Parameter component: node indices of one connected component, increasing
    ///   (``largestComponent()``).
    /// - Returns: shape `[n]`, node order, and the matrix–vector products it took.
    /// - Complexity: O(n_c + m_c) per product; memory O(b n_c + n) for a basis of b vectors.
    public func eigenvector(component: [Int]) -> (values: [Double], products: Int) {
        let result = EigenvectorKernel.compute(operator: network, component: component)
        return (result.values, result.products)
    }

    /// k-core numbers (Seidman 1983, doi:10.1016/0378-8733(83)90028-X; Batagelj & Zaversnik
    /// 2003, arXiv:cs/0310049), tie strength ignored.
    /// - Returns: shape `[n]`, node order; units: ties.
    /// - Complexity: O(n + m_co + Σ_g n_g²).
    public func coreness() -> [Int] { CorenessKernel.compute(network) }

    /// Hop-count betweenness (Brandes 2001, doi:10.1080/0022250X.2001.9990249) from `sources`:
    /// Σ over the sources s of ½ δ_s(v) — exact with every node as a source; **not** rescaled by
    /// n / |sources| (Brandes & Pich 2007, doi:10.1142/S0218127407018403, for the estimate).
    /// - Parameter sources: source nodes; `nil` means all (exact).
    /// - Returns: shape `[n]`, node order; units: pairs.
    /// - Complexity: O(s (n + m_co + Σ_g n_g + overlaps)) for s sources.
    public func betweenness(sources: [Int]? = nil) -> [Double] {
        GroupBrandesKernel.betweenness(network, sources: sources)
    }

    /// Exposure to `victims`: Σ over victims v ≠ u of 1 at one hop and 0.5 at two, no recency
    /// weighting (the reference job's definition).
    /// - Parameter victims: distinct victim nodes.
    /// - Returns: shape `[n]`, node order; units: victims weighted by distance.
    /// - Complexity: O(Σ_v (|ball₁(v)| + ties and group members scanned from it)).
    public func exposure(victims: [Int]) -> [Double] { ExposureKernel.compute(network, victims: victims) }
}
