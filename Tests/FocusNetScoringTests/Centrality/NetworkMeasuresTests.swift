import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct NetworkMeasuresTests {
    @Test("degree and strength match networkx on the weighted test graph and karate")
    func degreeStrength() throws {
        let weighted = ReferenceGraphs.load("weighted_edges.csv")
        let m = try NetworkMeasures(weighted.graph)
        for (node, expected) in ReferenceGraphs.weightedReference("strength") { #expect(m.strength[node] == expected) }

        let karate = ReferenceGraphs.load("karate_edges.csv")
        let k = try NetworkMeasures(karate.graph)
        for (node, expected) in ReferenceGraphs.reference("karate", "degree") { #expect(Double(k.degree[Int(node)!]) == expected) }
    }

    @Test("igraph calls from many threads at once are serialized, not aborted")
    func concurrentCalls() async throws {
        let graph = ReferenceGraphs.load("karate_edges.csv").graph
        let expected = try Betweenness.compute(graph, length: .hops)
        try await withThrowingTaskGroup(of: [Double].self) { group in
            for _ in 0..<16 { group.addTask { try Betweenness.compute(graph, length: .hops) } }
            for try await result in group { #expect(result == expected) }
        }
    }
}
