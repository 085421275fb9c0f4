import Testing
@testable import FocusNetEvaluation

@Suite struct ListSizeTests {
    @Test("parses counts and shares; refuses zero, negatives, >100% and words")
    func parsing() {
        #expect(ListSize("100") == .count(100))
        #expect(ListSize("1%") == .share(1))
        #expect(ListSize(" 0.5% ") == .share(0.5))
        for bad in ["0", "-3", "0%", "101%", "ten", "", "%"] { #expect(ListSize(bad) == nil, "\(bad)") }
        #expect(ListSize.share(0.5).description == "0.5%")
        #expect(ListSize.count(7).description == "7")
    }

    @Test("a share is rounded half away from zero, at least 1 and at most N; a count is capped at N")
    func counts() {
        #expect(ListSize.share(1).count(outOf: 250) == 3)      // 2.5 → 3
        #expect(ListSize.share(1).count(outOf: 249) == 2)      // 2.49 → 2
        #expect(ListSize.share(1).count(outOf: 20) == 1)       // 0.2 → at least 1
        #expect(ListSize.share(100).count(outOf: 37) == 37)
        #expect(ListSize.count(50).count(outOf: 30) == 30)
        #expect(ListSize.count(5).count(outOf: 0) == 0)
    }
}
