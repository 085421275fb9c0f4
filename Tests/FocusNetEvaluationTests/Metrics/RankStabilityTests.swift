import Testing
@testable import FocusNetEvaluation

@Suite struct RankStabilityTests {
    @Test("Jaccard: |A ∩ B| / |A ∪ B|")
    func jaccard() {
        #expect(RankStability.jaccard([1, 2, 3], [2, 3, 4]) == 0.5)
        #expect(RankStability.jaccard([1, 2], [2, 1]) == 1)
        #expect(RankStability.jaccard([1], [2]) == 0)
        #expect(RankStability.jaccard([Int32](), []).isNaN)
    }
}
