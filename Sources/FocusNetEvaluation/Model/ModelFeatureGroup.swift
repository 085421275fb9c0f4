extension ModelFeature {
    /// What a feature describes; the fitted model kinds are defined by the groups they keep
    /// (``ModelKind/featureGroups``), so the network ablation (`fitted_no_network`,
    /// `fitted_no_exposure`) follows every feature added later without being edited.
    ///
    /// The switch in ``group`` has no `default`: a feature added without a group does not compile.
    enum Group: String, Sendable, CaseIterable {
        /// The person's own record: arrests (all, violent, gun), prior victimizations and the
        /// recency of the latest, trend, recency, and active group membership (a record of the group database, not a position
        /// in the co-offending network).
        case history
        /// Age, age² and the missing-age indicator.
        case age
        /// Position in the co-offending network: degree, strength, betweenness percentile,
        /// eigenvector centrality, coreness.
        case network
        /// Exposure to recent gunshot victims and identified shooters through the network: the
        /// weighted exposures, victims one step away by co-arrest and by group label only, two
        /// steps away, group-label exposure and violence in the person's groups.
        case exposure
        /// Sex indicators: the `demographic` baseline only, never a fitted kind.
        case sex
        /// The area's recent gun violence: the `demographic` baseline only.
        case area
    }

    /// The group this feature belongs to.
    /// - Complexity: O(1).
    var group: Group {
        switch self {
        case .logArrests, .logViolentArrests, .logGunArrests, .logPriorVictimizations, .trend, .recency, .groupMember,
             .victimizationRecency: .history
        case .age, .ageSquared, .ageMissing: .age
        case .logDegree, .logStrength, .betweennessPercentile, .eigenvector, .logCoreness: .network
        case .logVictimExposure, .logShooterExposure, .logVictimsCoArrest1Step, .logVictimsGroup1Step, .logVictims2Step,
             .logGroupExposure, .logGroupViolence: .exposure
        case .sex, .sexMissing: .sex
        case .logAreaViolence, .areaMissing: .area
        }
    }

    /// The candidate features of a fitted model kind that keeps `groups`: ``fittedSet`` filtered,
    /// in its order. Betweenness is then dropped by ``TrainingDesign`` when the rankings did not
    /// compute it.
    /// - Complexity: O(features).
    static func fittedSet(keeping groups: Set<Group>) -> [ModelFeature] {
        fittedSet.filter { groups.contains($0.group) }
    }
}
