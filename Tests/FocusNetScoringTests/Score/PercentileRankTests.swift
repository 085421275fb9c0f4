import Testing
import FocusNetGraph
@testable import FocusNetScoring

@Suite struct PercentileRankTests {
    @Test("distinct values: rank / N")
    func distinct() {
        #expect(PercentileRank.compute([30, 10, 20, 40]) == [0.75, 0.25, 0.5, 1])
    }

    @Test("ties share the mean of their ranks: [1, 2, 2, 3] → ranks 1, 2.5, 2.5, 4")
    func ties() {
        #expect(PercentileRank.compute([1, 2, 2, 3]) == [0.25, 0.625, 0.625, 1])
    }

    @Test("all equal → (N+1)/(2N)")
    func allEqual() {
        #expect(PercentileRank.compute([5, 5, 5, 5]) == [0.625, 0.625, 0.625, 0.625])
    }

    @Test("solver noise below 6 significant digits does not split a tie")
    func noise() {
        let p = PercentileRank.compute([0.1, 0.1 + 1e-13, 0.2])
        #expect(p[0] == p[1])
    }

    @Test("empty input")
    func empty() { #expect(PercentileRank.compute([]).isEmpty) }
}

/// ``PercentileRank/ofCounts(_:)``: the table by count equals ``PercentileRank/compute(_:significantDigits:)``.
@Suite struct PercentileRankOfCountsTests {
    @Test("bit for bit the percentile of every person, ties included; nil for negative or huge counts")
    func equalsCompute() throws {
        var generator = SplitMix64(seed: 11)
        let counts = (0..<2_000).map { i in Int(generator.next() % 9) + (i % 97 == 0 ? 40 : 0) }
        let table = try #require(PercentileRank.ofCounts(counts))
        let ranks = PercentileRank.compute(counts.map(Double.init))
        #expect(counts.indices.allSatisfy { table[counts[$0]].bitPattern == ranks[$0].bitPattern })
        #expect(PercentileRank.ofCounts([1, -1]) == nil)
        #expect(PercentileRank.ofCounts([1, 1_000_000]) == nil)
    }
}
