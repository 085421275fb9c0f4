import FocusNetGraph
import Testing
@testable import FocusNetEvaluation

/// ``RankedOutcomes`` against definitions computed the slow way in the test: expected outcome
/// persons in a top-k list summed tie group by tie group for every k (O(n × sizes)), and the
/// concordance counted over every weighted (positive, negative) pair (O(n²)).
@Suite struct RankedOutcomesTests {
    /// Scores on a coarse grid (many ties), three outcomes, weights 0…3.
    static func population(_ n: Int, seed: UInt64, levels: Int) -> (scores: [Double], outcomes: [[Bool]], weights: [UInt32]) {
        var g = SplitMix64(seed: seed)
        let scores = (0..<n).map { _ in Double(g.below(levels)) }
        let outcomes = (0..<3).map { o in (0..<n).map { _ in g.below(10 + 5 * o) == 0 } }
        let weights = (0..<n).map { _ in UInt32(g.below(4)) }
        return (scores, outcomes, weights)
    }

    static func slowTruePositives(_ ranked: RankedScores, _ outcome: [Bool], _ weights: [UInt32], k: Int) -> Double {
        var tp = 0.0, above = 0, start = 0
        for end in ranked.groupEnds {
            let members = ranked.order[start..<end]
            start = end
            let g = members.reduce(0) { $0 + Int(weights[$1]) }
            let p = members.reduce(0) { $0 + (outcome[$1] ? Int(weights[$1]) : 0) }
            if g > 0, above < k { tp += Double(min(g, k - above)) * Double(p) / Double(g) }
            above += g
        }
        return tp
    }

    static func slowConcordance(_ scores: [Double], _ outcome: [Bool], _ weights: [UInt32]) -> Double {
        var sum = 0.0
        for i in scores.indices where outcome[i] {
            for j in scores.indices where !outcome[j] {
                let w = Double(weights[i]) * Double(weights[j])
                sum += scores[i] > scores[j] ? w : scores[i] == scores[j] ? 0.5 * w : 0
            }
        }
        return sum
    }

    @Test("three outcomes in one pass: list sums and concordance equal the slow definitions; each outcome equals its own pass bit for bit",
          arguments: [(UInt64(1), 7), (2, 40), (3, 1), (4, 400)])
    func againstDefinitions(seed: UInt64, levels: Int) {
        let (scores, outcomes, weights) = Self.population(300, seed: seed, levels: levels)
        let ranked = RankedScores(scores)
        let sizes: [ListSize] = [.share(50), .count(1), .count(37), .share(10), .count(37), .count(5_000)]
        let positives = outcomes.map { o in o.indices.filter { o[$0] } }
        let (people, totals) = RankedOutcomes.totals(positives: positives, weights: weights)
        #expect(people == weights.reduce(0) { $0 + Int($1) })
        let together = RankedOutcomes(ranked, outcomes: outcomes).components(weights: weights, people: people, positives: totals, sizes: sizes)
        for (o, outcome) in outcomes.enumerated() {
            let c = together[o]
            #expect(c.positives == Double(outcome.indices.reduce(0) { $0 + (outcome[$1] ? Int(weights[$1]) : 0) }))
            for (j, size) in sizes.enumerated() {
                let k = size.count(outOf: people)
                #expect(abs(c.truePositives[j] - Self.slowTruePositives(ranked, outcome, weights, k: k)) < 1e-9, "outcome \(o), size \(size)")
            }
            #expect(abs(c.concordance - Self.slowConcordance(scores, outcome, weights)) < 1e-6)
            let alone = RankedOutcomes(ranked, outcomes: [outcome])
                .components(weights: weights, people: people, positives: [totals[o]], sizes: sizes)[0]
            #expect(alone == c)
        }
    }

    @Test("everyone tied (the random list): capture@k = k/N and AUC ½")
    func allTied() {
        let (_, outcomes, weights) = Self.population(200, seed: 9, levels: 1)
        let ranked = RankedScores([Double](repeating: 0, count: 200))
        let positives = outcomes.map { o in o.indices.filter { o[$0] } }
        let (people, totals) = RankedOutcomes.totals(positives: positives, weights: weights)
        let c = RankedOutcomes(ranked, outcomes: outcomes).components(weights: weights, people: people, positives: totals, sizes: [.count(20)])
        for o in outcomes.indices {
            #expect(abs(c[o].capture(0) - 20 / Double(people)) < 1e-12)
            #expect(abs(c[o].rocAUC - 0.5) < 1e-12)
        }
    }
}
