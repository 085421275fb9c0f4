import FocusNetGraph

/// Seeded nonparametric bootstrap (Efron & Tibshirani 1993, *An Introduction to the Bootstrap*,
/// ch. 13: percentile intervals).
///
/// A replicate redraws the people with replacement; it is represented by integer weights (how
/// many times each person was drawn), so a replicate's metrics reuse the sorted scores.
enum Bootstrap {
    /// Multiplicities of `n` draws with replacement from `n` people. Shape `[n]`, sums to n.
    /// - Complexity: O(n).
    static func weights(_ n: Int, using generator: inout FocusNetGraph.SplitMix64) -> [UInt32] {
        precondition(n < Int(UInt32.max), "more people than 32-bit weights hold")
        var weights = [UInt32](repeating: 0, count: n)
        guard n > 0 else { return weights }
        for _ in 0..<n { weights[generator.below(n)] += 1 }
        return weights
    }

    /// Runs `replicates` replicates: each replicate's draw is made in sequence from `generator`
    /// (the same seed gives the same draws as a sequential loop), and `evaluate` runs on the
    /// draws on all cores, 8 replicates at a time (``FocusNetGraph/DeterministicParallel``).
    /// The bootstrap was 90% of a city backtest on one core.
    /// - Parameters:
    ///   - evaluate: a pure function of one draw (it runs on several threads at once).
    ///   - done: told the replicates finished after each block of 8.
    /// - Returns: each replicate's result, in replicate order.
    /// - Complexity: `replicates` draws and evaluations; memory for 8 draws at a time.
    static func run<Draw, Output>(replicates: Int, generator: inout FocusNetGraph.SplitMix64,
                                  draw: (inout FocusNetGraph.SplitMix64) -> Draw, evaluate: (Draw) -> Output,
                                  done: (Int) -> Void = { _ in }) -> [Output] {
        var results: [Output] = []
        results.reserveCapacity(replicates)
        let block = 8
        var finished = 0
        while finished < replicates {
            let count = min(block, replicates - finished)
            let draws = (0..<count).map { _ in draw(&generator) }
            results += DeterministicParallel.map(count: count) { evaluate(draws[$0]) }
            finished += count
            done(finished)
        }
        return results
    }

    /// The percentile interval of the finite `values`: their 2.5% and 97.5% quantiles for
    /// `level = 0.95`, by linear interpolation between order statistics (Hyndman & Fan 1996
    /// type 7, numpy's default). `nil` when fewer than half the replicates give a value (the
    /// metric is undefined in most resamples).
    /// - Complexity: O(B log B).
    static func percentileInterval(_ values: [Double], level: Double = 0.95) -> (low: Double, high: Double)? {
        let finite = values.filter(\.isFinite).sorted()
        guard !finite.isEmpty, finite.count * 2 >= values.count else { return nil }
        let alpha = (1 - level) / 2
        return (quantile(finite, alpha), quantile(finite, 1 - alpha))
    }

    /// Type-7 quantile of sorted values.
    static func quantile(_ sorted: [Double], _ q: Double) -> Double {
        let h = Double(sorted.count - 1) * q
        let lo = Int(h.rounded(.down)), hi = min(lo + 1, sorted.count - 1)
        return sorted[lo] + (h - Double(lo)) * (sorted[hi] - sorted[lo])
    }

    /// A generator for stream `stream` of a run seeded `seed`: independent, reproducible streams
    /// (a backtest's cluster bootstrap draws from stream 0).
    static func generator(seed: UInt64, stream: UInt64) -> FocusNetGraph.SplitMix64 {
        var mixer = FocusNetGraph.SplitMix64(seed: seed ^ (stream &* 0xD1B5_4A32_D192_ED03))
        return FocusNetGraph.SplitMix64(seed: mixer.next())
    }
}
