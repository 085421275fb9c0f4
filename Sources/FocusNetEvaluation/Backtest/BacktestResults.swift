import FocusNetGraph

/// One origin's results: the scored people at D, the models trained for D, and every model's
/// evaluation on the outcomes in `(D, D + W]`.
public struct OriginResult: Sendable {
    /// The scored people (without the notified ones when they are excluded).
    public let snapshot: OriginSnapshot
    /// The earlier origins the fitted and demographic models learned from (each with its
    /// outcome window closed by D), oldest first; empty when none qualifies.
    public let trainingOrigins: [CalendarDay]
    /// The models fitted for this origin, by kind and outcome.
    public let models: [ModelKind: [OutcomeKind: FittedModel]]
    /// Every (model, outcome) list scored at this origin, in table order.
    public let entries: [Backtest.Entry]
    /// One per entry, same order.
    public let evaluations: [Evaluation]
    /// Whether the outcome window closes by the end of the data.
    public let complete: Bool
    /// People marked notified at this origin (0 without a log).
    public let notified: Int
    /// One descriptive report per outcome when an intervention log was given; empty otherwise.
    public let interventions: [InterventionReport]
}

/// Everything measured for one model and outcome in one population (an origin or pooled).
public struct Evaluation: Sendable {
    /// The model evaluated.
    public let model: ModelKind
    /// The outcome it is judged on.
    public let outcome: OutcomeKind
    /// The counts and sums behind every metric, at each list size of the configuration.
    public let components: MetricComponents
    /// Capture, PPV and lift at each list size, then ROC AUC, PR AUC and (for fitted models and
    /// random) the Brier score, each with its 95% bootstrap interval: the rows of `metrics.csv`.
    public let metrics: [MetricValue]
    /// Ten deciles (empty for random and the ablations, ``ModelKind/isAudited``).
    public let calibration: [CalibrationBin]
    /// Components at ``Backtest/curveShares``.
    public let curve: MetricComponents
    /// One table per list size (empty for random and the ablations, ``ModelKind/isAudited``).
    public let disparity: [[DisparityCell]]
}

/// Top-k overlap between consecutive origins.
public struct StabilityValue: Sendable {
    /// The earlier origin.
    public let from: CalendarDay
    /// The later origin.
    public let to: CalendarDay
    /// The model whose lists are compared.
    public let model: ModelKind
    /// The outcome of a fitted model's lists; `nil` for models whose list does not depend on it.
    public let outcome: OutcomeKind?
    /// k, the list size compared.
    public let size: ListSize
    /// |A ∩ B| / |A ∪ B| of the two top-k lists, by person (a share in [0, 1]).
    public let jaccard: Double

    package init(from: CalendarDay, to: CalendarDay, model: ModelKind, outcome: OutcomeKind?, size: ListSize, jaccard: Double) {
        self.from = from; self.to = to; self.model = model; self.outcome = outcome; self.size = size; self.jaccard = jaccard
    }
}
