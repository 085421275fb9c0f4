import FocusNetGraph
import Foundation

/// The settings of a ``RankConfiguration`` as written into `manifest.json`: derived from the
/// configuration that ran, never typed separately, so a manifest cannot say something other
/// than what ran. Every value is text, as shown to an auditor; keys are snake_case.
public struct ScoringParameters: Codable, Equatable, Sendable {
    public let lookback: String
    public let exposureWindow: String
    public let exposureHalfLifeDays: String
    public let groupExpiry: String
    public let retention: String
    public let massEventSize: String
    public let massEvents: String
    public let tieHalfLifeDays: String
    public let groupWeight: String
    public let betweennessLength: String
    public let exactBetweennessMax: String
    public let betweennessSamples: String
    public let seed: String
    public let pagerankDamping: String
    public let components: String
    /// The scoring file the model came from (`defaults` without one): provenance, not a setting.
    public let scoringFile: String
    public let juveniles: String
    public let requireSupervision: String
    public let requireRecentViolence: String

    enum CodingKeys: String, CodingKey {
        case lookback, retention, seed, components, juveniles
        case exposureWindow = "exposure_window", exposureHalfLifeDays = "exposure_half_life_days", groupExpiry = "group_expiry"
        case massEventSize = "mass_event_size", massEvents = "mass_events", tieHalfLifeDays = "tie_half_life_days"
        case groupWeight = "group_weight", betweennessLength = "betweenness_length"
        case exactBetweennessMax = "exact_betweenness_max", betweennessSamples = "betweenness_samples"
        case pagerankDamping = "pagerank_damping", scoringFile = "scoring_file"
        case requireSupervision = "require_supervision", requireRecentViolence = "require_recent_violence"
    }

    /// - Parameter scoringFile: the path the scoring model was loaded from, if any.
    public init(_ c: RankConfiguration, scoringFile: String? = nil) {
        lookback = c.windows.lookback?.description ?? "all"
        exposureWindow = c.windows.exposure.description
        exposureHalfLifeDays = c.exposureHalfLifeDays.map { String($0) } ?? "off"
        groupExpiry = c.windows.groupExpiry?.description ?? "never"
        retention = c.windows.retention?.description ?? "none"
        massEventSize = String(c.projection.massEventSize)
        massEvents = c.projection.massEventPolicy.rawValue
        tieHalfLifeDays = c.projection.tieHalfLifeDays.map { String($0) } ?? "off"
        groupWeight = String(c.groupLayerWeight)
        betweennessLength = switch c.betweennessLength { case .inverseStrength: "1/strength"; case .hops: "hops" }
        exactBetweennessMax = String(c.betweenness.exactMaxNodes)
        betweennessSamples = String(c.betweenness.samples)
        seed = String(c.betweenness.seed)
        pagerankDamping = String(c.damping)
        components = c.model.network.components.map(\.rawValue).joined(separator: ",")
        self.scoringFile = scoringFile ?? "defaults"
        juveniles = c.eligibility.juveniles.rawValue
        requireSupervision = String(c.eligibility.requireSupervision)
        requireRecentViolence = c.eligibility.requireRecentViolence?.description ?? "no"
    }
}

extension ScoringParameters {
    /// The same entries as a dictionary, keyed as in the JSON (for manifests that merge them
    /// with other entries).
    public var entries: [String: String] { flatEntries(self) }
}

/// Everything `manifest.json` says about one ranking as of its date: the ``ScoringParameters``
/// plus the windows, list, selection and governance rules as applied, and which betweenness
/// estimator ran on this network. Derived from the ``Ranking`` itself.
public struct RankParameters: Codable, Equatable, Sendable {
    public let scoring: ScoringParameters
    public let asOf: String
    /// `(D − lookback, D]` before retention.
    public let window: String
    public let top: String
    public let select: String
    public let perGroup: String
    public let reachSteps: String
    public let showUp: String
    public let atRiskShare: String
    public let area: String
    public let purpose: String
    public let pseudonymized: String
    public let betweennessEstimator: String
    public let ruleWindow: String
    public let ruleRetention: String
    public let ruleJuveniles: String
    public let ruleGroupLabelExpiry: String

    enum CodingKeys: String, CodingKey {
        case window, top, select, area, purpose, pseudonymized
        case asOf = "as_of", perGroup = "per_group", reachSteps = "reach_steps", showUp = "show_up", atRiskShare = "at_risk_share"
        case betweennessEstimator = "betweenness_estimator", listSize = "list_size"
        case ruleWindow = "rule_window", ruleRetention = "rule_retention", ruleJuveniles = "rule_juveniles"
        case ruleGroupLabelExpiry = "rule_group_label_expiry"
    }

