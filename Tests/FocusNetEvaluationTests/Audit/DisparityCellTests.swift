import Testing
@testable import FocusNetEvaluation

@Suite struct DisparityCellTests {
    /// Scored p1…p5 (race black, white, missing, black, hispanic); outcomes p2, p4;
    /// inclusion in the list: p1 1, p2 ½, p4 ½ (a tie at the k-th score).
    @Test("shares, PPV and capture per group with fractional inclusion; missing reported as missing, last")
    func handCase() throws {
        let (_, s) = try OriginSnapshotTests.snapshot(OriginSnapshotTests.base)
        let cells = DisparityCell.cells(s.attributes, inclusion: [1, 0.5, 0, 0.5, 0], outcome: [false, true, false, true, false])
        let race = cells.filter { $0.attribute == "race" }
        #expect(race.map(\.group) == ["black", "hispanic", "white", "missing"])
        let black = race[0]
        #expect(black.scored == 2 && black.positives == 1 && black.listed == 1.5 && black.listedPositives == 0.5)
        #expect(abs(black.ppv - 1.0 / 3) < 1e-12)
        #expect(black.capture == 0.5)
        #expect(race[3].scored == 1 && race[3].listed == 0 && race[3].ppv.isNaN)
        let ages = cells.filter { $0.attribute == "age_band" }.map(\.group)
        #expect(ages == ["under 18", "18-24", "25-34", "35-44"])
        let pooled = DisparityCell.pooled([cells, cells])
        #expect(pooled.count == cells.count)
        #expect(pooled.first { $0.attribute == "race" && $0.group == "black" }!.listed == 3)
    }
}
