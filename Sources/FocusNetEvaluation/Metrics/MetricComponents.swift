import Foundation

/// The sums every metric of one model on one population is a ratio of, so that origins can be
/// pooled by adding them and bootstrap replicates can reuse one pass.
///
/// **Tie rule.** Every rank metric is the expected value over all orderings of tied scores (each
/// ordering equally likely): at the k-th score, the g people tied there contribute r / g of
/// their outcome persons when r of their places fall inside the list; ROC-AUC counts a tied
/// (positive, negative) pair as ½ (Mann–Whitney; Hanley & McNeil 1982,
/// doi:10.1148/radiology.143.1.7063747); average precision is its exact expectation over tied
/// orderings. A model that ties everyone (``ModelKind/random``) therefore gets exactly the
/// expected values of a random list: scored capture@k = k/N (capture@k = k/N × P/(P + U)), PPV@k =
/// base rate, lift 1, AUC ½.
///
/// **Weights.** People may carry integer weights (bootstrap multiplicities): a person of weight
/// w counts as w tied copies.
public struct MetricComponents: Sendable, Equatable {
    /// N: people (total weight).
    public var people: Double = 0
    /// P: people with the outcome.
    public var positives: Double = 0
    /// U: people with the outcome who were not in the ranked population (outside the network at
    /// the origin, or dead by it): on no list, but counted in ``capture(_:)``'s denominator.
    public var unscoredPositives: Double = 0
    /// Residents of the region (the population file's total over its areas), once per origin, so
    /// pooling adds it like the other sums; 0 when the records hold no population file. A census
    /// count, not a sample: bootstrap replicates keep it fixed.
    public var population: Double = 0
    /// The list length used for each requested list size (k capped at N).
    public var listLengths: [Double]
    /// Expected outcome persons within each list.
    public var truePositives: [Double]
    /// Σ over (positive, negative) pairs of 1 when the positive scores higher, ½ when tied.
    public var concordance: Double = 0
    /// P × (N − P).
    public var pairs: Double = 0
    /// Σ over outcome persons of the expected precision at their place (average precision × P).
    public var precisionSum: Double = 0
    /// Σ (p − y)² over people; `nil` when the model gives no probabilities.
    public var squaredError: Double?

    /// All sums 0 for `lists` list sizes; ``squaredError`` 0 when `probabilistic`, else `nil`.
    init(lists: Int, probabilistic: Bool) {
        listLengths = Array(repeating: 0, count: lists)
        truePositives = Array(repeating: 0, count: lists)
        squaredError = probabilistic ? 0 : nil
    }

    /// Share of *all* the outcome persons inside list j, ranked or not: TP / (P + U) (NaN when
    /// P + U = 0) — capture as the literature reports it (Green, Horel & Papachristos 2017,
    /// doi:10.1001/jamainternmed.2016.8245: 6.5% of all shooting episodes in the top 1%).
    public func capture(_ j: Int) -> Double {
        positives + unscoredPositives > 0 ? truePositives[j] / (positives + unscoredPositives) : .nan
    }
    /// Share of the *ranked* outcome persons inside list j: TP / P (NaN when P = 0) — how well the
    /// list orders the network's people, leaving aside those the network never saw.
    public func scoredCapture(_ j: Int) -> Double { positives > 0 ? truePositives[j] / positives : .nan }
    /// Positive predictive value (precision) of list j: TP / k (NaN for an empty list).
    public func ppv(_ j: Int) -> Double { listLengths[j] > 0 ? truePositives[j] / listLengths[j] : .nan }
    /// PPV divided by the base rate P / N: how many times better than a random list.
    public func lift(_ j: Int) -> Double { positives > 0 && people > 0 ? ppv(j) / (positives / people) : .nan }
    /// The population's base rate: all outcome persons in the window, scored or not, per resident,
    /// (P + U) / population (NaN without a population).
    public var populationBaseRate: Double {
        population > 0 ? (positives + unscoredPositives) / population : .nan
    }
    /// PPV of list j divided by the population's base rate (``populationBaseRate``): how many times
    /// the region's rate the listed people had the outcome — the figure of Heller, Jakubowski,
    /// Jelveh & Kapustin (2024), "Machine learning can predict shooting victimization well enough to
    /// help prevent it", *Review of Economics and Statistics*, doi:10.1162/rest_a_01519 (NBER WP
    /// 30170, 2022): almost 13% of Chicago's top 500 shot within 18 months, 128 times the rate of the
    /// average Chicagoan. NaN without a population file or without an outcome person. Beside
    /// ``lift(_:)``, which divides by the rate among the scored.
    public func liftOverPopulation(_ j: Int) -> Double {
        positives + unscoredPositives > 0 ? ppv(j) / populationBaseRate : .nan
    }
    /// ROC-AUC with ties counted half (NaN without both outcomes).
    public var rocAUC: Double { pairs > 0 ? concordance / pairs : .nan }
    /// Average precision (area under the precision–recall step curve), expected over tied orderings.
    public var prAUC: Double { positives > 0 ? precisionSum / positives : .nan }
    /// Mean squared error of the probabilities (NaN when the model gives none).
    public var brier: Double { squaredError.map { people > 0 ? $0 / people : .nan } ?? .nan }
    /// Share of the people with the outcome, P / N (NaN when N = 0).
    public var baseRate: Double { people > 0 ? positives / people : .nan }

