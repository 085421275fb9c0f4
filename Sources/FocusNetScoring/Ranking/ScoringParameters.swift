import FocusNetGraph
import Foundation

/// The settings of a ``RankConfiguration`` as written into `manifest.json`: derived from the
/// configuration that ran, never typed separately, so a manifest cannot say something other
/// than what ran. Every value is text, as shown to an auditor; keys are snake_case.
public struct ScoringParameters: Codable, Equatable, Sendable {
    /// `lookback`: the records lookback, e.g. `5y`; `all` without one.
    public let lookback: String
    /// `exposure_window`: exposure events count in `(D − this, D]`.
    public let exposureWindow: String
    /// `exposure_half_life_days`: half-life of a victim's weight in exposure, in days; `off`.
    public let exposureHalfLifeDays: String
    /// `group_expiry`: a group label not sighted within this period before D expires; `never`.
    public let groupExpiry: String
    /// `retention`: records and labels older than this before D are set aside; `none`.
    public let retention: String
    /// `mass_event_size`: arrests of more persons than this are mass events (a count).
    public let massEventSize: String
    /// `mass_events`: how mass events enter the projection (``ProjectionOptions``).
    public let massEvents: String
    /// `tie_half_life_days`: half-life of a shared arrest's weight in tie strength, in days; `off`.
    public let tieHalfLifeDays: String
    /// `group_weight`: weight of the group layer in the combined network.
    public let groupWeight: String
    /// `betweenness_length`: `1/strength` or `hops`.
    public let betweennessLength: String
    /// `exact_betweenness_max`: networks up to this many people get exact betweenness.
    public let exactBetweennessMax: String
    /// `betweenness_samples`: source samples of the sampled estimator above that size.
    public let betweennessSamples: String
    /// `seed`: seed of every sampled step (sampled betweenness, when computed).
    public let seed: String
    /// `pagerank_damping`: PageRank damping factor.
    public let pagerankDamping: String
    /// `components`: the network score's components, comma-separated.
    public let components: String
    /// The scoring file the model came from (`defaults` without one): provenance, not a setting.
    public let scoringFile: String
    /// `juveniles`: `services`, `flag` or `exclude`.
    public let juveniles: String
    /// `require_supervision`: `true` when only people on probation or parole may be invited.
    public let requireSupervision: String
    /// `require_recent_violence`: the period of the recent-violence rule; `no`.
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

    /// The settings of `c` as text.
    /// - Parameter scoringFile: the path the scoring model was loaded from, if any.
    /// - Complexity: O(components).
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
    /// - Complexity: one JSON encode and decode of the record.
    public var entries: [String: String] { flatEntries(self) }
}

/// Everything `manifest.json` says about one ranking as of its date: the ``ScoringParameters``
/// plus the windows, list, selection and governance rules as applied, and which betweenness
/// estimator ran on this network. Derived from the ``Ranking`` itself.
public struct RankParameters: Codable, Equatable, Sendable {
    /// The scoring settings (flattened into the same JSON object).
    public let scoring: ScoringParameters
    /// `as_of`: D, `YYYY-MM-DD`.
    public let asOf: String
    /// `window`: `(D − lookback, D]` before retention.
    public let window: String
    /// `top` (and `list_size`): the list length, a count of people.
    public let top: String
    /// `select`: `top`, `groups` or `reach`.
    public let select: String
    /// `per_group`: at most this many invitees from one group (groups mode).
    public let perGroup: String
    /// `reach_steps`: hops of reach mode; `n/a` in the other modes.
    public let reachSteps: String
    /// `show_up`: probability of attending, reach mode; `n/a` otherwise.
    public let showUp: String
    /// `at_risk_share`: share of composite scores counted at risk, reach mode; `n/a` otherwise.
    public let atRiskShare: String
    /// `area`: the area the list is restricted to; `all`.
    public let area: String
    /// `purpose`: `call-in`, `services` or `review`.
    public let purpose: String
    /// `pseudonymized`: `yes (HMAC-SHA-256)` or `no`; set by the writer that knows
    /// (``pseudonymized(_:)``), `no` until then.
    public private(set) var pseudonymized: String
    /// `betweenness_estimator`: which betweenness estimator ran on this network, in words (exact or sampled, with its seed and the number of people), or `not computed`.
    public let betweennessEstimator: String
    /// `rule_window`: the records window as applied, `(D − lookback, D]` narrowed by retention.
    public let ruleWindow: String
    /// `rule_retention`: the retention period and how many arrest rows and memberships it set aside; `none`.
    public let ruleRetention: String
    /// `rule_juveniles`: the adult age and the juvenile policy.
    public let ruleJuveniles: String
    /// `rule_group_label_expiry`: the label-expiry window as applied; `never`.
    public let ruleGroupLabelExpiry: String
    /// `rule_status_columns`: whether the persons file's `custody_status` and `supervision` were
    /// read, and the date they describe (read only on or after it); `n/a` in earlier manifests.
    public let ruleStatusColumns: String

