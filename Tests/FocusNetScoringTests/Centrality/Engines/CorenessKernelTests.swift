import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// Bin-sort coreness and BFS components against networkx fixtures and igraph 0.10 (oracle).
@Suite struct CorenessKernelTests {
    @Test("karate, kite, florentine: networkx core numbers", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let core = CorenessKernel.compute(KernelGraphs.csr(loaded.graph))
        for (node, expected) in ReferenceGraphs.reference(name, "coreness") { #expect(Double(core[loaded.index(node)]) == expected) }
    }

    @Test("medium graph: igraph_coreness, node for node")
    func medium() throws {
        let graph = KernelGraphs.medium()
        #expect(CorenessKernel.compute(KernelGraphs.csr(graph)) == (try IGraphNetwork(graph).coreness()))
    }

    @Test("components: labels in order of smallest node; equal sizes go to the smallest node")
    func components() throws {
        // 0–1   2   3–4   5–6–7   8–9–10
        let graph = try WeightedGraph(nodeCount: 11, ties: [(0, 1, 1), (3, 4, 1), (5, 6, 1), (6, 7, 1), (8, 9, 1), (9, 10, 1)])
        let csr = KernelGraphs.csr(graph)
        #expect(ComponentsKernel.labels(csr) == [0, 0, 1, 2, 2, 3, 3, 3, 4, 4, 4])
        #expect(ComponentsKernel.largest(csr) == [5, 6, 7])
        let medium = KernelGraphs.medium()
        #expect(ComponentsKernel.largest(KernelGraphs.csr(medium)) == (try Components.largest(medium)))
    }
}
