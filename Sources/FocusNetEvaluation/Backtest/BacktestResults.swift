import FocusNetGraph

/// One origin's results.
public struct OriginResult: Sendable {
    /// The scored people (without the notified ones when they are excluded).
    public let snapshot: OriginSnapshot
    public let trainingOrigins: [CalendarDay]
    public let models: [ModelKind: [OutcomeKind: FittedModel]]
    public let entries: [Backtest.Entry]
    /// One per entry, same order.
    public let evaluations: [Evaluation]
    /// Whether the outcome window closes by the end of the data.
    public let complete: Bool
    /// People marked notified at this origin (0 without a log).
    public let notified: Int
    public let interventions: [InterventionReport]
}

/// Everything measured for one model and outcome in one population (an origin or pooled).
public struct Evaluation: Sendable {
    public let model: ModelKind
    public let outcome: OutcomeKind
    public let components: MetricComponents
    public let metrics: [MetricValue]
    /// Ten deciles (empty for random).
    public let calibration: [CalibrationBin]
    /// Components at ``Backtest/curveShares``.
    public let curve: MetricComponents
    /// One table per list size (empty for random).
    public let disparity: [[DisparityCell]]
}

/// Top-k overlap between consecutive origins.
public struct StabilityValue: Sendable {
    public let from: CalendarDay
    public let to: CalendarDay
    public let model: ModelKind
    public let outcome: OutcomeKind?
    public let size: ListSize
    public let jaccard: Double

    package init(from: CalendarDay, to: CalendarDay, model: ModelKind, outcome: OutcomeKind?, size: ListSize, jaccard: Double) {
        self.from = from; self.to = to; self.model = model; self.outcome = outcome; self.size = size; self.jaccard = jaccard
    }
}
