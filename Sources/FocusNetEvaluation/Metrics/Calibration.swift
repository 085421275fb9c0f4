/// Outcome rates by score decile: for a probability model the calibration table (mean
/// predicted against observed), for any score the risk gradient.
///
/// Deciles are by percentile rank with ties averaged: a person whose tie group has mid-rank m
/// (ascending, 1-based) among N is in decile ⌈10 m / N⌉ (1 = lowest scores, 10 = highest). Tied
/// people always share a decile, so deciles can be unequal in size (or empty) when many people
/// share a score.
public struct CalibrationBin: Sendable, Equatable {
    /// 1 (lowest scores) … 10 (highest).
    public let decile: Int
    /// People in the decile (count).
    public let people: Int
    /// People in the decile with the outcome (count).
    public let positives: Int
    /// Mean score in the decile (the mean predicted probability for a probability model).
    public let meanScore: Double
    /// Lowest score in the decile (NaN when empty).
    public let minScore: Double
    /// Highest score in the decile (NaN when empty).
    public let maxScore: Double

    /// Share of the decile's people with the outcome, `positives / people` (NaN when empty).
    public var observedRate: Double { people > 0 ? Double(positives) / Double(people) : .nan }

    /// The ten bins of `ranked` against `outcome` (empty deciles included, with 0 people).
    /// - Complexity: O(n).
    static func deciles(_ ranked: RankedScores, outcome: [Bool]) -> [CalibrationBin] {
        let n = ranked.count
        var people = [Int](repeating: 0, count: 10), positives = [Int](repeating: 0, count: 10)
        var sum = [Double](repeating: 0, count: 10)
        var low = [Double](repeating: .infinity, count: 10), high = [Double](repeating: -.infinity, count: 10)
        var start = 0
        for end in ranked.groupEnds {
            // Places start..<end from the top are ascending ranks n−end+1 … n−start.
            let midRank = Double(2 * n - end - start + 1) / 2
            let decile = min(10, max(1, Int((10 * midRank / Double(n)).rounded(.up)))) - 1
            for position in start..<end {
                let i = ranked.order[position], s = ranked.scores[i]
                people[decile] += 1
                if outcome[i] { positives[decile] += 1 }
                sum[decile] += s
                low[decile] = min(low[decile], s)
                high[decile] = max(high[decile], s)
            }
            start = end
        }
        return (0..<10).map { d in
            CalibrationBin(decile: d + 1, people: people[d], positives: positives[d],
                           meanScore: people[d] > 0 ? sum[d] / Double(people[d]) : .nan,
                           minScore: people[d] > 0 ? low[d] : .nan, maxScore: people[d] > 0 ? high[d] : .nan)
        }
    }

    /// Bins of several populations added decile by decile (pooled origins).
    static func pooled(_ tables: [[CalibrationBin]]) -> [CalibrationBin] {
        (0..<10).map { d in
            let bins = tables.map { $0[d] }.filter { $0.people > 0 }
            let people = bins.map(\.people).reduce(0, +)
            return CalibrationBin(
                decile: d + 1, people: people, positives: bins.map(\.positives).reduce(0, +),
                meanScore: people > 0 ? bins.map { $0.meanScore * Double($0.people) }.reduce(0, +) / Double(people) : .nan,
                minScore: bins.map(\.minScore).min() ?? .nan, maxScore: bins.map(\.maxScore).max() ?? .nan)
        }
    }
}
