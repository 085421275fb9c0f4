import FocusNetGraph
import Foundation

/// Percentile ranks with ties averaged.
public enum PercentileRank {
    /// The percentile rank of each value: its average rank (1-based, ascending, tied values
    /// share the mean of their ranks) divided by the number of values. The largest value gets
    /// 1; all-equal values all get (N + 1) / (2N).
    ///
    /// Values are first rounded to `significantDigits` significant digits so that solver noise
    /// (1e-12) cannot split what are exact ties, e.g. the PageRank of all isolates.
    ///
    /// - Returns: shape `[N]`, in (0, 1].
    /// - Complexity: O(N log N).
    public static func compute(_ values: [Double], significantDigits: Int = 6) -> [Double] {
        let n = values.count
        guard n > 0 else { return [] }
        let rounded = values.map { round($0, significantDigits) }
        let order = ScoreOrder.ascending(rounded)
        var result = [Double](repeating: 0, count: n)
        var start = 0
        while start < n {
            var end = start + 1
            while end < n, rounded[order[end]] == rounded[order[start]] { end += 1 }
            let averageRank = Double(start + 1 + end) / 2   // mean of ranks start+1 ... end
            for k in start..<end { result[order[k]] = averageRank / Double(n) }
            start = end
        }
        return result
    }

    /// ``compute(_:significantDigits:)`` of non-negative counts, as a table by value: entry x is
    /// the percentile rank every person with count x gets (the same `Double`, bit for bit), so one
    /// person's percentile costs O(1) after one pass. `nil` when a count is negative or above
    /// 999,999 (where rounding to 6 digits would merge values): use ``compute(_:significantDigits:)``.
    /// - Returns: shape `[max + 1]`.
    /// - Complexity: O(N + max) time and memory.
    package static func ofCounts(_ values: [Int]) -> [Double]? {
        let top = values.max() ?? 0
        guard values.allSatisfy({ $0 >= 0 }), top <= 999_999 else { return nil }
        var histogram = [Int](repeating: 0, count: top + 1)
        for v in values { histogram[v] += 1 }
        var result = [Double](repeating: 0, count: top + 1)
        var start = 0
        for (value, equal) in histogram.enumerated() where equal > 0 {
            let end = start + equal
            result[value] = Double(start + 1 + end) / 2 / Double(values.count)
            start = end
        }
        return result
    }

    /// `value` rounded to `digits` significant decimal digits (0 stays 0).
    package static func round(_ value: Double, _ digits: Int) -> Double {
        guard value != 0, value.isFinite else { return value }
        let magnitude = floor(log10(Swift.abs(value)))
        let scale = pow(10, Double(digits - 1) - magnitude)
        return (value * scale).rounded() / scale
    }
}