    enum CodingKeys: String, CodingKey {
        case window, top, select, area, purpose, pseudonymized
        case asOf = "as_of", perGroup = "per_group", reachSteps = "reach_steps", showUp = "show_up", atRiskShare = "at_risk_share"
        case betweennessEstimator = "betweenness_estimator", listSize = "list_size"
        case ruleWindow = "rule_window", ruleRetention = "rule_retention", ruleJuveniles = "rule_juveniles"
        case ruleGroupLabelExpiry = "rule_group_label_expiry", ruleStatusColumns = "rule_status_columns"
    }

    /// The parameters of `ranking` as it ran.
    /// - Parameters:
    ///   - scoringFile: the path the scoring model was loaded from, if any (provenance).
    /// - Complexity: O(components): every value is read from the ranking, nothing is recomputed.
    public init(ranking: Ranking, scoringFile: String? = nil) {
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
        pseudonymized = "no"
        betweennessEstimator = c.computesBetweenness
            ? Betweenness.estimatorDescription(nodeCount: ranking.persons.count, options: c.betweenness)
            : "not computed (no score uses it; --betweenness computes it)"
        ruleWindow = windows.records.description
        ruleRetention = c.windows.retention.map {
            "\($0): \(ranking.retention.arrestRowsSetAside) arrest rows and \(ranking.retention.membershipsSetAside) memberships set aside"
        } ?? "none"
        ruleJuveniles = "under \(c.eligibility.adultAge): \(c.eligibility.juveniles.rawValue)"
        ruleGroupLabelExpiry = windows.groupExpiry?.description ?? "never"
        let e = ranking.eligibility, described = e.statusDate.map { "they describe \($0)" } ?? "undated"
        ruleStatusColumns = e.statusUsed ? "read (\(described), on or before the as-of date)"
            : !c.eligibility.useCurrentStatus ? "not read (dated records only)"
            : "ignored (\(described), after the as-of date): deaths and custody from dated records only"
    }

    /// The same parameters for outputs that do (`true`) or do not carry keyed pseudonyms: the
    /// writer that holds the pseudonymizer says so, so the manifest cannot disagree with the files.
    public func pseudonymized(_ yes: Bool) -> RankParameters {
        var copy = self
        copy.pseudonymized = yes ? "yes (HMAC-SHA-256)" : "no"
        return copy
    }

    /// Reads the flat JSON object written by ``encode(to:)`` (e.g. from a rank folder's
    /// `manifest.json`).
    /// - Throws: `DecodingError` when a key is missing or not a string.
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
        ruleStatusColumns = try c.decodeIfPresent(String.self, forKey: .ruleStatusColumns) ?? "n/a"
    }

    /// The same entries as a dictionary, keyed as in the JSON (for tables of settings).
    /// - Complexity: one JSON encode and decode of the record.
    public var entries: [String: String] { flatEntries(self) }

    /// One flat JSON object: the scoring settings and the run's own entries side by side
    /// (`list_size` repeats `top` for readers of earlier manifests).
    /// - Throws: `EncodingError` from the encoder.
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
        try c.encode(ruleStatusColumns, forKey: .ruleStatusColumns)
    }
}

/// A record of text values as the flat dictionary its JSON object is (empty if it is not one).
private func flatEntries(_ value: some Encodable) -> [String: String] {
    guard let data = try? JSONEncoder().encode(value),
          let dictionary = try? JSONDecoder().decode([String: String].self, from: data) else { return [:] }
    return dictionary
}
