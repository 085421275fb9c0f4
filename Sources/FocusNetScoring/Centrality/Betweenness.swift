import FocusNetGraph

/// Betweenness centrality (Freeman 1977, doi:10.2307/3033543), computed by Brandes' algorithm
/// (2001, doi:10.1080/0022250X.2001.9990249) — in igraph, or, on networks of
/// ``CentralityKernels/minimumNodes`` or more, in FocusNet's parallel kernels (hop counts and
/// tie lengths) — same values; igraph stays the oracle in the tests.
///
/// Tie weights are read as **distances**: with ``PathLength/inverseStrength`` a tie of strength
/// w has length 1/w, so people who share many arrests are close (Opsahl, Agneessens & Skvoretz
/// 2010, doi:10.1016/j.socnet.2010.03.006); with ``PathLength/hops`` strength is ignored.
public enum Betweenness {
    /// How shortest paths are measured.
    public enum PathLength: Sendable, Equatable {
        /// Tie length = 1 / strength: people who share many arrests are close (Opsahl, Agneessens
        /// & Skvoretz 2010, doi:10.1016/j.socnet.2010.03.006).
        case inverseStrength
        /// Every tie has length 1 (hop count).
        case hops
    }

    /// Betweenness of every node: Σ over unordered pairs {s, t} (s, t ≠ v) of σ_st(v) / σ_st,
    /// the share of shortest s–t paths through v, shortest by tie **length** (a distance, see
    /// ``PathLength``). Not normalized; divide by (n−1)(n−2)/2 for the share of pairs.
    ///
    /// - Parameters:
    ///   - graph: the undirected network of n people and m ties.
    ///   - length: tie length; default ``PathLength/inverseStrength``.
    ///   - sources: when given, only paths from these source nodes count (Brandes & Pich 2007,
    ///     doi:10.1142/S0218127407018403, sampling); the result is **not** rescaled here.
    ///   - engine: igraph or FocusNet's kernels; by default by network size.
    /// - Returns: shape `[n]`, node-index order; units: pairs (a count of path shares); an empty
    ///   array for an empty network.
    /// - Throws: ``IGraphError`` (e.g. `.outOfMemory`) from igraph; the kernels do not throw.
    /// - Complexity: O(n m + n² log n) time weighted, O(n m) hop-count; O(n + m) memory.
    ///   With s sources: O(s m + s n log n).
    public static func compute(
        _ graph: WeightedGraph, length: PathLength = .inverseStrength, sources: [Int]? = nil,
        engine: CentralityEngine = .automatic
    ) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        if engine.usesKernels(nodeCount: graph.nodeCount) {
            return kernel(Adjacency(graph), length: length)(sources)
        }
        let lengths: [Double]? = length == .hops ? nil : graph.weights.map { 1 / $0 }
        return try IGraphNetwork(graph).betweenness(lengths: lengths, sources: sources)
    }

    /// The kernel for `length` on `csr`, as a function of the sources (`nil`: all), in `csr`'s
    /// node numbering. The searches run on the network renumbered in breadth-first order
    /// (``CSRGraph/breadthFirstOrder()``): node indices follow person ids, so without it nearly
    /// every tie a search follows is a cache miss — renumbering halved the search cost at state
    /// scale (docs/performance.md).
    static func kernel(_ csr: CSRGraph, length: PathLength, linearScaling: Bool = false) -> ([Int]?) -> [Double] {
        let n = csr.nodeCount
        let order = csr.breadthFirstOrder()
        let local = csr.relabeled(order: order)
        var position = [Int](repeating: 0, count: n)
        for (k, v) in order.enumerated() { position[Int(v)] = k }
        let run: ([Int]?) -> [Double]
        switch length {
        case .hops:
            run = { BrandesKernel.betweenness(local, sources: $0, linearScaling: linearScaling) }
        case .inverseStrength:
            let lengths = local.weights.map { 1 / $0 }
            run = { WeightedBrandesKernel.betweenness(local, lengths: lengths, sources: $0, linearScaling: linearScaling) }
        }
        return { [position] sources in
            let values = run(sources.map { $0.map { position[$0] } })
            return position.map { values[$0] }
        }
    }

    /// When to compute betweenness exactly and how to estimate it otherwise.
    public struct Options: Sendable, Equatable {
        /// Networks with at most this many nodes get exact betweenness (count of nodes).
        public var exactMaxNodes: Int
        /// Source nodes sampled above that size (count).
        public var samples: Int
        /// Seed of the source draw (``FocusNetGraph/SplitMix64``): the same seed draws the same
        /// sources, so the estimate is reproducible.
        public var seed: UInt64

        /// Exact up to `exactMaxNodes` nodes (default 20,000), else `samples` sources (default
        /// 1,024) drawn with `seed` (default 42).
        public init(exactMaxNodes: Int = 20_000, samples: Int = 1024, seed: UInt64 = 42) {
            self.exactMaxNodes = exactMaxNodes
            self.samples = samples
            self.seed = seed
        }
    }

    /// Exact betweenness up to `options.exactMaxNodes` nodes; above, one estimator at every
    /// network size: exact in every component but the largest, and in the largest an unbiased
    /// estimate from `options.samples` seeded sources drawn from that component only, linearly
    /// scaled (Geisberger, Sanders & Schultes 2008, doi:10.1137/1.9781611972887.9; sampling as in
    /// Brandes & Pich 2007, doi:10.1142/S0218127407018403). Exact values come from igraph or the
    /// kernels (the same values within 1e-9, by network size); the estimate always runs on the
    /// kernels, so the estimator never changes with the network's size.
    /// - Returns: shape `[n]`, node-index order; same units (pairs), convention (lengths as
    ///   distances) and normalization (none) as ``compute(_:length:sources:engine:)``.
    /// - Throws: ``IGraphError`` from igraph (exact values on small networks); the kernels do not throw.
    /// - Precondition: `options.samples` ≥ 1.
    /// - Complexity: exact as ``compute(_:length:sources:engine:)``; estimated
    ///   O(Σ_c n_c (n_c + m_c)) over the components but the largest, plus
    ///   O(s (m_L + n_L) log n_L) by tie length (without the log by hops) in the largest, s = samples.
    public static func compute(_ graph: WeightedGraph, length: PathLength = .inverseStrength, options: Options,
                               engine: CentralityEngine = .automatic) throws -> [Double]
    {
        guard isEstimated(nodeCount: graph.nodeCount, options: options) else { return try compute(graph, length: length, engine: engine) }
        return kernelEstimate(Adjacency(graph), length: length, options: options)
    }

    /// Whether ``compute(_:length:options:engine:)`` estimates (rather than computes exactly) on
    /// a network of `nodeCount` nodes.
    static func isEstimated(nodeCount n: Int, options: Options) -> Bool { n > options.exactMaxNodes && options.samples < n }

    /// Which estimator ``compute(_:length:options:engine:)`` runs on a network of `nodeCount`
    /// nodes, in words, for manifests.
    public static func estimatorDescription(nodeCount n: Int, options: Options) -> String {
        guard isEstimated(nodeCount: n, options: options) else { return "exact (Brandes 2001) on \(n) people" }
        return "exact outside the largest component; in it, \(options.samples) sources drawn from it, linearly scaled "
            + "(Geisberger, Sanders & Schultes 2008), seed \(options.seed); \(n) people"
    }

    /// ``compute(_:length:options:engine:)`` on the kernels, for a network already in CSR form.
    static func kernelEstimate(_ csr: CSRGraph, length: PathLength, options: Options) -> [Double] {
        let n = csr.nodeCount
        guard isEstimated(nodeCount: n, options: options) else { return kernel(csr, length: length)(nil) }
        return ComponentSampledBetweenness.compute(nodeCount: n, largest: ComponentsKernel.largest(csr),
                                                   samples: options.samples, seed: options.seed,
                                                   betweenness: kernel(csr, length: length, linearScaling: true)).values
    }
}
