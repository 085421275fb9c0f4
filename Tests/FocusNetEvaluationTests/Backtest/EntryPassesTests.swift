import FocusNetGraph
import Testing
@testable import FocusNetEvaluation

/// ``EntryPasses`` against ``MetricComponents/evaluate(_:outcome:weights:sizes:probabilities:)``
/// run entry by entry (one ranking and one outcome at a time).
@Suite struct EntryPassesTests {
    @Test("grouped passes give each entry's components; five outcomes of one model split 4 + 1; fitted and random squared errors")
    func againstOneByOne() {
        var g = SplitMix64(seed: 11)
        let n = 250
        let happened = (0..<4).map { o in (0..<n).map { _ in g.below(6 + 3 * o) == 0 } }
        let points = RankedScores((0..<n).map { _ in Double(g.below(12)) })
        let p = (0..<n).map { _ in Double(g.below(1_000)) / 1_000 }
        let kinds: [OutcomeKind] = [.shot, .shooter, .either, .arrest, .shot]
        var entries = kinds.enumerated().map { k, kind in
            Backtest.Entry(model: .points, outcome: kind, ranked: points, probabilities: nil, happened: happened[k % 4])
        }
        entries.append(Backtest.Entry(model: .fitted, outcome: .either, ranked: RankedScores(p), probabilities: p, happened: happened[2]))
        entries.append(Backtest.Entry(model: .random, outcome: .shot, ranked: RankedScores([Double](repeating: 0, count: n)),
                                      probabilities: nil, happened: happened[0]))
        let passes = EntryPasses(entries)
        #expect(passes.passes.map(\.entries) == [[0, 1, 2, 3], [4], [5], [6]])
        let weights = (0..<n).map { _ in UInt32(g.below(3)) }
        let sizes: [ListSize] = [.count(10), .share(5), .share(1)]
        let unscored: [OutcomeKind: Double] = [.shot: 3, .either: 7]   // outcome persons outside the population
        let got = passes.components(weights: weights, unscored: unscored, sizes: sizes)
        for (e, entry) in entries.enumerated() {
            var expected = MetricComponents.evaluate(entry.ranked, outcome: entry.happened, weights: weights.map(Int.init), sizes: sizes,
                                                     probabilities: entry.probabilities)
            if entry.model == .random { expected.squaredError = expected.positives * (1 - expected.positives / expected.people) }
            expected.unscoredPositives = unscored[entry.outcome] ?? 0
            var c = got[e]
            if let se = c.squaredError, let want = expected.squaredError {
                #expect(abs(se - want) <= 1e-12 * max(1, want), "entry \(e): Σ w (p − y)²")
                c.squaredError = want
            }
            #expect(c == expected, "entry \(e)")
        }
    }
}