    /// Pools two populations (e.g. two origins): sums of every component, so pooled capture is
    /// ΣTP / ΣP, pooled AUC the pair-weighted mean of the AUCs, pooled average precision the
    /// positive-weighted mean of the average precisions.
    static func + (a: MetricComponents, b: MetricComponents) -> MetricComponents {
        var sum = a
        sum.people += b.people
        sum.positives += b.positives
        sum.unscoredPositives += b.unscoredPositives
        sum.population += b.population
        for j in sum.listLengths.indices {
            sum.listLengths[j] += b.listLengths[j]
            sum.truePositives[j] += b.truePositives[j]
        }
        sum.concordance += b.concordance
        sum.pairs += b.pairs
        sum.precisionSum += b.precisionSum
        if let x = a.squaredError, let y = b.squaredError { sum.squaredError = x + y } else { sum.squaredError = nil }
        return sum
    }

    /// The components of `ranked` against `outcome`.
    ///
    /// - Parameters:
    ///   - outcome: shape `[n]`.
    ///   - weights: integer weights, shape `[n]` (`nil` = all 1).
    ///   - sizes: list sizes; a share is taken of the total weight N.
    ///   - probabilities: shape `[n]` for models that give probabilities (for the Brier score).
    /// - Complexity: O(n + sizes log sizes); no sorting of people (one ``RankedOutcomes`` pass).
    static func evaluate(_ ranked: RankedScores, outcome: [Bool], weights: [Int]? = nil, sizes: [ListSize],
                         probabilities: [Double]? = nil) -> MetricComponents {
        precondition(outcome.count == ranked.count, "one outcome per scored person")
        let w = weights.map { $0.map { UInt32($0) } } ?? [UInt32](repeating: 1, count: ranked.count)
        let (people, positives) = RankedOutcomes.totals(positives: [outcome.indices.filter { outcome[$0] }], weights: w)
        var c = RankedOutcomes(ranked, outcomes: [outcome]).components(weights: w, people: people, positives: positives,
                                                                       sizes: sizes)[0]
        if let probabilities { c.squaredError = squaredError(squaredResiduals(probabilities, outcome: outcome), weights: w) }
        return c
    }

    /// (p − y)² of each person; shape `[n]`, person order (computed once, reused by every replicate).
    /// - Complexity: O(n).
    static func squaredResiduals(_ probabilities: [Double], outcome: [Bool]) -> [Double] {
        probabilities.indices.map { i in
            let e = probabilities[i] - (outcome[i] ? 1 : 0)
            return e * e
        }
    }

    /// Σ w (p − y)² over people from ``squaredResiduals(_:outcome:)``; both of shape `[n]`.
    /// - Complexity: O(n).
    static func squaredError(_ residuals: [Double], weights: [UInt32]) -> Double {
        var sum = 0.0
        for i in residuals.indices { sum += Double(weights[i]) * residuals[i] }
        return sum
    }

    /// The expected precision at the place of an outcome person drawn from a tie group of g
    /// people (p with the outcome) that follows `a` people (`A` with the outcome), all orderings
    /// of the group equally likely:
    ///
    ///     (1/g) Σ_{r=1..g} (A + 1 + (r − 1)(p − 1)/(g − 1)) / (a + r)
    ///
    /// (the outcome person at place r of the group has on average (r − 1)(p − 1)/(g − 1) other
    /// outcome persons before it), summed in closed form with the harmonic sum Σ 1/(a + r).
    /// - Complexity: O(min(g, 64)).
    static func expectedPrecision(above a: Int, positivesAbove A: Int, tied g: Int, tiedPositives p: Int) -> Double {
        guard g > 1 else { return Double(A + 1) / Double(a + 1) }
        let c = Double(A + 1), d = Double(p - 1) / Double(g - 1)
        return (d * Double(g) + (c - d * Double(a + 1)) * harmonicSum(after: a, count: g)) / Double(g)
    }

    /// Σ_{r=1..g} 1 / (a + r) = H(a + g) − H(a): summed term by term, small terms first, up to 64
    /// terms; above, from the asymptotic series H(m) = ln m + γ + 1/(2m) − 1/(12m²) + 1/(120m⁴) −
    /// 1/(252m⁶) (Abramowitz & Stegun 6.3.18), whose next term is below 1e-13 for m > 64, with
    /// ln((a + g)/a) as `log1p(g/a)` so nothing cancels. A term-by-term sum over a tie group of
    /// 40,000 people (everyone with one arrest) in every bootstrap replicate was most of a
    /// backtest's time.
    /// - Complexity: O(min(g, 64)).
    static func harmonicSum(after a: Int, count g: Int) -> Double {
        if g <= 64 {
            var sum = 0.0
            for r in stride(from: g, through: 1, by: -1) { sum += 1 / Double(a + r) }
            return sum
        }
        /// H(m) − ln m − γ for m > 64 (the series' tail).
        func tail(_ m: Double) -> Double {
            let m2 = 1 / (m * m)
            return 1 / (2 * m) - m2 * (1.0 / 12 - m2 * (1.0 / 120 - m2 / 252))
        }
        let high = Double(a + g)
        if a <= 64 {
            var low = 0.0   // H(a), exactly
            for r in stride(from: a, through: 1, by: -1) { low += 1 / Double(r) }
            return log(high) + 0.57721566490153286 + tail(high) - low
        }
        return log1p(Double(g) / Double(a)) + tail(high) - tail(Double(a))
    }
}
