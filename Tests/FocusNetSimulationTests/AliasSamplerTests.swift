import FocusNetGraph
import Testing
@testable import FocusNetSimulation

@Suite struct AliasSamplerTests {
    /// Invariant: draw frequencies converge to weight / Σ weight. 200,000 draws give a standard
    /// error below 0.0011 per share; the tolerance is 0.006.
    @Test func frequenciesFollowWeights() {
        let weights = [1.0, 2, 3, 4, 0, 10]
        let sampler = AliasSampler(weights: weights)
        var random = Xoshiro256StarStar(seed: 11)
        var counts = [Int](repeating: 0, count: weights.count)
        let n = 200_000
        for _ in 0..<n { counts[sampler.sample(&random)] += 1 }
        for (i, w) in weights.enumerated() {
            #expect(abs(Double(counts[i]) / Double(n) - w / 20) < 0.006)
        }
        #expect(counts[4] == 0)
    }

    @Test func singleWeightAlwaysDrawn() {
        let sampler = AliasSampler(weights: [0.25])
        var random = Xoshiro256StarStar(seed: 1)
        #expect((0..<100).allSatisfy { _ in sampler.sample(&random) == 0 })
        #expect(sampler.count == 1)
    }
}
