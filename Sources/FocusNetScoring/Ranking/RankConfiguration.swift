import FocusNetGraph

/// Everything that determines a ranking, besides the records themselves and the as-of date
/// (given once, to ``Ranking/init(records:asOf:configuration:context:stage:)``).
public struct RankConfiguration: Sendable, Equatable {
    /// Lookback, retention, exposure window and group-label expiry: every window of the run is
    /// built from this and the as-of date (``AnalysisWindows``).
    public var windows: WindowPolicy
    /// Mass-event rule and tie decay of the co-offending projection.
    public var projection: ProjectionOptions
    /// Layer weights of the combined network.
    public var coOffendingLayerWeight: Double
    public var groupLayerWeight: Double
    /// Exposure weight by hop distance (index 0 = one step).
    public var exposureDecay: [Double]
    public var exposureHalfLifeDays: Double?
    public var model: ScoringModel
    public var betweennessLength: Betweenness.PathLength
    /// Exact or sampled betweenness (see ``Betweenness/Options``).
    public var betweenness: Betweenness.Options
    /// PageRank damping factor.
    public var damping: Double
    public var eligibility: EligibilityPolicy
    public var selection: CallInSelection.Mode
    /// In groups mode, at most this many invitees from one group. Default 10.
    public var invitesPerGroup: Int = 10
    /// Length of the call-in list.
    public var top: Int
    /// Restrict the list and group table to one area (sector, municipality).
    public var area: String?
    public var purpose: Purpose

    /// What a list is drawn up for; recorded in the manifest. There is no "score everyone" purpose.
    public enum Purpose: String, Sendable, CaseIterable { case callIn = "call-in", services, review }

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
