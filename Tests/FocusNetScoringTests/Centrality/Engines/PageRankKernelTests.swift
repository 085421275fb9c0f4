import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// Power-iteration PageRank against networkx 3.6.1 fixtures and igraph 0.10's PRPACK (oracle).
@Suite struct PageRankKernelTests {
    @Test("karate, kite, florentine (unweighted): networkx values within 1e-9", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let pr = PageRankKernel.compute(KernelGraphs.csr(loaded.graph), weighted: false)
        for (node, expected) in ReferenceGraphs.reference(name, "pagerank") {
            #expect(abs(pr[loaded.index(node)] - expected) < 1e-9, "\(name) \(node)")
        }
    }

    @Test("weighted fixture: networkx pagerank_weighted within 1e-9")
    func weighted() {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let pr = PageRankKernel.compute(KernelGraphs.csr(loaded.graph))
        for (node, expected) in ReferenceGraphs.weightedReference("pagerank_weighted") {
            #expect(abs(pr[loaded.index(String(node))] - expected) < 1e-9)
        }
    }

    @Test("medium graph with isolates: igraph PRPACK within 1e-9 relative; sums to 1")
    func medium() throws {
        let graph = KernelGraphs.medium()
        let pr = PageRankKernel.compute(KernelGraphs.csr(graph))
        let oracle = try IGraphNetwork(graph).pageRank(weights: graph.weights, damping: 0.85)
        for v in 0..<graph.nodeCount { #expect(abs(pr[v] - oracle[v]) <= 1e-9 * oracle.max()!, "node \(v)") }
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
    }
}
