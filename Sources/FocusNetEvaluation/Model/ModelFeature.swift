import Foundation

/// A column of a fitted model's design matrix, computed from ``ModelInputs``.
///
/// Counts enter as log(1 + x) (heavy tails); `recency` is 1 / (1 + days since the latest arrest
/// / 365), 0 without an arrest in the window. A missing age enters as 0 with `age_missing` = 1
/// (a missing-indicator term: the model learns the rate of people of unknown age; no age is
/// imputed anywhere in the outputs). Sex enters as one indicator per code seen in training
/// except the most common, plus `sex_missing`. Race never enters any model.
enum ModelFeature: Hashable, Sendable, CustomStringConvertible {
    case logArrests, logViolentArrests, logGunArrests, logPriorVictimizations, trend, recency
    case age, ageSquared, ageMissing
    case logDegree, logStrength, betweennessPercentile, eigenvector, logCoreness
    case logVictimExposure, logShooterExposure, groupMember
    case sex(String)
    case sexMissing

    static let named: [(String, ModelFeature)] = [
        ("log_arrests", .logArrests), ("log_violent_arrests", .logViolentArrests), ("log_gun_arrests", .logGunArrests),
        ("log_prior_victimizations", .logPriorVictimizations), ("trend", .trend), ("recency", .recency),
        ("age", .age), ("age_squared", .ageSquared), ("age_missing", .ageMissing),
        ("log_degree", .logDegree), ("log_strength", .logStrength), ("betweenness_percentile", .betweennessPercentile),
        ("eigenvector", .eigenvector), ("log_coreness", .logCoreness), ("log_victim_exposure", .logVictimExposure),
        ("log_shooter_exposure", .logShooterExposure), ("group_member", .groupMember), ("sex_missing", .sexMissing),
    ]

    /// Parses a name written by ``description`` (`log_arrests`, `sex=F`).
    init?(name: String) {
        if name.hasPrefix("sex=") { self = .sex(String(name.dropFirst(4))); return }
        guard let match = ModelFeature.named.first(where: { $0.0 == name }) else { return nil }
        self = match.1
    }

    /// The name in `fitted_model.json` and `coefficients.csv`, e.g. `log_arrests`, `sex=F`.
    var description: String {
        if case .sex(let code) = self { return "sex=\(code)" }
        return ModelFeature.named.first { $0.1 == self }!.0
    }

    /// The features of the `fitted` model: history, age, network position and exposure (no sex, no
    /// race); betweenness only when the rankings computed it.
    static let fittedSet: [ModelFeature] = [
        .logArrests, .logViolentArrests, .logGunArrests, .logPriorVictimizations, .trend, .recency,
        .age, .ageSquared, .ageMissing, .logDegree, .logStrength, .betweennessPercentile, .eigenvector, .logCoreness,
        .logVictimExposure, .logShooterExposure, .groupMember,
    ]

    /// The features of the `demographic` model for the sex codes seen in training: age, age²,
    /// age missing, an indicator for each sex code but the most common (ties: first in code
    /// order), sex missing.
    static func demographicSet(sexCodes: [String?]) -> [ModelFeature] {
        var counts: [String: Int] = [:]
        for case let code? in sexCodes { counts[code, default: 0] += 1 }
        let codes = counts.keys.sorted()
        let reference = codes.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) }
        return [.age, .ageSquared, .ageMissing] + codes.filter { $0 != reference }.map { .sex($0) } + [.sexMissing]
    }

    /// The column for `inputs`. Shape `[n]`.
    /// - Complexity: O(n).
    func values(_ x: ModelInputs) -> [Double] {
        func log1p(_ v: [Int]) -> [Double] { v.map { Foundation.log1p(Double($0)) } }
        switch self {
        case .logArrests: return log1p(x.arrests)
        case .logViolentArrests: return log1p(x.violentArrests)
        case .logGunArrests: return log1p(x.gunArrests)
        case .logPriorVictimizations: return log1p(x.priorVictimizations)
        case .trend: return x.trend.map(Double.init)
        case .recency: return x.daysSinceArrest.map { $0.map { 1 / (1 + Double($0) / 365) } ?? 0 }
        case .age: return x.age.map { Double($0 ?? 0) }
        case .ageSquared: return x.age.map { $0.map { Double($0 * $0) } ?? 0 }
        case .ageMissing: return x.age.map { $0 == nil ? 1 : 0 }
        case .logDegree: return log1p(x.degree)
        case .logStrength: return x.strength.map { Foundation.log1p($0) }
        case .betweennessPercentile: return x.betweennessPercentile
        case .eigenvector: return x.eigenvector
        case .logCoreness: return log1p(x.coreness)
        case .logVictimExposure: return x.victimExposure.map { Foundation.log1p($0) }
        case .logShooterExposure: return x.shooterExposure.map { Foundation.log1p($0) }
        case .groupMember: return x.groupMember.map { $0 ? 1 : 0 }
        case .sex(let code): return x.sex.map { $0 == code ? 1 : 0 }
        case .sexMissing: return x.sex.map { $0 == nil ? 1 : 0 }
        }
    }
}