    /// - Parameters:
    ///   - scoringFile: the path the scoring model was loaded from, if any (provenance).
    ///   - pseudonymized: whether the outputs carry keyed pseudonyms instead of person ids.
    public init(ranking: Ranking, scoringFile: String? = nil, pseudonymized: Bool) {
        let c = ranking.configuration, windows = ranking.windows
        scoring = ScoringParameters(c, scoringFile: scoringFile)
        asOf = ranking.asOf.description
        window = ObservationWindow(asOf: ranking.asOf, lookback: c.windows.lookback).description
        top = String(c.top)
        perGroup = String(c.invitesPerGroup)
        switch c.selection {
        case .top: (select, reachSteps, showUp, atRiskShare) = ("top", "n/a", "n/a", "n/a")
        case .groups: (select, reachSteps, showUp, atRiskShare) = ("groups", "n/a", "n/a", "n/a")
        case .reach(let steps, let p, let share): (select, reachSteps, showUp, atRiskShare) = ("reach", String(steps), String(p), String(share))
        }
        area = c.area ?? "all"
        purpose = c.purpose.rawValue
        self.pseudonymized = pseudonymized ? "yes (HMAC-SHA-256)" : "no"
        betweennessEstimator = Betweenness.estimatorDescription(nodeCount: ranking.persons.count, options: c.betweenness)
        ruleWindow = windows.records.description
        ruleRetention = c.windows.retention.map {
            "\($0): \(ranking.retention.arrestRowsSetAside) arrest rows and \(ranking.retention.membershipsSetAside) memberships set aside"
        } ?? "none"
        ruleJuveniles = "under \(c.eligibility.adultAge): \(c.eligibility.juveniles.rawValue)"
        ruleGroupLabelExpiry = windows.groupExpiry?.description ?? "never"
    }

    public init(from decoder: any Decoder) throws {
        scoring = try ScoringParameters(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        asOf = try c.decode(String.self, forKey: .asOf)
        window = try c.decode(String.self, forKey: .window)
        top = try c.decode(String.self, forKey: .top)
        select = try c.decode(String.self, forKey: .select)
        perGroup = try c.decode(String.self, forKey: .perGroup)
        reachSteps = try c.decode(String.self, forKey: .reachSteps)
        showUp = try c.decode(String.self, forKey: .showUp)
        atRiskShare = try c.decode(String.self, forKey: .atRiskShare)
        area = try c.decode(String.self, forKey: .area)
        purpose = try c.decode(String.self, forKey: .purpose)
        pseudonymized = try c.decode(String.self, forKey: .pseudonymized)
        betweennessEstimator = try c.decode(String.self, forKey: .betweennessEstimator)
        ruleWindow = try c.decode(String.self, forKey: .ruleWindow)
        ruleRetention = try c.decode(String.self, forKey: .ruleRetention)
        ruleJuveniles = try c.decode(String.self, forKey: .ruleJuveniles)
        ruleGroupLabelExpiry = try c.decode(String.self, forKey: .ruleGroupLabelExpiry)
    }

    /// The same entries as a dictionary, keyed as in the JSON (for tables of settings).
    public var entries: [String: String] { flatEntries(self) }

    /// One flat JSON object: the scoring settings and the run's own entries side by side
    /// (`list_size` repeats `top` for readers of earlier manifests).
    public func encode(to encoder: any Encoder) throws {
        try scoring.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(window, forKey: .window)
        try c.encode(top, forKey: .top)
        try c.encode(top, forKey: .listSize)
        try c.encode(select, forKey: .select)
        try c.encode(perGroup, forKey: .perGroup)
        try c.encode(reachSteps, forKey: .reachSteps)
        try c.encode(showUp, forKey: .showUp)
        try c.encode(atRiskShare, forKey: .atRiskShare)
        try c.encode(area, forKey: .area)
        try c.encode(purpose, forKey: .purpose)
        try c.encode(pseudonymized, forKey: .pseudonymized)
        try c.encode(betweennessEstimator, forKey: .betweennessEstimator)
        try c.encode(ruleWindow, forKey: .ruleWindow)
        try c.encode(ruleRetention, forKey: .ruleRetention)
        try c.encode(ruleJuveniles, forKey: .ruleJuveniles)
        try c.encode(ruleGroupLabelExpiry, forKey: .ruleGroupLabelExpiry)
    }
}

/// A record of text values as the flat dictionary its JSON object is (empty if it is not one).
private func flatEntries(_ value: some Encodable) -> [String: String] {
    guard let data = try? JSONEncoder().encode(value),
          let dictionary = try? JSONDecoder().decode([String: String].self, from: data) else { return [:] }
    return dictionary
}
