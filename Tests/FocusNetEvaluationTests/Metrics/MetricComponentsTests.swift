import Foundation
import FocusNetGraph
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

/// Reference values: hand computations (drawn below), a brute-force enumeration of tied orderings,
/// and scikit-learn 1.9.1 (numpy 2.4.6) run in a throwaway venv:
/// `roc_auc_score(y, s)`, `average_precision_score(y, s)`, `brier_score_loss(y, s)`; tolerance 1e-12.
@Suite struct MetricComponentsTests {
    /// score: 0.9 | 0.8  0.8  0.8 | 0.5  0.5 | 0.2 | 0.1
    /// y:      1  |  0    1    1  |  0    1  |  0  |  0      N = 8, P = 4
    static let scores = [0.9, 0.8, 0.8, 0.8, 0.5, 0.5, 0.2, 0.1]
    static let y = [true, false, true, true, false, true, false, false]

    @Test("capture, PPV and lift when the k-th score is tied: expected value over tied orderings")
    func tiedAtK() {
        let c = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, sizes: [.count(2), .count(4), .share(50)])
        // k = 2: the 0.9 (1 outcome) + 1 of the 3 tied at 0.8 (2 outcomes among 3) → 1 + 2/3.
        #expect(abs(c.truePositives[0] - 5.0 / 3) < 1e-12)
        #expect(abs(c.capture(0) - 5.0 / 12) < 1e-12)
        #expect(abs(c.ppv(0) - 5.0 / 6) < 1e-12)
        #expect(abs(c.lift(0) - 5.0 / 3) < 1e-12)
        // k = 4 ends exactly at a group end: 3 outcomes, no tie split.
        #expect(abs(c.truePositives[1] - 3) < 1e-12)
        // 50% of 8 = 4.
        #expect(c.listLengths[2] == 4)
    }

    @Test("capture counts the outcome persons outside the ranked population; capture_scored does not; pooling adds them")
    func unscoredOutcomePersons() {
        var c = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, sizes: [.count(2)])
        c.unscoredPositives = 2   // two more people had the outcome, outside the network
        // TP = 5/3 (above); P = 4, U = 2: capture = (5/3) / 6 = 5/18, scored capture = (5/3) / 4 = 5/12.
        #expect(abs(c.capture(0) - 5.0 / 18) < 1e-12)
        #expect(abs(c.scoredCapture(0) - 5.0 / 12) < 1e-12)
        #expect(abs(c.ppv(0) - 5.0 / 6) < 1e-12)   // PPV and lift are about the listed: unchanged
        let pooled = c + c
        #expect(pooled.unscoredPositives == 4 && abs(pooled.capture(0) - 10.0 / 36) < 1e-12)
        var none = MetricComponents(lists: 1, probabilistic: false)
        none.unscoredPositives = 3   // only unranked outcome persons: capture 0 of 3, scored capture undefined
        #expect(none.capture(0) == 0 && none.scoredCapture(0).isNaN)
    }

    @Test("ROC-AUC with ties counted half: 13.5 / 16 (hand count; sklearn roc_auc_score 0.84375)")
    func aucTies() {
        // Positives: 0.9 beats 4 negatives; each 0.8 beats 3 and ties 1 (3.5); the 0.5 beats 2 and ties 1 (2.5).
        let c = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, sizes: [])
        #expect(c.pairs == 16)
        #expect(abs(c.rocAUC - 0.84375) < 1e-12)
    }

    @Test("average precision with ties equals the mean over all 12 tied orderings (brute force: 0.8638888888888888)")
    func apTies() {
        let c = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, sizes: [])
        #expect(abs(c.prAUC - 0.8638888888888888) < 1e-12)
        // The same enumeration in Swift: orderings of {1,2,3} and {4,5}.
        var total = 0.0, count = 0
        for a in permutations([1, 2, 3]) {
            for b in permutations([4, 5]) {
                total += averagePrecision([0] + a + b + [6, 7])
                count += 1
            }
        }
        #expect(abs(c.prAUC - total / Double(count)) < 1e-12)
    }

    @Test("without ties: AUC, average precision and Brier match scikit-learn 1.9.1")
    func sklearnUntied() {
        // x_i = (i·2654435761 mod 2³²) / 2³², y_i = [(i·7919 mod 1000)/1000 < 0.6 x_i + 0.1], i < 200.
        let x: [Double] = (0..<200).map { (i: Int) -> Double in Double((UInt64(i) * 2_654_435_761) % 4_294_967_296) / 4_294_967_296 }
        let y: [Bool] = (0..<200).map { (i: Int) -> Bool in Double((i * 7919) % 1000) / 1000 < x[i] * 0.6 + 0.1 }
        #expect(y.filter { $0 }.count == 82)
        let c = MetricComponents.evaluate(RankedScores(x), outcome: y, sizes: [], probabilities: x)
        #expect(abs(c.rocAUC - 0.7008061182306738) < 1e-12)      // roc_auc_score(y, x)
        #expect(abs(c.prAUC - 0.6044014201328094) < 1e-12)       // average_precision_score(y, x)
        #expect(abs(c.brier - 0.23634582669732687) < 1e-12)      // brier_score_loss(y, x)
    }

    @Test("everyone tied gives the expected values of a random list, AP in closed form")
    func randomList() {
        let n = 50, p = 7
        let y = (0..<n).map { $0 % 7 == 3 }
        #expect(y.filter { $0 }.count == p)
        let c = MetricComponents.evaluate(RankedScores([Double](repeating: 0, count: n)), outcome: y, sizes: [.count(10), .share(1)])
        #expect(abs(c.capture(0) - 10.0 / 50) < 1e-12)
        #expect(abs(c.ppv(0) - 7.0 / 50) < 1e-12)
        #expect(abs(c.lift(1) - 1) < 1e-12)
        #expect(abs(c.rocAUC - 0.5) < 1e-12)
        // E[AP] of a random ordering = (1/N)[H_N + (P − 1)/(N − 1) · (N − H_N)].
        let h = (1...n).reduce(0.0) { $0 + 1 / Double($1) }
        let expected = (h + Double(p - 1) / Double(n - 1) * (Double(n) - h)) / Double(n)
        #expect(abs(c.prAUC - expected) < 1e-12)
    }

    @Test("integer weights are copies: weighting equals duplicating rows")
    func weightsAreCopies() {
        let w = [2, 0, 1, 3, 1, 0, 2, 1]
        var scores: [Double] = [], y: [Bool] = []
        for i in w.indices { for _ in 0..<w[i] { scores.append(Self.scores[i]); y.append(Self.y[i]) } }
        let sizes: [ListSize] = [.count(3), .share(25)]
        let weighted = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, weights: w, sizes: sizes, probabilities: Self.scores)
        let copied = MetricComponents.evaluate(RankedScores(scores), outcome: y, sizes: sizes, probabilities: scores)
        #expect(weighted.people == copied.people && weighted.positives == copied.positives)
        for j in sizes.indices { #expect(abs(weighted.truePositives[j] - copied.truePositives[j]) < 1e-12) }
        #expect(abs(weighted.rocAUC - copied.rocAUC) < 1e-12)
        #expect(abs(weighted.prAUC - copied.prAUC) < 1e-12)
        #expect(abs(weighted.brier - copied.brier) < 1e-12)
    }

    @Test("pooling adds components: capture ΣTP/ΣP, AUC pair-weighted")
    func pooling() {
        let a = MetricComponents.evaluate(RankedScores(Self.scores), outcome: Self.y, sizes: [.count(2)])
        let b = MetricComponents.evaluate(RankedScores([3, 2, 1]), outcome: [false, true, false], sizes: [.count(2)])
        let sum = a + b
        #expect(sum.people == 11 && sum.positives == 5)
        #expect(abs(sum.capture(0) - (5.0 / 3 + 1) / 5) < 1e-12)
        #expect(abs(sum.rocAUC - (13.5 + 1) / (16 + 2)) < 1e-12)
        #expect(sum.squaredError == nil)
    }

    @Test("undefined metrics are NaN, never 0: no outcome person, nobody scored")
    func undefined() {
        let c = MetricComponents.evaluate(RankedScores([1, 2]), outcome: [false, false], sizes: [.count(1)])
        #expect(c.capture(0).isNaN && c.rocAUC.isNaN && c.prAUC.isNaN && c.lift(0).isNaN)
        #expect(c.ppv(0) == 0)
        let empty = MetricComponents.evaluate(RankedScores([]), outcome: [], sizes: [.share(1)])
        #expect(empty.ppv(0).isNaN && empty.baseRate.isNaN)
    }

    func averagePrecision(_ order: [Int]) -> Double {
        var hits = 0, sum = 0.0
        for (r, i) in order.enumerated() where Self.y[i] {
            hits += 1
            sum += Double(hits) / Double(r + 1)
        }
        return sum / 4
    }

    func permutations(_ a: [Int]) -> [[Int]] {
        guard a.count > 1 else { return [a] }
        return a.indices.flatMap { i in permutations(Array(a[..<i] + a[(i + 1)...])).map { [a[i]] + $0 } }
    }
}

