import Testing
@testable import FocusNetEvaluation

@Suite struct RankedScoresTests {
    /// Scores 0.9 | 0.8 0.8 0.8 | 0.5 0.5 | 0.2 | 0.1 (tie groups between bars).
    static let scores = [0.9, 0.8, 0.8, 0.8, 0.5, 0.5, 0.2, 0.1]

    @Test("order is by score descending, ties by index; tie groups end where the score changes")
    func order() {
        let r = RankedScores(Self.scores)
        #expect(r.order == [0, 1, 2, 3, 4, 5, 6, 7])
        #expect(r.groupEnds == [1, 4, 6, 7, 8])
        let shuffled = RankedScores([0.1, 0.5, 0.5, 0.9])
        #expect(shuffled.order == [3, 1, 2, 0])
        #expect(shuffled.groupEnds == [1, 3, 4])
    }

    @Test("inclusion: 1 above the k-th score, r/g in the tie at the k-th score, 0 below; sums to k")
    func inclusion() {
        let r = RankedScores(Self.scores)
        let p = r.inclusion(2)
        #expect(p[0] == 1)
        for i in 1...3 { #expect(abs(p[i] - 1.0 / 3) < 1e-15) }
        #expect(p[4...].allSatisfy { $0 == 0 })
        for k in 0...8 { #expect(abs(r.inclusion(k).reduce(0, +) - Double(k)) < 1e-12, "k = \(k)") }
        #expect(RankedScores([Double](repeating: 0, count: 4)).inclusion(1) == [0.25, 0.25, 0.25, 0.25])
    }
}
