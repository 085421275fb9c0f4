/// The fact a reason sentence states. Several features of a score tell the same fact (the points'
/// `gun_arrests` and a fitted model's `log_gun_arrests` are both "gun arrests"), so sentences are
/// built per topic, once, in the order of the topic's largest contribution.
enum ReasonTopic: Hashable, Sendable {
    case shot, arrests, priorRecord, trend, age
    case victimTies, coArrestVictims, groupOnlyVictims, twoStepVictims, groupViolence, shooters
    case degree, strength, betweenness, connected, coreness

    /// The topic of a feature named as in `scores.csv`, a score component (``FocusNetScoring/ScoreComponent``)
    /// or a fitted model's term (`log_gun_arrests`); `nil` for a feature that is no reason to be
    /// listed (an unknown age, sex).
    /// - Complexity: O(1).
    init?(feature: String) {
        let name = feature.hasPrefix("log_") ? String(feature.dropFirst(4)) : feature
        switch name {
        case "prior_victimizations", "victimization_recency": self = .shot
        case "arrests", "violent_arrests", "gun_arrests", "recency": self = .arrests
        case "prior_arrests", "prior_convictions", "prior_incarcerations": self = .priorRecord
        case "trend": self = .trend
        case "age", "age_squared": self = .age
        case "victim_exposure": self = .victimTies
        case "victims_coarrest_1step": self = .coArrestVictims
        case "victims_group_1step": self = .groupOnlyVictims
        case "victims_2step": self = .twoStepVictims
        case "group_exposure", "group_violence", "group_member": self = .groupViolence
        case "shooter_exposure": self = .shooters
        case "degree": self = .degree
        case "strength": self = .strength
        case "betweenness", "betweenness_percentile": self = .betweenness
        case "eigenvector": self = .connected   // PageRank has no sentence: its share is not eigenvector's
        case "coreness": self = .coreness
        default: return nil
        }
    }
}