/// The harmonic sums behind the expected precision of a tie group, against term-by-term sums.
@Suite struct HarmonicSumTests {
    static func direct(_ a: Int, _ g: Int) -> Double {
        var sum = 0.0
        for r in stride(from: g, through: 1, by: -1) { sum += 1 / Double(a + r) }
        return sum
    }

    @Test("within 1e-12 relative of the term-by-term sum, for small and large groups after small and large prefixes")
    func agreesWithDirectSum() {
        for a in [0, 1, 7, 64, 65, 1_000, 90_000] {
            for g in [1, 2, 64, 65, 200, 40_000] {
                let exact = Self.direct(a, g), fast = MetricComponents.harmonicSum(after: a, count: g)
                #expect(abs(fast - exact) <= 1e-12 * exact, "a \(a), g \(g): \(fast) vs \(exact)")
            }
        }
        // Up to 64 terms the sum is the term-by-term one, bit for bit.
        #expect(MetricComponents.harmonicSum(after: 10, count: 64) == Self.direct(10, 64))
        // H(3) = 1 + 1/2 + 1/3 = 11/6.
        #expect(abs(MetricComponents.harmonicSum(after: 0, count: 3) - 11.0 / 6) < 1e-15)
    }
}

@Suite struct LiftOverPopulationTests {
    @Test("lift over the population: PPV / ((P + U) / residents), closed form; NaN without a population")
    func closedForm() {
        // Heller et al. (2024): 13% of a top-500 list shot, about 128 times the city's rate, a base
        // rate of 0.13 / 128 ≈ 0.1%. Here: 1,000 scored people, the top 500 hold 65 of the 80 scored
        // outcome persons, 20 more outcome persons were never scored, and 100,000 residents.
        let scores = (0..<1000).map { Double(1000 - $0) }
        let y = (0..<1000).map { $0 < 500 ? $0 % 100 < 13 : $0 % 100 < 3 }
        var c = MetricComponents.evaluate(RankedScores(scores), outcome: y, sizes: [.count(500)])
        #expect(c.positives == 80 && c.truePositives[0] == 65)
        c.unscoredPositives = 20
        #expect(c.liftOverPopulation(0).isNaN, "no population file: nothing invented")
        c.population = 100_000
        #expect(abs(c.populationBaseRate - 100.0 / 100_000) < 1e-15)
        #expect(abs(c.liftOverPopulation(0) - 0.13 / 0.001) < 1e-9)
        #expect(abs(c.lift(0) - 0.13 / 0.08) < 1e-12, "the existing lift stays over the scored people")
        // Pooling two origins adds the residents once per origin, like the people.
        let pooled = c + c
        #expect(pooled.population == 200_000 && abs(pooled.liftOverPopulation(0) - 130) < 1e-9)
    }

