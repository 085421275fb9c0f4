import Foundation
import Testing
@testable import FocusNetEvaluation

@Suite struct CalibrationTestTests {
    @Test("χ² tail: closed form exp(−x/2) at 2 degrees of freedom, and the 5% critical values of the tables")
    func chiSquareTail() {
        for x in [0.1, 1.0, 5.0, 40.0] {
            #expect(abs(CalibrationTest.chiSquareTail(x, degreesOfFreedom: 2) - exp(-x / 2)) < 1e-13)
        }
        // Critical values of χ² at α = 0.05 (Abramowitz & Stegun, table 26.8).
        for (k, x) in [(1, 3.841459), (8, 15.507313), (10, 18.307038), (30, 43.772972)] {
            #expect(abs(CalibrationTest.chiSquareTail(x, degreesOfFreedom: k) - 0.05) < 1e-6)
        }
        #expect(CalibrationTest.chiSquareTail(0, degreesOfFreedom: 10) == 1)
    }

    @Test("Hosmer–Lemeshow by hand: two deciles, (O − E)² / (E (1 − E/n)) summed, df = deciles")
    func handComputed() throws {
        // Decile A: 100 people, mean prediction 0.1 (E = 10), 14 observed: 16 / (10 × 0.9) = 1.7778.
        // Decile B: 50 people, mean 0.4 (E = 20), 17 observed: 9 / (20 × 0.6) = 0.75. Empty deciles are skipped.
        let bins = [
            CalibrationBin(decile: 1, people: 0, positives: 0, meanScore: .nan, minScore: .nan, maxScore: .nan),
            CalibrationBin(decile: 2, people: 100, positives: 14, meanScore: 0.1, minScore: 0.05, maxScore: 0.15),
            CalibrationBin(decile: 3, people: 50, positives: 17, meanScore: 0.4, minScore: 0.3, maxScore: 0.5),
        ]
        let test = try #require(CalibrationTest(bins))
        #expect(abs(test.statistic - (16.0 / 9 + 0.75)) < 1e-12)
        #expect(test.degreesOfFreedom == 2)
        #expect(abs(test.pValue - exp(-test.statistic / 2)) < 1e-13)
    }

    @Test("nothing to test: every decile empty")
    func empty() {
        #expect(CalibrationTest([CalibrationBin(decile: 1, people: 0, positives: 0, meanScore: .nan, minScore: .nan, maxScore: .nan)]) == nil)
    }
}
