import Testing
@testable import FocusNetOutput

/// Risk bands at the documented cut points: top 0.1%, 1%, 5% of the people scored.
@Suite struct RiskBandTests {
    @Test("cut points on 1,000 people: 1 very high, 2–10 high, 11–50 elevated, 51 below")
    func cuts() {
        #expect(RiskBand(rank: 1, of: 1000) == .veryHigh)
        #expect(RiskBand(rank: 2, of: 1000) == .high && RiskBand(rank: 10, of: 1000) == .high)
        #expect(RiskBand(rank: 11, of: 1000) == .elevated && RiskBand(rank: 50, of: 1000) == .elevated)
        #expect(RiskBand(rank: 51, of: 1000) == .below)
    }

    @Test("people tied on the score share the better band")
    func ties() {
        let bands = BandRanks([0.9] + Array(repeating: 0.5, count: 60) + Array(repeating: 0.1, count: 939))
        #expect(bands.band(0.9) == .veryHigh)
        #expect(bands.band(0.5) == .high)          // 1 above: rank 2 of 1,000, though up to 61st in the order
        #expect(bands.band(0.1) == .below)         // 61 above: rank 62, 6.2%
    }

    @Test("labels read aloud in both languages")
    func labels() {
        #expect(RiskBand.allCases.map { $0.label(.en) } == ["very high", "high", "elevated", "below elevated"])
        #expect(RiskBand.allCases.map { $0.label(.es) } == ["muy alto", "alto", "elevado", "por debajo del nivel elevado"])
    }
}
