import FocusNetTestSupport
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

    @Test("below the engines' size threshold: PageRank is the same bytes run after run, and agrees with igraph within 1e-9")
    func pageRankReproducible() throws {
        let graph = KernelGraphs.medium(nodes: 1_500, seed: 3)
        let first = try NetworkMeasures(graph).pageRank
        for _ in 0..<5 { #expect(try NetworkMeasures(graph).pageRank == first) }
        let oracle = try IGraphNetwork(graph).pageRank(weights: graph.weights, damping: 0.85)
        for v in 0..<graph.nodeCount { #expect(abs(first[v] - oracle[v]) <= 1e-9 * oracle[v], "node \(v)") }
    }

    @Test("one betweenness estimator at every size: sampled on a small network is the component estimator of the engines")
    func oneEstimator() throws {
        let graph = KernelGraphs.medium(nodes: 1_500, seed: 5)
        let options = Betweenness.Options(exactMaxNodes: 100, samples: 200, seed: 9)
        let estimate = try Betweenness.compute(graph, options: options)
        #expect(estimate == Betweenness.kernelEstimate(Adjacency(graph), length: .inverseStrength, options: options))
        #expect(estimate != (try Betweenness.compute(graph)), "an estimate, not the exact values")
        #expect(Betweenness.estimatorDescription(nodeCount: 1_500, options: options).hasPrefix("exact outside the largest component"))
    }
}

/// Betweenness only when asked for.
@Suite struct NetworkMeasuresBetweennessTests {
    @Test("nil options leave betweenness out and every other measure as it was")
    func leftOut() throws {
        let karate = ReferenceGraphs.load("karate_edges.csv")
        let with = try NetworkMeasures(karate.graph), without = try NetworkMeasures(karate.graph, betweenness: nil)
        #expect(without.betweenness == nil && with.betweenness?.count == 34)
        #expect(without.degree == with.degree && without.strength == with.strength && without.coreness == with.coreness)
        #expect(zip(without.eigenvector, with.eigenvector).allSatisfy { abs($0 - $1) <= 1e-12 })
        #expect(zip(without.pageRank, with.pageRank).allSatisfy { abs($0 - $1) <= 1e-15 })
    }
}

/// The default path's measures on a network whose groups are kept as member lists
/// (``CombinedNetwork``) against the same network expanded tie by tie (the route every measure
/// took before): another matrix product and another coreness walk.
@Suite struct NetworkMeasuresCombinedTests {
    @Test("measures on the member lists equal those on the expanded ties (degree, coreness exact; solvers within their accuracy)")
    func againstExpandedTies() throws {
        let network = CombinedNetworkFixture.pieces().network(), expanded = network.materialized()
        #expect(network.nodeCount >= CentralityKernels.minimumNodes)
        let lists = try NetworkMeasures(network, betweenness: nil)
        let ties = try NetworkMeasures(expanded, betweenness: nil)
        #expect(lists.degree == ties.degree && lists.coreness == ties.coreness)
        // Both eigenvector solves stop at a relative residual of 1e-11; a vector's error is about
        // the residual over the gap between the two largest eigenvalues, which this fixture's
        // overlapping groups make small: the two differ by up to 1.4e-8 here (1e-17 on the simulated city).
        for v in 0..<network.nodeCount {
            #expect(abs(lists.strength[v] - ties.strength[v]) <= 1e-12 * max(1, ties.strength[v]))
            #expect(abs(lists.eigenvector[v] - ties.eigenvector[v]) <= 1e-7)
            #expect(abs(lists.pageRank[v] - ties.pageRank[v]) <= 1e-12)
        }
    }
}
