import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// Restarted-Lanczos eigenvector centrality against networkx 3.6.1 fixtures and igraph 0.10's
/// ARPACK (oracle, via ``Eigenvector`` below the kernel threshold).
@Suite struct EigenvectorKernelTests {
    @Test("karate, kite, florentine (unweighted): networkx values within 1e-9", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let csr = KernelGraphs.csr(loaded.graph)
        let result = EigenvectorKernel.compute(csr, component: ComponentsKernel.largest(csr), weighted: false)
        for (node, expected) in ReferenceGraphs.reference(name, "eigenvector") {
            #expect(abs(result.values[loaded.index(node)] - expected) < 1e-9, "\(name) \(node)")
        }
    }

    @Test("weighted fixture: networkx eigenvector_weighted within 1e-9")
    func weighted() {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let csr = KernelGraphs.csr(loaded.graph)
        let result = EigenvectorKernel.compute(csr, component: ComponentsKernel.largest(csr))
        for (node, expected) in ReferenceGraphs.weightedReference("eigenvector_weighted") {
            #expect(abs(result.values[loaded.index(String(node))] - expected) < 1e-9)
        }
    }

    @Test("medium graph: largest component equals igraph ARPACK within 1e-9, zero elsewhere")
    func medium() throws {
        let graph = KernelGraphs.medium()
        let csr = KernelGraphs.csr(graph)
        let component = ComponentsKernel.largest(csr)
        #expect(component.count > 1_000 && component.count < graph.nodeCount)
        let result = EigenvectorKernel.compute(csr, component: component)
        #expect(result.relativeResidual <= 1e-11)
        let sub = graph.induced(on: component)
        let oracle = try IGraphNetwork(sub).eigenvector(weights: sub.weights)
        for (i, v) in component.enumerated() { #expect(abs(result.values[v] - oracle[i]) < 1e-9, "node \(v)") }
        let inside = Set(component)
        #expect((0..<graph.nodeCount).allSatisfy { inside.contains($0) || result.values[$0] == 0 })
    }

    @Test("no ties: every value 0 on the kernel, as on igraph's path")
    func noTies() throws {
        let graph = try WeightedGraph(nodeCount: 3, ties: [])
        let csr = KernelGraphs.csr(graph)
        #expect(EigenvectorKernel.compute(csr, component: ComponentsKernel.largest(csr)).values == [0, 0, 0])
        #expect(try Eigenvector.compute(graph, engine: .igraph) == [0, 0, 0])
        #expect(try Eigenvector.compute(graph, engine: .kernels) == [0, 0, 0])
    }
}
