import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// Betweenness by tie length (1/strength) in the Dijkstra kernel, against networkx 3.6.1 and
/// igraph 0.10 (`igraph_betweenness` / `_subset` with weights) as the oracle.
@Suite struct WeightedBrandesKernelTests {
    private static func lengths(_ csr: CSRGraph) -> [Double] { csr.weights.map { 1 / $0 } }

    @Test("weighted fixture: networkx betweenness with length 1/weight within 1e-9")
    func fixture() {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let csr = KernelGraphs.csr(loaded.graph)
        let b = WeightedBrandesKernel.betweenness(csr, lengths: Self.lengths(csr))
        for (node, expected) in ReferenceGraphs.weightedReference("betweenness_length") {
            #expect(abs(b[loaded.index(String(node))] - expected) < 1e-9, "node \(node)")
        }
    }

    @Test("equal sums of reciprocals tie as in igraph: 1/2 + 1/6 = 1/3 + 1/3 splits the pair's path")
    func reciprocalTies() throws {
        // 0–1 (strength 2), 1–3 (6) and 0–2 (3), 2–3 (3): both 0–3 routes have length 2/3, so
        // 1 and 2 each carry half of that pair; 1–2 goes through 3 (1/6 + 1/3 < 1/2 + 1/3).
        let graph = try WeightedGraph(nodeCount: 4, ties: [(0, 1, 2), (1, 3, 6), (0, 2, 3), (2, 3, 3)])
        let csr = KernelGraphs.csr(graph)
        let b = WeightedBrandesKernel.betweenness(csr, lengths: Self.lengths(csr))
        #expect(b == [0, 0.5, 0.5, 1])
        #expect(b == (try IGraphNetwork(graph).betweenness(lengths: graph.weights.map { 1 / $0 })))
    }

    @Test("medium graph: exact, from sources, and linearly scaled equal igraph within 1e-9 relative")
    func medium() throws {
        let graph = KernelGraphs.medium()
        let csr = KernelGraphs.csr(graph)
        let lengths = Self.lengths(csr)
        let oracle = try IGraphNetwork(graph).betweenness(lengths: graph.weights.map { 1 / $0 })
        let scale = oracle.max()!
        let exact = WeightedBrandesKernel.betweenness(csr, lengths: lengths)
        for v in 0..<graph.nodeCount { #expect(abs(exact[v] - oracle[v]) <= 1e-9 * scale, "node \(v)") }
        let linear = WeightedBrandesKernel.betweenness(csr, lengths: lengths, linearScaling: true)
        for v in 0..<graph.nodeCount { #expect(abs(linear[v] - oracle[v]) <= 1e-9 * scale, "linear, node \(v)") }

        var generator = SplitMix64(seed: 42)

        let sources = generator.sample(64, from: graph.nodeCount)
        let sampled = WeightedBrandesKernel.betweenness(csr, lengths: lengths, sources: sources)
        let sampledOracle = try IGraphNetwork(graph).betweenness(lengths: graph.weights.map { 1 / $0 }, sources: sources)
        for v in 0..<graph.nodeCount { #expect(abs(sampled[v] - sampledOracle[v]) <= 1e-9 * scale, "sampled, node \(v)") }
    }

    @Test("Betweenness.compute dispatches to the kernels at size: same values as igraph")
    func dispatch() throws {
        let graph = KernelGraphs.medium(nodes: 6_000, seed: 11)
        #expect(graph.nodeCount >= CentralityKernels.minimumNodes)
        let kernel = try Betweenness.compute(graph, length: .inverseStrength)
        let oracle = try Betweenness.compute(graph, length: .inverseStrength, engine: .igraph)
        let scale = oracle.max()!
        for v in 0..<graph.nodeCount { #expect(abs(kernel[v] - oracle[v]) <= 1e-9 * scale, "node \(v)") }
    }
}
