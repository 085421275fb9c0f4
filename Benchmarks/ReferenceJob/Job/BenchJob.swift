import FocusNetGraph
import FocusNetScoring
import Foundation

/// The conventions of the reference benchmark job (docs/performance.md, "The reference job"), the
/// option set behind `focusnet-reference-job`.
///
/// Where they differ from FocusNet's defaults:
/// - records dated **strictly before** D (FocusNet's window as of the day before D),
///   no lookback, no group expiry; memberships first seen before D (blank `first_seen` excluded);
/// - mass events kept (``ProjectionOptions/counts``): tie strength = distinct shared arrests;
/// - betweenness on **hop counts** (not tie length 1/strength); exact up to
///   ``exactBetweennessMax`` nodes, else from ``betweennessSamples`` sources scaled by n/k;
/// - exposure window `[D − 18 months, D)` — **closed** at the old end, unlike FocusNet's
///   `(D − L, D]` — with weight 1 at one hop and 0.5 at two, no recency weighting;
/// - violent/gun arrests: distinct arrests before D of which one of the person's rows is
///   `violent` or has `gun_involved` = 1 (the reference pipelines keep one row per person and arrest: the same
///   count whenever a person has one row per arrest, as in `focusnet simulate` data);
/// - ranking population: nodes without a `shot_fatal` victimization before D;
/// - score = mean percentile rank of strength, PageRank, betweenness, exposure and violent/gun
///   arrests, float components first rounded to 6 significant digits as NumPy rounds.
public struct BenchJob: Sendable, Equatable {
    /// How sampled betweenness chooses its sources.
    public enum Sampling: String, Sendable, Equatable, CaseIterable {
        /// The sources `numpy.random.default_rng(seed).choice(n, k, replace=False)` draws — those
        /// of `peer_igraph.py` (see ``NumPySourceSample``), so the estimate is the reference pipeline's own.
        case numpy
        /// Exact betweenness inside every component but the largest, and the largest sampled
        /// with ``BenchJob/betweennessSamples`` sources drawn from it alone (see
        /// ``ComponentSampledBetweenness``), linearly scaled (Geisberger, Sanders & Schultes 2008):
        /// a lower-variance estimate of the same quantity.
        case component
    }

    /// D: nothing dated on or after it is read.
    public var asOf: CalendarDay
    /// Networks with at most this many nodes get exact betweenness (default 20,000).
    public var exactBetweennessMax: Int
    /// k: betweenness sources above that size (default 256).
    public var betweennessSamples: Int
    /// Seed of the source draw (default 42).
    public var seed: UInt64
    /// How the sources are drawn (default ``Sampling/numpy``).
    public var sampling: Sampling
    /// Exposure counts victims shot in `[exposureWindow before D, D)`.
    public var exposureWindow: CalendarPeriod

    /// The job as of `asOf`, with the reference pipelines' defaults.
    public init(asOf: CalendarDay, exactBetweennessMax: Int = 20_000, betweennessSamples: Int = 256, seed: UInt64 = 42,
                sampling: Sampling = .numpy, exposureWindow: CalendarPeriod = CalendarPeriod(count: 18, unit: .months)) {
        self.asOf = asOf
        self.exactBetweennessMax = exactBetweennessMax
        self.betweennessSamples = betweennessSamples
        self.seed = seed
        self.sampling = sampling
        self.exposureWindow = exposureWindow
    }

    /// The reference job's output columns, in order.
    public static let columns = [
        "rank", "person_id", "score", "strength", "pagerank", "betweenness", "exposure", "violent_gun_arrests",
        "degree", "eigenvector", "coreness", "pct_strength", "pct_pagerank", "pct_betweenness", "pct_exposure",
        "pct_violent_gun",
    ]

    /// `x` rounded to `digits` significant digits exactly as the reference pipelines' NumPy `sig` does
    /// (`round(x / 10^e, digits − 1) · 10^e` with e = ⌊log10 |x|⌋, halves to even), so that the
    /// same values tie. 0 stays 0.
    public static func significant(_ x: Double, digits: Int = 6) -> Double {
        guard x != 0, x.isFinite else { return x }
        let e = (log10(Swift.abs(x))).rounded(.down)
        let p = pow(10, e)
        let decimals = pow(10, Double(digits - 1))
        return ((x / p) * decimals).rounded(.toNearestOrEven) / decimals * p
    }

    /// Average rank (1-based, ascending, ties averaged) divided by the count — the reference pipelines'
    /// `rank("average") / N`. Shape of `values`.
    /// - Complexity: O(N log N).
    public static func percentileRanks(_ values: [Double]) -> [Double] {
        let n = values.count
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        var result = [Double](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, values[order[end]] == values[order[start]] { end += 1 }
            let rank = Double(start + 1 + end) / 2
            for k in start..<end { result[order[k]] = rank / Double(n) }
            start = end
        }
        return result
    }
}

