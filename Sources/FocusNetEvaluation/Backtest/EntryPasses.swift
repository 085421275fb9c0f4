/// The (model, outcome) entries of one origin grouped by ranking, so that one pass of
/// ``RankedOutcomes`` evaluates every outcome of a list: a baseline model ranks once for all
/// outcomes, a fitted model once per outcome.
struct EntryPasses: Sendable {
    /// One ranking and the entries it serves, `entries[s]` judged on outcome bit s.
    struct Pass: Sendable {
        let ranked: RankedOutcomes
        let entries: [Int]
    }

    /// The entries, in table order.
    let entries: [Backtest.Entry]
    /// Every ranking once.
    let passes: [Pass]
    /// The people with each distinct outcome judged (indices).
    let positives: [[Int]]
    /// For each entry, the index of its outcome in ``positives``.
    let outcomeOfEntry: [Int]
    /// (p − y)² of each person for the entries with probabilities, `nil` for the others.
    let squaredResiduals: [[Double]?]

    /// Groups `entries` (all of one population).
    /// - Precondition: a baseline model's entries share one ranking (``Backtest/entries(_:models:outcomes:)``
    ///   ranks each baseline model once for every outcome).
    /// - Complexity: O(n × entries).
    init(_ entries: [Backtest.Entry]) {
        var kinds: [OutcomeKind] = [], outcomes: [[Bool]] = []
        let outcomeOfEntry = entries.map { entry in
            if let k = kinds.firstIndex(of: entry.outcome) { return k }
            kinds.append(entry.outcome)
            outcomes.append(entry.happened)
            return kinds.count - 1
        }
        var groups: [[Int]] = []
        for (e, entry) in entries.enumerated() {
            let shared = !entry.model.isFitted
            if shared, let g = groups.firstIndex(where: {
                entries[$0[0]].model == entry.model && $0.count < RankedOutcomes.capacity
            }) {
                precondition(entries[groups[g][0]].ranked.order == entry.ranked.order, "a baseline model ranks once")
                groups[g].append(e)
            } else {
                groups.append([e])
            }
        }
        self.entries = entries
        passes = groups.map { group in
            Pass(ranked: RankedOutcomes(entries[group[0]].ranked, outcomes: group.map { entries[$0].happened }), entries: group)
        }
        positives = outcomes.map { outcome in outcome.indices.filter { outcome[$0] } }
        self.outcomeOfEntry = outcomeOfEntry
        squaredResiduals = entries.map { entry in
            entry.probabilities.map { MetricComponents.squaredResiduals($0, outcome: entry.happened) }
        }
    }

    /// The components of every entry, in entry order, when person i counts `weights[i]` times
    /// (shape `[n]`; all 1 for the population itself). A fitted model's squared error comes from
    /// its probabilities; a random list's is that of forecasting the population's own base rate
    /// for everyone, P (1 − P/N); other models have none. Without `squaredErrors` no entry has one.
    /// - Complexity: O(passes × n + Σ sizes).
    /// `unscored` is the weight of the outcome persons outside the population, by outcome
    /// (``MetricComponents/unscoredPositives``); `population` the region's residents
    /// (``MetricComponents/population``, 0 when unknown), the same in every replicate.
    func components(weights: [UInt32], unscored: [OutcomeKind: Double], population: Double = 0, sizes: [ListSize],
                    squaredErrors: Bool = true) -> [MetricComponents] {
        let (people, positives) = RankedOutcomes.totals(positives: positives, weights: weights)
        var result = [MetricComponents?](repeating: nil, count: entries.count)
        for pass in passes {
            let values = pass.ranked.components(weights: weights, people: people,
                                                positives: pass.entries.map { positives[outcomeOfEntry[$0]] }, sizes: sizes)
            for (s, e) in pass.entries.enumerated() { result[e] = values[s] }
        }
        return result.enumerated().map { e, c in
            var c = c!
            let entry = entries[e]
            c.unscoredPositives = unscored[entry.outcome] ?? 0
            c.population = population
            guard squaredErrors else { return c }
            if let residuals = squaredResiduals[e] {
                c.squaredError = MetricComponents.squaredError(residuals, weights: weights)
            } else if entry.model == .random, c.people > 0 {
                c.squaredError = c.positives * (1 - c.positives / c.people)
            }
            return c
        }
    }
}
