import FocusNetGraph

/// Everything that determines a ranking, besides the records themselves and the as-of date
/// (given once, to ``Ranking/init(records:asOf:configuration:context:stage:)``).
///
/// Every window is relative to the as-of date D and closed at D: records count in
/// `(D − lookback, D]`, exposure events in `(D − exposure, D]`; nothing dated after D is read.
/// Defaults are those of `focusnet rank` without options.
public struct RankConfiguration: Sendable, Equatable {
    /// Lookback, retention, exposure window and group-label expiry: every window of the run is
    /// built from this and the as-of date (``AnalysisWindows``).
    public var windows: WindowPolicy
    /// Mass-event rule and tie decay of the co-offending projection.
    public var projection: ProjectionOptions
    /// Weight of a co-offending tie's strength in the combined network (a factor, default 1).
    public var coOffendingLayerWeight: Double
    /// Weight of a group co-membership tie in the combined network (a factor, default 1; 0 leaves
    /// group ties out of the measures and exposure).
    public var groupLayerWeight: Double
    /// Exposure weight by hop distance (index 0 = one step); default `[1, 0.5]`, nothing beyond
    /// two steps (see ``NetworkExposure``).
    public var exposureDecay: [Double]
    /// Half-life in days of a victim's weight in exposure, by the age of the event at D
    /// (weight 2^(−age/half-life)); `nil` = no decay within the exposure window.
    public var exposureHalfLifeDays: Double?
    /// Points weights and network components of the scores (``Scores``); loaded from
    /// `--scoring FILE.yaml` on the command line.
    public var model: ScoringModel
    /// How tie strength becomes path length for betweenness: `1/strength` (default) or hops.
    public var betweennessLength: Betweenness.PathLength
    /// Exact or sampled betweenness (see ``Betweenness/Options``), when it is computed.
    public var betweenness: Betweenness.Options
    /// Compute betweenness even when no score uses it (for `scores.csv` and exports; `--betweenness`).
    /// Default `false`: no default score uses betweenness
    /// (docs/decisions/0002-betweenness-out-of-the-default-score.md).
    public var reportsBetweenness: Bool = false
    /// PageRank damping factor.
    public var damping: Double
    /// Leave PageRank out unless a score component uses it: for rebuilds whose measures no
    /// output shows (a backtest's or a list model's training origins), where it was a fifth of a
    /// state rebuild. Default `false`.
    package var omitsUnusedPageRank = false
    /// Whether the run computes PageRank.
    public var computesPageRank: Bool { !omitsUnusedPageRank || model.network.components.contains(.pagerank) }
    /// Whether the run computes betweenness: a network-score component uses it, or
    /// ``reportsBetweenness`` asks for it.
    public var computesBetweenness: Bool { reportsBetweenness || model.network.components.contains(.betweenness) }
    /// Who may be invited (deceased and in custody excluded, juveniles sent to services by default, flagged or excluded).
    public var eligibility: EligibilityPolicy
    /// How invitees are chosen from the ranked, eligible people; default ``CallInSelection/Mode/top``.
    public var selection: CallInSelection.Mode
    /// In groups mode, at most this many invitees from one group. Default 10.
    public var invitesPerGroup: Int = 10
    /// Length of the call-in list (a count of people). Default 50.
    public var top: Int
    /// Restrict the list and group table to one area (sector, municipality), as written in the
    /// persons file; `nil` = every area. Everyone is still scored.
    public var area: String?
    /// What the list is for, recorded in the manifest.
    public var purpose: Purpose

    /// What a list is drawn up for; recorded in the manifest. There is no "score everyone" purpose.
    public enum Purpose: String, Sendable, CaseIterable {
        /// A focused-deterrence call-in (the default).
        case callIn = "call-in"
        /// Offering services.
        case services
        /// Reviewing a list.
        case review
    }

    /// A configuration; every parameter defaults to the setting of `focusnet rank` without options.
    /// - Complexity: O(1).
    public init(
        windows: WindowPolicy = .init(), projection: ProjectionOptions = .init(),
        coOffendingLayerWeight: Double = 1, groupLayerWeight: Double = 1, exposureDecay: [Double] = [1, 0.5],
        exposureHalfLifeDays: Double? = nil, model: ScoringModel = ScoringModel(),
        betweennessLength: Betweenness.PathLength = .inverseStrength, betweenness: Betweenness.Options = .init(),
        damping: Double = 0.85, eligibility: EligibilityPolicy = .init(), selection: CallInSelection.Mode = .top,
        top: Int = 50, area: String? = nil, purpose: Purpose = .callIn
    ) {
        self.windows = windows
        self.projection = projection
        self.coOffendingLayerWeight = coOffendingLayerWeight
        self.groupLayerWeight = groupLayerWeight
        self.exposureDecay = exposureDecay
        self.exposureHalfLifeDays = exposureHalfLifeDays
        self.model = model
        self.betweennessLength = betweennessLength
        self.betweenness = betweenness
        self.damping = damping
        self.eligibility = eligibility
        self.selection = selection
        self.top = top
        self.area = area
        self.purpose = purpose
    }
}
