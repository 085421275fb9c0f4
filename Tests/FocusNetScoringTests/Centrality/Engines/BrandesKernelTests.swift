import FocusNetGraph
import Testing
@testable import FocusNetScoring

/// The parallel Brandes kernel against networkx 3.6.1 fixtures and against igraph 0.10
/// (`igraph_betweenness` / `igraph_betweenness_subset`, unweighted, undirected) as the oracle.
@Suite struct BrandesKernelTests {
    @Test("classic graphs: networkx 3.6.1 unnormalized betweenness (tolerance 1e-9)", arguments: ["karate", "kite", "florentine"])
    func classic(name: String) {
        let loaded = ReferenceGraphs.load("\(name)_edges.csv")
        let b = BrandesKernel.betweenness(KernelGraphs.csr(loaded.graph))
        for (node, expected) in ReferenceGraphs.reference(name, "betweenness") {
            #expect(abs(b[loaded.index(node)] - expected) < 1e-9, "\(name) \(node)")
        }
    }

    @Test("closed forms: star centre C(k, 2), path node i·(n−1−i)")
    func closedForms() {
        #expect(BrandesKernel.betweenness(KernelGraphs.csr(ReferenceGraphs.star(leaves: 6))) == [15, 0, 0, 0, 0, 0, 0])
        let path = BrandesKernel.betweenness(KernelGraphs.csr(ReferenceGraphs.path(7)))
        #expect(path == (0..<7).map { Double($0 * (6 - $0)) })
    }

    @Test("medium graph: exact and from sampled sources equal igraph within 1e-9 relative")
    func medium() throws {
        let graph = KernelGraphs.medium()
        let csr = KernelGraphs.csr(graph)
        let exact = BrandesKernel.betweenness(csr)
        let oracle = try IGraphNetwork(graph).betweenness(lengths: nil)
        let scale = oracle.max()!
        #expect(scale > 0)
        for v in 0..<graph.nodeCount { #expect(abs(exact[v] - oracle[v]) <= 1e-9 * scale, "node \(v)") }

        var generator = SplitMix64(seed: 42)

        let sources = generator.sample(64, from: graph.nodeCount)
        let sampled = BrandesKernel.betweenness(csr, sources: sources)
        let sampledOracle = try IGraphNetwork(graph).betweenness(lengths: nil, sources: sources)
        for v in 0..<graph.nodeCount { #expect(abs(sampled[v] - sampledOracle[v]) <= 1e-9 * scale, "node \(v)") }
    }

    @Test("output bytes do not depend on thread timing: ten runs, identical arrays")
    func deterministic() {
        let csr = KernelGraphs.csr(KernelGraphs.medium(nodes: 1_500, seed: 3))
        let sources = Array(stride(from: 0, to: 1_500, by: 7))
        let first = BrandesKernel.betweenness(csr, sources: sources)
        for _ in 0..<10 { #expect(BrandesKernel.betweenness(csr, sources: sources) == first) }
    }

    @Test("component sampling with the whole largest component drawn is exact")
    func componentSampling() {
        let csr = KernelGraphs.csr(KernelGraphs.medium())
        let exact = BrandesKernel.betweenness(csr)
        let result = ComponentSampledBetweenness.compute(csr, samples: csr.nodeCount, seed: 1)
        #expect(result.exactNodes + result.largestComponentSize == csr.nodeCount)
        for v in 0..<csr.nodeCount { #expect(abs(result.values[v] - exact[v]) <= 1e-9 * max(1, exact[v])) }
        // With fewer sources, nodes outside the largest component stay exact.
        let sampled = ComponentSampledBetweenness.compute(csr, samples: 50, seed: 1)
        let largest = Set(ComponentsKernel.largest(csr))
        for v in 0..<csr.nodeCount where !largest.contains(v) { #expect(abs(sampled.values[v] - exact[v]) <= 1e-9 * max(1, exact[v])) }
    }

    @Test("linear scaling (Geisberger et al. 2008): exact with every source; path closed form per source")
    func linearScaling() {
        let csr = KernelGraphs.csr(KernelGraphs.medium())
        let exact = BrandesKernel.betweenness(csr)
        let linear = BrandesKernel.betweenness(csr, linearScaling: true)
        for v in 0..<csr.nodeCount { #expect(abs(linear[v] - exact[v]) <= 1e-9 * max(1, exact[v]), "node \(v)") }
        // Path 0–1–2–3–4 from source 0: δ'_0(v) = Σ_{t > v} v / t, e.g. node 1: 1/2 + 1/3 + 1/4.
        let path = BrandesKernel.betweenness(KernelGraphs.csr(ReferenceGraphs.path(5)), sources: [0], linearScaling: true)
        let expected = [0, 1.0 / 2 + 1.0 / 3 + 1.0 / 4, 2.0 / 3 + 2.0 / 4, 3.0 / 4, 0]
        for v in 0..<5 { #expect(abs(path[v] - expected[v]) < 1e-12, "path node \(v)") }
    }

    @Test("linear scaling lowers the seed-to-seed spread of sampled betweenness on the medium graph")
    func linearScalingVariance() {
        let csr = KernelGraphs.csr(KernelGraphs.medium())
        let exact = BrandesKernel.betweenness(csr)
        let n = csr.nodeCount, k = 40
        func error(linear: Bool) -> Double {
            var total = 0.0
            for seed in UInt64(1)...8 {
                var generator = SplitMix64(seed: seed)
                let sources = generator.sample(k, from: n)
                let scale = Double(n) / Double(k)
                let estimate = BrandesKernel.betweenness(csr, sources: sources, linearScaling: linear)
                for v in 0..<n { let e = estimate[v] * scale - exact[v]; total += e * e }
            }
            return total
        }
        #expect(error(linear: true) < 0.8 * error(linear: false))
    }
}

