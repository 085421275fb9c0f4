import Testing
@testable import FocusNetSimulation

@Suite struct StylizedFactsTests {
    // Closed forms: equal counts → 0; one non-zero count among n → (n − 1)/n;
    // counts 1, 2, 3, 4 → 2·(1 + 4 + 9 + 16)/(4·10) − 5/4 = 0.25.
    @Test func giniClosedForms() {
        #expect(RegionSimulation.gini(sortedCounts: [3, 3, 3, 3]) == 0)
        #expect(abs(RegionSimulation.gini(sortedCounts: [0, 0, 0, 0, 5]) - 0.8) < 1e-12)
        #expect(abs(RegionSimulation.gini(sortedCounts: [1, 2, 3, 4]) - 0.25) < 1e-12)
        #expect(RegionSimulation.gini(sortedCounts: []) == 0)
        #expect(RegionSimulation.gini(sortedCounts: [0, 0]) == 0)
    }

    // Top 10% of 10 counts is the single largest; of 11 counts it is ⌈1.1⌉ = 2.
    @Test func topShareClosedForms() {
        #expect(abs(RegionSimulation.topShare(sortedCounts: Array(repeating: 1, count: 9) + [11], fraction: 0.1) - 0.55) < 1e-12)
        #expect(abs(RegionSimulation.topShare(sortedCounts: Array(repeating: 1, count: 11), fraction: 0.1) - 2.0 / 11) < 1e-12)
        #expect(RegionSimulation.topShare(sortedCounts: [], fraction: 0.1) == 0)
    }

    @Test func summaryRatesAndShares() {
        #expect(SimulationSummary.rate(3, 0) == 0)
        #expect(SimulationSummary.rate(3, 12) == 0.25)
        #expect(SimulationSummary.share(1, 0) == 0)
    }
}
