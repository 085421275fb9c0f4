import Foundation

/// A seeded source of 64 random bits, and every draw FocusNet takes from one.
///
/// The draws are written out here once rather than taken from the standard library, whose
/// `random(in:using:)` and `shuffle(using:)` algorithms may change between toolchains: the same
/// seed must give the same sample, layout and synthetic files everywhere. Two streams conform:
/// ``SplitMix64`` (sampling, layouts, bootstrap) and ``Xoshiro256StarStar`` (the simulator).
package protocol SeededGenerator: RandomNumberGenerator {}

extension SeededGenerator {
    /// A uniform integer in `0..<bound`: Lemire's multiply-shift with rejection, unbiased
    /// (Lemire, "Fast random integer generation in an interval", ACM TOMACS 29(1) 2019,
    /// doi:10.1145/3230636).
    /// - Precondition: `bound > 0`.
    /// - Complexity: O(1) expected.
    package mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(_:) needs a positive bound")
        let range = UInt64(bound)
        var product = next().multipliedFullWidth(by: range)
        if product.low < range {
            let threshold = (0 &- range) % range
            while product.low < threshold { product = next().multipliedFullWidth(by: range) }
        }
        return Int(product.high)
    }

    /// A uniform double in [0, 1) with 53 random bits.
    package mutating func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// A uniform double in [lower, upper).
    package mutating func uniform(_ lower: Double, _ upper: Double) -> Double { lower + (upper - lower) * uniform() }

    /// True with probability `p` (clamped to [0, 1]).
    package mutating func bernoulli(_ p: Double) -> Bool { uniform() < p }

    /// A standard normal deviate (Box–Muller, one of the pair; no cached state).
    package mutating func normal() -> Double {
        let u = 1 - uniform()   // (0, 1]
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * uniform())
    }

    /// An exponential deviate with the given mean.
    package mutating func exponential(mean: Double) -> Double { -mean * log(1 - uniform()) }

    /// A Poisson count with the given mean (≥ 0).
    ///
    /// Knuth's product method below a mean of 30; above, Hörmann's transformed rejection
    /// PTRS ("The transformed rejection method for generating Poisson random variables",
    /// Insurance: Mathematics and Economics 12, 1993, doi:10.1016/0167-6687(93)90997-4).
    /// - Complexity: O(mean) expected below 30, O(1) expected above.
    package mutating func poisson(mean: Double) -> Int {
        guard mean > 0 else { return 0 }
        if mean < 30 {
            let limit = exp(-mean)
            var count = 0
            var product = uniform()
            while product > limit { count += 1; product *= uniform() }
            return count
        }
        let slam = mean.squareRoot(), logMean = log(mean)
        let b = 0.931 + 2.53 * slam
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = uniform() - 0.5, v = uniform()
            let us = 0.5 - abs(u)
            let k = ((2 * a / us + b) * u + mean + 0.43).rounded(.down)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -mean + k * logMean - lgamma(k + 1) {
                return Int(k)
            }
        }
    }

    /// `count` distinct values from `0..<population`, increasing (Floyd's sampling).
    /// - Precondition: `0 ≤ count ≤ population`.
    /// - Complexity: O(count log count).
    package mutating func sample(_ count: Int, from population: Int) -> [Int] {
        floyd(count, below: population).sorted()
    }

    /// `count` distinct integers of `0..<n` in random order: Floyd's sampling, then a shuffle.
    /// - Precondition: `0 ≤ count ≤ n`.
    /// - Complexity: O(count) expected time and memory, whatever `n`.
    package mutating func distinct(_ count: Int, below n: Int) -> [Int] {
        var order = floyd(count, below: n)
        shuffle(&order)
        return order
    }

    /// Shuffles `array` in place (Fisher–Yates). - Complexity: O(array.count).
    package mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) { array.swapAt(i, below(i + 1)) }
    }

    /// `count` distinct integers of `0..<n` in the order Floyd's algorithm picks them (Bentley &
    /// Floyd, "A sample of brilliance", CACM 30(9) 1987, doi:10.1145/30401.315746): one draw
    /// `below(j + 1)` for each `j` of `n − count ..< n`.
    /// - Complexity: O(count) expected.
    private mutating func floyd(_ count: Int, below n: Int) -> [Int] {
        precondition(count >= 0 && count <= n, "cannot draw \(count) distinct values below \(n)")
        var chosen = Set<Int>(minimumCapacity: count)
        var order: [Int] = []                // insertion order: a Set's iteration order varies by process
        order.reserveCapacity(count)
        for j in (n - count)..<n {
            let t = below(j + 1)
            let pick = chosen.contains(t) ? j : t
            chosen.insert(pick)
            order.append(pick)
        }
        return order
    }
}
