import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct PageRankTests {
    @Test("classic graphs match networkx 3.6.1 pagerank (alpha 0.85, tolerance 1e-9)", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) throws {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let pr = try PageRank.compute(loaded.graph)
        for (node, expected) in ReferenceGraphs.reference(name, "pagerank") {
            #expect(abs(pr[loaded.index(node)] - expected) < 1e-9, "\(name) node \(node)")
        }
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
    }

    @Test("weighted by tie strength: matches networkx pagerank(weight='weight')")
    func weighted() throws {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let pr = try PageRank.compute(loaded.graph)
        for (node, expected) in ReferenceGraphs.weightedReference("pagerank_weighted") {
            #expect(abs(pr[node] - expected) < 1e-9, "node \(node)")
        }
    }

    @Test("isolates: mass spread uniformly, all isolates equal")
    func isolates() throws {
        let graph = try WeightedGraph(nodeCount: 5, ties: [(0, 1, 1)])
        let pr = try PageRank.compute(graph)
        #expect(abs(pr.reduce(0, +) - 1) < 1e-12)
        #expect(abs(pr[2] - pr[3]) < 1e-15 && abs(pr[3] - pr[4]) < 1e-15)
        #expect(pr[0] > pr[2])
    }
}
