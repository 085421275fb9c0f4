import Foundation

/// A column of a fitted model's design matrix, computed from ``ModelInputs``.
///
/// Counts enter as log(1 + x) (heavy tails), and so does the weighted group exposure; `recency`
/// is 1 / (1 + days since the latest arrest / 365), 0 without an arrest in the window, and
/// `victimization_recency` the same of the days since the person's own newest victimization. The
/// exposure split (``ExposureProfile``): victims one step away by a shared arrest, by a shared
/// group only, two steps away, in the person's groups weighted 1/(n_g − 1), and counted over
/// their groups. A missing age enters as 0 with `age_missing` = 1
/// (a missing-indicator term: the model learns the rate of people of unknown age; no age is
/// imputed anywhere in the outputs). Sex enters as one indicator per code seen in training
/// except the most common, plus `sex_missing`. Race never enters any model.
enum ModelFeature: Hashable, Sendable, CustomStringConvertible {
    case logArrests, logViolentArrests, logGunArrests, logPriorVictimizations, trend, recency
    case age, ageSquared, ageMissing
    case logDegree, logStrength, betweennessPercentile, eigenvector, logCoreness
    case logVictimExposure, logShooterExposure, groupMember
    case logVictimsCoArrest1Step, logVictimsGroup1Step, logVictims2Step, logGroupExposure, logGroupViolence
    case victimizationRecency
    case logAreaViolence, areaMissing
    case sex(String)
    case sexMissing

    static let named: [(String, ModelFeature)] = [
        ("log_arrests", .logArrests), ("log_violent_arrests", .logViolentArrests), ("log_gun_arrests", .logGunArrests),
        ("log_prior_victimizations", .logPriorVictimizations), ("trend", .trend), ("recency", .recency),
        ("age", .age), ("age_squared", .ageSquared), ("age_missing", .ageMissing),
        ("log_degree", .logDegree), ("log_strength", .logStrength), ("betweenness_percentile", .betweennessPercentile),
        ("eigenvector", .eigenvector), ("log_coreness", .logCoreness), ("log_victim_exposure", .logVictimExposure),
        ("log_shooter_exposure", .logShooterExposure), ("group_member", .groupMember), ("sex_missing", .sexMissing),
        ("log_victims_coarrest_1step", .logVictimsCoArrest1Step), ("log_victims_group_1step", .logVictimsGroup1Step),
        ("log_victims_2step", .logVictims2Step), ("log_group_exposure", .logGroupExposure),
        ("log_group_violence", .logGroupViolence), ("victimization_recency", .victimizationRecency),
        ("log_area_violence", .logAreaViolence), ("area_missing", .areaMissing),
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

    /// The features of the `fitted` model: history, age, network position, exposure and its split
    /// by tie type and distance (no sex, no race); betweenness only when the rankings computed it.
    static let fittedSet: [ModelFeature] = [
        .logArrests, .logViolentArrests, .logGunArrests, .logPriorVictimizations, .trend, .recency,
        .age, .ageSquared, .ageMissing, .logDegree, .logStrength, .betweennessPercentile, .eigenvector, .logCoreness,
        .logVictimExposure, .logShooterExposure, .groupMember,
        .logVictimsCoArrest1Step, .logVictimsGroup1Step, .logVictims2Step, .logGroupExposure, .logGroupViolence,
        .victimizationRecency,
    ]

    /// The features of the `demographic` model for the sex codes seen in training: age, age²,
    /// age missing, an indicator for each sex code but the most common (ties: first in code
    /// order), sex missing, and the area's recent gun violence with its missing indicator (age,
    /// sex and neighbourhood: the comparator of Green, Horel & Papachristos 2017).
    static func demographicSet(sexCodes: [String?]) -> [ModelFeature] {
        var counts: [String: Int] = [:]
        for case let code? in sexCodes { counts[code, default: 0] += 1 }
        let codes = counts.keys.sorted()
        let reference = codes.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && $0 > $1) }
        return [.age, .ageSquared, .ageMissing] + codes.filter { $0 != reference }.map { .sex($0) } + [.sexMissing]
            + [.logAreaViolence, .areaMissing]
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
        case .recency: return Self.recency(x.daysSinceArrest)
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
        case .logVictimsCoArrest1Step: return log1p(x.victimsCoArrest1Step)
        case .logVictimsGroup1Step: return log1p(x.victimsGroup1Step)
        case .logVictims2Step: return log1p(x.victims2Step)
        case .logGroupExposure: return x.groupExposure.map { Foundation.log1p($0) }
        case .logGroupViolence: return log1p(x.groupViolence)
        case .victimizationRecency: return Self.recency(x.daysSinceVictimization)
        case .logAreaViolence: return x.areaViolence.map { Foundation.log1p($0 ?? 0) }
        case .areaMissing: return x.areaViolence.map { $0 == nil ? 1 : 0 }
        case .sex(let code): return x.sex.map { $0 == code ? 1 : 0 }
        case .sexMissing: return x.sex.map { $0 == nil ? 1 : 0 }
        }
    }

    /// 1 / (1 + days / 365) for each entry, 0 for `nil` (no event): 1 on the day, ½ after 365 days.
    /// - Complexity: O(n).
    static func recency(_ days: [Int?]) -> [Double] { days.map { $0.map { 1 / (1 + Double($0) / 365) } ?? 0 } }
}
