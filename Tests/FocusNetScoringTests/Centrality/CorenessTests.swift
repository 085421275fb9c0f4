import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct CorenessTests {
    @Test("classic graphs match networkx core_number", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) throws {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let k = try Coreness.compute(loaded.graph)
        for (node, expected) in ReferenceGraphs.reference(name, "coreness") { #expect(Double(k[loaded.index(node)]) == expected) }
        if name == "karate" { #expect(k.max() == 4) }
    }

    @Test("closed forms: a 5-clique is a 4-core; a path is a 1-core; an isolate is 0")
    func closedForms() throws {
        var ties: [(Int, Int, Double)] = []
        for a in 0..<5 { for b in (a + 1)..<5 { ties.append((a, b, 1)) } }
        ties += [(4, 5, 1), (5, 6, 1)]
        let k = try Coreness.compute(try WeightedGraph(nodeCount: 8, ties: ties))
        #expect(k == [4, 4, 4, 4, 4, 1, 1, 0])
    }
}
