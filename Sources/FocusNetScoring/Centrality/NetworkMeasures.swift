import FocusNetGraph

/// Every per-person network measure of one network of n people and m ties, in node-index order
/// (shape `[n]` each).
public struct NetworkMeasures: Sendable {
    /// Distinct neighbours (count of people; Freeman 1978 degree).
    public let degree: [Int]
    /// Sum of tie strengths (the network's tie weights: shared arrests, plus group co-membership
    /// weights in a combined network; Barrat et al. 2004).
    public let strength: [Double]
    /// See ``Betweenness/compute(_:length:options:engine:)`` (lengths as distances, not
    /// normalized; units: pairs); `nil` when it was not asked for (no default score uses it:
    /// docs/decisions/0002-betweenness-out-of-the-default-score.md).
    public let betweenness: [Double]?
    /// See ``Eigenvector/compute(_:weighted:engine:)`` (weights as strengths, largest component,
    /// max 1).
    public let eigenvector: [Double]
    /// See ``PageRank/compute(_:damping:weighted:engine:)`` (weights as strengths, sums to 1).
    /// Empty when the caller did not ask for it (`pageRank: false`).
    public let pageRank: [Double]
    /// See ``Coreness/compute(_:)`` (units: ties).
    public let coreness: [Int]

    /// Computes all measures of `graph` (ties stored one by one); see
    /// ``init(_:betweennessLength:betweenness:damping:stage:)`` for the engines, errors and cost.
    /// - Parameter adjacency: `graph`'s adjacency when the caller already built it (it is then
    ///   not built again).
    public init(_ graph: WeightedGraph, betweennessLength: Betweenness.PathLength = .inverseStrength,
                betweenness options: Betweenness.Options? = .init(), damping: Double = 0.85,
                adjacency: Adjacency? = nil, stage: (String) -> Void = { _ in }) throws
    {
        try self.init(CombinedNetwork(adjacency ?? Adjacency(graph)), graph: graph, betweennessLength: betweennessLength,
                      betweenness: options, damping: damping, stage: stage)
    }

    /// Computes all measures of the combined network, its groups kept as member lists. On networks
    /// of ``CentralityKernels/minimumNodes`` or more every centrality runs on FocusNet's kernels
    /// over `network` itself: a product costs O(m_co + Σ_g n_g), and no group's pairs are stored.
    /// Smaller networks are expanded tie by tie for igraph, except PageRank (always the
    /// deterministic power iteration) and a sampled betweenness (always the engines' estimator).
    /// `stage` is called with each measure's name once it is done (for progress lines).
    /// - Parameters:
    ///   - network: the network of n people.
    ///   - betweennessLength: tie length for betweenness (default 1/strength).
    ///   - options: when betweenness is exact and how it is sampled otherwise; `nil`: betweenness
    ///     is not computed (``betweenness`` is `nil`). Betweenness (in no default score) runs on the
    ///     network expanded tie by tie: memory O(m) with m = m_co + Σ_g n_g² at most.
    ///   - damping: PageRank's probability of following a tie (default 0.85).
    ///   - stage: progress callback, called with a measure's name (never with identifiers).
    /// - Throws: ``IGraphError`` from any igraph computation; ``KernelError`` from a kernel that
    ///   did not converge.
    /// - Complexity: with betweenness, dominated by it: O(n m + n² log n) exact, O(s m + s n log n)
    ///   for s sampled sources; without it, O(i (n + m_co + Σ_g n_g)) for the i power-iteration and
    ///   Lanczos products, plus O(n + m_co + Σ_g n_g²) for coreness (each group walked once per
    ///   member, never stored); memory O(n + m_co + Σ_g n_g).
    ///   - pageRank: compute PageRank (``pageRank`` is empty otherwise).
    public init(_ network: CombinedNetwork, betweennessLength: Betweenness.PathLength = .inverseStrength,
                betweenness options: Betweenness.Options? = .init(), damping: Double = 0.85, pageRank: Bool = true,
                stage: (String) -> Void = { _ in }) throws
    {
        try self.init(network, graph: nil, betweennessLength: betweennessLength, betweenness: options, damping: damping,
                      pageRank: pageRank, stage: stage)
    }

    /// `graph`: the same network tie by tie when the caller has it (small networks use it for igraph).
    private init(_ network: CombinedNetwork, graph: WeightedGraph?, betweennessLength: Betweenness.PathLength,
                 betweenness options: Betweenness.Options?, damping: Double, pageRank computesPageRank: Bool = true,
                 stage: (String) -> Void) throws
    {
        guard network.nodeCount >= CentralityKernels.minimumNodes else {
            let graph = graph ?? network.materialized()
            degree = graph.degrees()
            strength = graph.strengths()
            betweenness = try options.map { try Betweenness.compute(graph, length: betweennessLength, options: $0) }
            if options != nil { stage("betweenness") }
            eigenvector = try Eigenvector.compute(graph)
            // igraph's PRPACK solver varies in its last digits from run to run on this build (its
            // sums run in threads), so a list would not be the same bytes twice; the power
            // iteration's fixed chunks are (the kernel agrees with igraph within 1e-9).
            pageRank = computesPageRank ? try PageRank.compute(graph, damping: damping, engine: .kernels) : []
            coreness = try Coreness.compute(graph)
            stage("eigenvector, PageRank, coreness")
            return
        }
        degree = network.degree
        strength = network.strength
        betweenness = options.map {
            let simple = network.groupWeight.isEmpty ? network.coOffending : Adjacency(graph ?? network.materialized())
            return Betweenness.kernelEstimate(simple, length: betweennessLength, options: $0)
        }
        if options != nil { stage("betweenness") }
        coreness = CorenessKernel.compute(network)
        stage("coreness")
        // The products run on the network renumbered in breadth-first order (node indices follow
        // person ids, so nearly every neighbour read is a cache miss otherwise): the same values
        // within the solvers' tolerances, in about half the time (docs/performance.md).
        let order = network.breadthFirstOrder()
        let local = network.relabeled(order: order)
        func original(_ values: [Double]) -> [Double] {
            var result = [Double](repeating: 0, count: values.count)
            for (k, v) in order.enumerated() { result[Int(v)] = values[k] }
            return result
        }
        eigenvector = original(try Eigenvector.kernel(local, component: ComponentsKernel.largest(local)))
        stage("eigenvector")
        pageRank = computesPageRank ? original(PageRankKernel.compute(operator: local, damping: damping)) : []
        if computesPageRank { stage("PageRank") }
    }
}
