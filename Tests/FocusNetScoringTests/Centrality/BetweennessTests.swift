import FocusNetGraph
import Testing
@testable import FocusNetScoring

@Suite struct BetweennessTests {
    @Test("star: the centre lies on all C(k,2) leaf pairs; leaves on none")
    func star() throws {
        let b = try Betweenness.compute(ReferenceGraphs.star(leaves: 6), length: .hops)
        #expect(b[0] == 15)
        #expect(b.dropFirst().allSatisfy { $0 == 0 })
    }

    @Test("path of n: node i lies between i·(n−1−i) pairs")
    func path() throws {
        let n = 7
        let b = try Betweenness.compute(ReferenceGraphs.path(n), length: .hops)
        for i in 0..<n { #expect(b[i] == Double(i * (n - 1 - i))) }
    }

    @Test("Zachary karate club matches networkx 3.6.1 (tolerance 1e-9)", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) throws {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let b = try Betweenness.compute(loaded.graph, length: .hops)
        for (node, expected) in ReferenceGraphs.reference(name, "betweenness") {
            #expect(abs(b[loaded.index(node)] - expected) < 1e-9, "\(name) node \(node)")
        }
    }

    @Test("published values: karate node 0 ≈ 231.07; Medici normalized ≈ 0.522; kite Heather 14/36")
    func published() throws {
        let karate = ReferenceGraphs.load("karate_edges.csv")
        #expect(abs(try Betweenness.compute(karate.graph, length: .hops)[0] - 231.0714) < 1e-4)

        let florentine = ReferenceGraphs.load("florentine_edges.csv")
        let n = Double(florentine.graph.nodeCount)
        let medici = try Betweenness.compute(florentine.graph, length: .hops)[florentine.index("Medici")]
        #expect(abs(medici / ((n - 1) * (n - 2) / 2) - 0.522) < 1e-3)

        let kite = ReferenceGraphs.load("kite_edges.csv")
        let heather = try Betweenness.compute(kite.graph, length: .hops)[7]
        #expect(abs(heather / 36 - 0.3889) < 1e-4)
    }

    @Test("tie length 1/strength: the strong broker carries the paths, the weak one none (networkx weight=1/w)")
    func strongBrokerWins() throws {
        let loaded = ReferenceGraphs.load("weighted_edges.csv")
        let b = try Betweenness.compute(loaded.graph)   // default: inverse strength
        for (node, expected) in ReferenceGraphs.weightedReference("betweenness_length") {
            #expect(abs(b[node] - expected) < 1e-9, "node \(node)")
        }
        #expect(b[3] > b[4])
        let hops = try Betweenness.compute(loaded.graph, length: .hops)
        #expect(hops[3] == hops[4], "without strengths the two brokers are symmetric")
    }

    @Test("sampled sources: from every node equals exact")
    func subsetOfAllEqualsExact() throws {
        let loaded = ReferenceGraphs.load("karate_edges.csv")
        let exact = try Betweenness.compute(loaded.graph, length: .hops)
        let all = try Betweenness.compute(loaded.graph, length: .hops, sources: Array(0..<34))
        for i in 0..<34 { #expect(abs(exact[i] - all[i]) < 1e-9) }
    }

    @Test("an invalid source becomes a Swift error, not an abort")
    func invalidSourceThrows() {
        #expect(throws: IGraphError.self) {
            try Betweenness.compute(ReferenceGraphs.path(3), sources: [99])
        }
    }
}