    @Test("a backtest with a population file reports lift_population beside lift, with an interval; without one it is empty and a note says so")
    func inBacktest() throws {
        let backtest = try BacktestFixtures.exampleBacktest.get()
        #expect(backtest.population > 0 && !backtest.notes.contains(Backtest.noPopulationNote))
        let composite = try #require(backtest.pooled.first { $0.model == .composite && $0.outcome == .either })
        let lift = try #require(composite.metrics.first { $0.metric == "lift_population" && $0.size == .share(5) })
        let c = composite.components
        #expect(abs(lift.value - c.ppv(1) * Double(backtest.population * backtest.origins.count) / (c.positives + c.unscoredPositives)) < 1e-9)
        #expect(lift.low != nil && lift.high != nil)
        let records = try BacktestFixtures.records(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-05-01\nA1,p2,2020-05-01\nA2,p1,2020-09-01\n"])
        let bare = try Backtest(records: records, configuration: BacktestFixtures.configuration(
            origins: [BacktestFixtures.day("2020-06-30")], outcomes: [.arrest], replicates: 5))
        #expect(bare.population == 0 && bare.notes.contains(Backtest.noPopulationNote))
        let row = try #require(bare.origins[0].evaluations.first { $0.model == .priorArrests }?.metrics.first { $0.metric == "lift_population" })
        #expect(row.value.isNaN && row.low == nil)
    }
}
