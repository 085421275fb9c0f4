import Foundation

/// The Hosmer–Lemeshow test of a probability model's calibration on a held-out population: one
/// statistic for the whole decile table, where a Wilson interval per decile judges each decile
/// alone (with ten deciles, a perfectly calibrated model has about a 40% chance that at least one
/// of ten 95% intervals misses).
///
/// C = Σ_g (O_g − E_g)² / (E_g (1 − E_g / n_g)) over the G non-empty deciles, with O_g the people
/// with the outcome, E_g the sum of the predicted probabilities (n_g × mean prediction) and n_g the
/// people of decile g. The model was fitted on other origins, so no degree of freedom is spent:
/// C is referred to χ² with G degrees of freedom (Hosmer, Lemeshow & Sturdivant 2013, *Applied
/// Logistic Regression*, 3rd ed., §5.2.2, doi:10.1002/9781118548387; external validation, G
/// rather than G − 2).
public struct CalibrationTest: Sendable, Equatable, Codable {
    /// C, the Hosmer–Lemeshow statistic.
    public let statistic: Double
    /// G, the non-empty deciles.
    public let degreesOfFreedom: Int
    /// P(χ²_G ≥ C): small values say the predictions and the observed rates differ by more than
    /// chance (e.g. below 0.05).
    public let pValue: Double

    enum CodingKeys: String, CodingKey {
        case statistic
        case degreesOfFreedom = "degrees_of_freedom"
        case pValue = "p_value"
    }

    /// The test of `bins` (mean score = mean predicted probability). `nil` when no decile has a
    /// prediction strictly between 0 and 1 to test against.
    /// - Complexity: O(bins).
    public init?(_ bins: [CalibrationBin]) {
        var c = 0.0, g = 0
        for bin in bins where bin.people > 0 {
            let n = Double(bin.people), expected = n * bin.meanScore
            let variance = expected * (1 - bin.meanScore)
            guard variance > 0 else { continue }
            let d = Double(bin.positives) - expected
            c += d * d / variance
            g += 1
        }
        guard g > 0 else { return nil }
        statistic = c
        degreesOfFreedom = g
        pValue = CalibrationTest.chiSquareTail(c, degreesOfFreedom: g)
    }

    /// P(χ²_k ≥ x) = Q(k/2, x/2), the regularized upper incomplete gamma function.
    /// - Complexity: O(iterations), at most 500.
    static func chiSquareTail(_ x: Double, degreesOfFreedom k: Int) -> Double {
        guard x > 0 else { return 1 }
        return upperRegularizedGamma(Double(k) / 2, x / 2)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a): the series of P(a, x) for x < a + 1, else the continued fraction of
    /// Q evaluated by the modified Lentz method (Press et al. 2007, *Numerical Recipes*, 3rd ed.,
    /// §6.2; Abramowitz & Stegun 6.5.29 and 6.5.31). Relative accuracy about 1e-14.
    static func upperRegularizedGamma(_ a: Double, _ x: Double) -> Double {
        let logPrefactor = a * log(x) - x - lgamma(a)
        if x < a + 1 {
            var term = 1 / a, sum = term, denominator = a
            for _ in 0..<500 {
                denominator += 1
                term *= x / denominator
                sum += term
                if abs(term) < abs(sum) * 1e-15 { break }
            }
            return max(0, 1 - sum * exp(logPrefactor))
        }
        let tiny = 1e-300
        var b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d
        for i in 1...500 {
            let an = -Double(i) * (Double(i) - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            h *= step
            if abs(step - 1) < 1e-15 { break }
        }
        return min(1, exp(logPrefactor) * h)
    }
}
