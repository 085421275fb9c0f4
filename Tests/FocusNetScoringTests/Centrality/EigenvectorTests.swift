import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct EigenvectorTests {
    @Test("classic connected graphs match networkx 3.6.1 (max-scaled, tolerance 1e-6)", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) throws {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let ev = try Eigenvector.compute(loaded.graph)
        for (node, expected) in ReferenceGraphs.reference(name, "eigenvector") {
            #expect(abs(ev[loaded.index(node)] - expected) < 1e-6, "\(name) node \(node)")
        }
    }

    @Test("strength-weighted: matches networkx eigenvector_centrality_numpy(weight='weight')")
    func weighted() throws {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let ev = try Eigenvector.compute(loaded.graph)
        for (node, expected) in ReferenceGraphs.weightedReference("eigenvector_weighted") {
            #expect(abs(ev[node] - expected) < 1e-6, "node \(node)")
        }
    }

    @Test("star closed form: centre 1, leaves 1/√k")
    func star() throws {
        let ev = try Eigenvector.compute(ReferenceGraphs.star(leaves: 4))
        #expect(abs(ev[0] - 1) < 1e-9)
        for leaf in 1...4 { #expect(abs(ev[leaf] - 0.5) < 1e-9) }
    }

    @Test("only the largest component scores; equal sizes go to the one with the smallest node")
    func largestComponent() throws {
        // Triangle {0,1,2}, pair {3,4}, triangle {5,6,7}: the first triangle wins the tie.
        let graph = try WeightedGraph(nodeCount: 8, ties: [(0, 1, 1), (1, 2, 1), (0, 2, 1), (3, 4, 1), (5, 6, 1), (6, 7, 1), (5, 7, 1)])
        let ev = try Eigenvector.compute(graph)
        for i in 0...2 { #expect(abs(ev[i] - 1) < 1e-9) }
        for i in 3...7 { #expect(ev[i] == 0) }
    }
}
