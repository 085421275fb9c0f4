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

    @Test("equal scores rank by node index (= person id order)")
    func tieBreak() {
        let s = RiskScore(components: [.arrests], values: [[2, 5, 2, 5]])
        #expect(s.ranking() == [1, 3, 0, 2])
    }

}
