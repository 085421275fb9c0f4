import Testing
@testable import FocusNetScoring

@Suite struct RiskScoreTests {
    @Test("score = mean of percentile ranks (hand-computed)")
    func meanOfPercentiles() {
        // strength [3, 1, 2] → pct [1, 1/3, 2/3]; arrests [1, 1, 4] → pct [0.5, 0.5, 1]
        let s = RiskScore(components: [.strength, .arrests], values: [[3, 1, 2], [1, 1, 4]])
        let expected = [0.75, (1.0 / 3 + 0.5) / 2, (2.0 / 3 + 1) / 2]
        for i in 0..<3 { #expect(abs(s.scores[i] - expected[i]) < 1e-15) }
        #expect(s.ranking() == [2, 0, 1])
    }

    @Test("eigenvector values closer than its 1e-6 resolution tie; strength keeps 6 significant digits")
    func eigenvectorResolution() {
        // Eigenvector [3.4e-7, 1.2e-7, 0.5, 0.7]: the first two are both 0 at 1e-6 and tie at
        // (1 + 2) / 2 / 4 = 0.375.
        let e = RiskScore(components: [.eigenvector], values: [[3.4e-7, 1.2e-7, 0.5, 0.7]])
        for (got, want) in zip(e.percentiles[0], [0.375, 0.375, 0.75, 1]) { #expect(abs(got - want) <= 1e-15) }
        // The same values as strength are ranked as they are (6 significant digits).
        let s = RiskScore(components: [.strength], values: [[3.4e-7, 1.2e-7, 0.5, 0.7]])
        for (got, want) in zip(s.percentiles[0], [0.5, 0.25, 0.75, 1]) { #expect(abs(got - want) <= 1e-15) }
    }

    @Test("equal scores rank by node index (= person id order)")
    func tieBreak() {
        let s = RiskScore(components: [.arrests], values: [[2, 5, 2, 5]])
        #expect(s.ranking() == [1, 3, 0, 2])
    }

}
