import FocusNetGraph

/// Everything that determines a ranking, besides the records themselves.
public struct RankConfiguration: Sendable, Equatable {
    public var window: ObservationWindow
    /// Mass-event rule and tie decay of the co-offending projection.
    public var projection: ProjectionOptions
    /// Group layer: label expiry (nil = never) and layer weights of the combined network.
    public var groupExpiry: CalendarPeriod?
    public var coOffendingLayerWeight: Double
    public var groupLayerWeight: Double
    /// Victimizations (and shootings) count toward exposure when dated in (D − window, D].
    public var exposureWindow: CalendarPeriod
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
    /// Governance: records and group labels older than this before D are ignored (and counted),
    /// whatever the lookback. `nil` = no retention limit.
    public var retention: CalendarPeriod?

    /// The window of victimizations and shootings that count toward exposure:
    /// `(D − exposureWindow, D]` (open at D with `window.includesAsOfDay == false`).
    public var exposureObservationWindow: ObservationWindow {
        ObservationWindow(asOf: window.asOf, lookback: exposureWindow, includesAsOfDay: window.includesAsOfDay)
    }

    /// What a list is drawn up for; recorded in the manifest. There is no "score everyone" purpose.
    public enum Purpose: String, Sendable, CaseIterable { case callIn = "call-in", services, review }

    public init(
        window: ObservationWindow, projection: ProjectionOptions = .init(), groupExpiry: CalendarPeriod? = nil,
        coOffendingLayerWeight: Double = 1, groupLayerWeight: Double = 1,
        exposureWindow: CalendarPeriod = CalendarPeriod(count: 18, unit: .months), exposureDecay: [Double] = [1, 0.5],
        exposureHalfLifeDays: Double? = nil, model: ScoringModel = ScoringModel(),
        betweennessLength: Betweenness.PathLength = .inverseStrength, betweenness: Betweenness.Options = .init(),
        damping: Double = 0.85, eligibility: EligibilityPolicy = .init(), selection: CallInSelection.Mode = .top,
        top: Int = 50, area: String? = nil, purpose: Purpose = .callIn, retention: CalendarPeriod? = nil
    ) {
        self.retention = retention
        self.window = window
        self.projection = projection
        self.groupExpiry = groupExpiry
        self.coOffendingLayerWeight = coOffendingLayerWeight
        self.groupLayerWeight = groupLayerWeight
        self.exposureWindow = exposureWindow
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
