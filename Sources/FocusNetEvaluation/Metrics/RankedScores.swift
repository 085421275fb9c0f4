import FocusNetGraph

/// One population's scores sorted once, with their tie groups, so that every rank metric and
/// every bootstrap replicate is a single linear pass.
///
/// People are indexed `0..<n` (in a backtest: the scored people of one origin, in person-index
/// order). Sorting is by score descending, ties by index ascending — the order a list would be
/// drawn up in. Metrics never use that tie-break: they take the expected value over every
/// ordering of tied people (see ``MetricComponents``).
public struct RankedScores: Sendable {
    /// The scores as given. Shape `[n]`.
    public let scores: [Double]
    /// Indices by score descending, ties by index ascending.
    public let order: [Int]
    /// Exclusive end (a position in ``order``) of each tie group, increasing; the last is `n`.
    public let groupEnds: [Int]

    /// Sorts `scores` and finds their tie groups.
    /// - Precondition: every score is finite.
    /// - Complexity: O(n log n).
    public init(_ scores: [Double]) {
        precondition(scores.allSatisfy(\.isFinite), "scores must be finite")
        self.scores = scores
        let order = ScoreOrder.descending(scores)
        var ends = [Int]()
        for position in order.indices where position + 1 == order.count || scores[order[position + 1]] != scores[order[position]] {
            ends.append(position + 1)
        }
        self.order = order
        groupEnds = ends
    }

    /// n: people scored.
    public var count: Int { scores.count }

    /// The first `k` people of the list (ties broken by index): the list as it would be drawn up.
    /// - Complexity: O(1).
    func top(_ k: Int) -> ArraySlice<Int> { order.prefix(k) }

    /// Each person's probability of being in a top-k list when tied people are ordered at random:
    /// 1 above the k-th score, 0 below it, and r / g for each of the g people tied at the k-th
    /// score when r of their places fall within the first k. Shape `[n]`; sums to min(k, n).
    /// - Complexity: O(n).
    func inclusion(_ k: Int) -> [Double] {
        var result = [Double](repeating: 0, count: count)
        var start = 0
        for end in groupEnds {
            guard start < k else { break }
            let share = Double(min(end, k) - start) / Double(end - start)
            for position in start..<end { result[order[position]] = share }
            start = end
        }
        return result
    }
}
