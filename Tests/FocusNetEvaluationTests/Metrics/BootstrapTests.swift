import FocusNetGraph
import Testing
@testable import FocusNetEvaluation

@Suite struct BootstrapTests {
    @Test("weights are n draws with replacement, the same for the same seed")
    func weights() {
        var a = FocusNetGraph.SplitMix64(seed: 3), b = FocusNetGraph.SplitMix64(seed: 3)
        let x = Bootstrap.weights(1000, using: &a), y = Bootstrap.weights(1000, using: &b)
        #expect(x == y)
        #expect(x.reduce(0, +) == 1000)
        // About 1 − 1/e ≈ 63.2% of people are drawn at least once.
        let drawn = Double(x.filter { $0 > 0 }.count) / 1000
        #expect(abs(drawn - 0.632) < 0.05)
        #expect(Bootstrap.weights(0, using: &a).isEmpty)
    }

    @Test("percentile interval: type-7 quantiles (numpy.percentile default), closed form on 1…11")
    func percentile() {
        // h = 10 × 0.025 = 0.25 → 1.25; h = 10 × 0.975 = 9.75 → 10.75.
        let interval = Bootstrap.percentileInterval((1...11).map(Double.init).reversed())
        #expect(abs(interval!.low - 1.25) < 1e-12)
        #expect(abs(interval!.high - 10.75) < 1e-12)
        #expect(Bootstrap.percentileInterval([.nan, .nan, 1]) == nil)
        #expect(abs(Bootstrap.percentileInterval([.nan, 1, 2, 3])!.low - 1.05) < 1e-12)
    }

    @Test("streams of one seed differ; each stream repeats")
    func streams() {
        var a = Bootstrap.generator(seed: 42, stream: 0), b = Bootstrap.generator(seed: 42, stream: 1)
        var c = Bootstrap.generator(seed: 42, stream: 0)
        let first = a.next()
        #expect(first != b.next())
        #expect(first == c.next())
    }
}

/// ``Bootstrap/run(replicates:generator:draw:evaluate:)`` against the sequential loop it replaced.
@Suite struct BootstrapRunTests {
    @Test("the same draws and results, in replicate order, as drawing and evaluating one by one")
    func sameAsSequential() {
        let evaluate: ([UInt32]) -> Int = { weights in weights.enumerated().reduce(0) { $0 + $1.offset * Int($1.element) } }
        var sequential = Bootstrap.generator(seed: 42, stream: 3)
        let expected = (0..<21).map { _ in evaluate(Bootstrap.weights(50, using: &sequential)) }
        var parallel = Bootstrap.generator(seed: 42, stream: 3)
        let got = Bootstrap.run(replicates: 21, generator: &parallel, draw: { Bootstrap.weights(50, using: &$0) }, evaluate: evaluate)
        #expect(got == expected)
        #expect(parallel.next() == sequential.next(), "the generator is left where the loop left it")
    }
}
