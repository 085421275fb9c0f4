import FocusNetGraph
import FocusNetScoring

/// Everything that determines a backtest besides the records.
///
/// At each origin D the scoring reads records in `(D − lookback, D]` and outcomes are counted in
/// `(D, D + W]`, W = ``outcomeWindow``.
public struct BacktestConfiguration: Sendable {
    /// How networks are built and people scored. Its window policy applies at every origin D
    /// (records in `(D − lookback, D]`); its eligibility never uses the persons file's current
    /// custody status (``OriginSnapshot`` sets ``EligibilityPolicy/useCurrentStatus`` to false).
    public var scoring: RankConfiguration
    /// Where the scoring model was loaded from, if anywhere (provenance for the manifest).
    public var scoringFile: String?
    /// The as-of dates D (any order, repeats ignored).
    public var origins: [CalendarDay]
    /// W: outcomes are counted in (D, D + W]. Default 18 months.
    public var outcomeWindow: CalendarPeriod
    /// The outcomes measured, each reported separately. Default shot, shooter and either.
    public var outcomes: [OutcomeKind]
    /// List sizes k for capture, PPV, lift, stability and the disparity audit.
    public var listSizes: [ListSize]
    /// Seed of the bootstrap (and of sampled betweenness, through ``scoring``).
    public var seed: UInt64
    /// Bootstrap replicates for the 95% intervals; 0 = no intervals.
    public var bootstrapReplicates: Int
    /// λ of the fitted and demographic models (on standardized features): the fixed penalty
    /// when ``validatesRidge`` is false, else the penalty of a model that cannot be validated.
    public var ridge: Double
    /// Choose λ by time-split validation on the latest training origin (``ModelTraining``), as
    /// `rank` does. Default true.
    public var validatesRidge: Bool
    /// Training origins per test origin (see ``OriginSchedule/training(for:outcomeWindow:step:count:earliest:)``).
    /// Default 2: D − W (held out to choose λ, then fitted on) and D − 2W, as `rank` trains.
    public var trainingOrigins: Int
    /// Spacing of the training origins before each test origin. Default: the outcome window W
    /// (so each earlier origin's outcomes close by the next, and λ can be validated).
    public var trainingStep: CalendarPeriod
    /// Who was notified, when; `nil` without a log.
    public var interventions: InterventionLog?
    /// A person counts as notified at D when notified in (D − this, D].
    public var notifiedWithin: CalendarPeriod
    /// Leave notified people out of the metrics (they stay in the intervention report).
    public var excludeNotified: Bool
    /// The last date the records cover; `nil` = the latest date in any record file. Origins whose
    /// outcome window runs past it are flagged incomplete.
    public var dataEnd: CalendarDay?

    /// A configuration; the defaults are those of `focusnet backtest` without options.
    /// ``scoringFile`` starts as `nil`.
    public init(scoring: RankConfiguration, origins: [CalendarDay],
                outcomeWindow: CalendarPeriod = CalendarPeriod(count: 18, unit: .months),
                outcomes: [OutcomeKind] = [.shot, .shooter, .either],
                listSizes: [ListSize] = ListSize.defaults, seed: UInt64 = 42,
                bootstrapReplicates: Int = 1000, ridge: Double = 1, validatesRidge: Bool = true, trainingOrigins: Int = 2,
                trainingStep: CalendarPeriod? = nil,
                interventions: InterventionLog? = nil, notifiedWithin: CalendarPeriod = CalendarPeriod(count: 12, unit: .months),
                excludeNotified: Bool = false, dataEnd: CalendarDay? = nil) {
        self.scoring = scoring
        self.origins = origins
        self.outcomeWindow = outcomeWindow
        self.outcomes = outcomes
        self.listSizes = listSizes
        self.seed = seed
        self.bootstrapReplicates = bootstrapReplicates
        self.ridge = ridge
        self.validatesRidge = validatesRidge
        self.trainingOrigins = trainingOrigins
        self.trainingStep = trainingStep ?? outcomeWindow
        self.interventions = interventions
        self.notifiedWithin = notifiedWithin
        self.excludeNotified = excludeNotified
        self.dataEnd = dataEnd
    }
}
