import Testing
@testable import FocusNetEvaluation

@Suite struct InterventionReportTests {
    /// 200 people, composite = index (199 highest). Notified: 199, 150; peers: 198 (of 199), 20 (of 150).
    @Test("bands by composite rank, peers one step from the notified, rank-standardized comparison rate")
    func bands() {
        let n = 200
        let composite = RankedScores((0..<n).map(Double.init))
        var notified = [Bool](repeating: false, count: n)
        notified[199] = true
        notified[150] = true
        var neighbors = [[Int32]](repeating: [], count: n)
        neighbors[199] = [198]
        neighbors[150] = [20, 199]
        let happened = (0..<n).map { $0 % 10 == 0 || $0 == 199 }
        let report = InterventionReport(outcome: .either, composite: composite, notified: notified, neighbors: neighbors, happened: happened)
        let top = report.cells.filter { $0.band == "top 1%" }        // 199, 198
        #expect(top.map(\.people) == [1, 1, 0])
        let mid = report.cells.filter { $0.band == "10-25%" }       // ranks 21–50 from the top: indices 150…179
        #expect(mid.map(\.people) == [1, 0, 29])
        #expect(report.total("peer").people == 2)
        #expect(report.total("notified").positives == 2)            // 199 and 150
        // The top 1% band has no comparison people: the standardized rate is undefined.
        #expect(report.standardizedComparisonRate.isNaN)
    }

    @Test("standardized rate weights the comparison rates by the notified per band")
    func standardized() {
        let composite = RankedScores((0..<100).map(Double.init))
        var notified = [Bool](repeating: false, count: 100)
        notified[80] = true     // band 10-25% (rank 20 of 100)
        let happened = (0..<100).map { $0 >= 75 && $0 < 90 && $0 % 2 == 1 }
        let report = InterventionReport(outcome: .shot, composite: composite, notified: notified,
                                        neighbors: [[Int32]](repeating: [], count: 100), happened: happened)
        let comparison = report.cells.first { $0.band == "10-25%" && $0.group == "comparison" }!
        #expect(comparison.people == 14)     // ranks 11–25 = indices 75…89, minus the notified 80
        #expect(abs(report.standardizedComparisonRate - comparison.rate) < 1e-12)
    }
}
