import Testing
@testable import FocusNetEvaluation

@Suite struct CalibrationTests {
    @Test("twenty distinct scores: two people per decile, decile 10 the highest")
    func distinct() {
        let scores = (1...20).map { Double($0) / 20 }
        let y = (1...20).map { $0 > 16 }
        let bins = CalibrationBin.deciles(RankedScores(scores), outcome: y)
        #expect(bins.map(\.people) == Array(repeating: 2, count: 10))
        #expect(bins[9].positives == 2 && bins[8].positives == 2 && bins[7].positives == 0)
        #expect(abs(bins[9].meanScore - 0.975) < 1e-12)
        #expect(bins[9].observedRate == 1)
    }

    @Test("tied people share a decile: 10 zeros have mid-rank 5.5 of 20 → decile 3")
    func ties() {
        let scores = [Double](repeating: 0, count: 10) + (1...10).map(Double.init)
        let bins = CalibrationBin.deciles(RankedScores(scores), outcome: [Bool](repeating: false, count: 20))
        #expect(bins[2].people == 10)
        #expect(bins[0].people == 0 && bins[0].observedRate.isNaN)
        #expect(bins.map(\.people).reduce(0, +) == 20)
        let pooled = CalibrationBin.pooled([bins, bins])
        #expect(pooled[2].people == 20 && pooled[2].meanScore == 0)
    }
}
