/// `metrics.csv`: one metric of one model, outcome and list size at one origin (or `pooled`).
enum MetricsColumn: String, TableSchema {
    case origin, model, outcome, metric, k, value, ciLow = "ci_low", ciHigh = "ci_high"
    static let fileName = "metrics.csv"
}

/// `capture_curve.csv`: capture at shares of the scored people.
enum CaptureCurveColumn: String, TableSchema {
    case origin, model, outcome, shareScored = "share_scored", k, capture
    static let fileName = "capture_curve.csv"
}

/// `calibration.csv`: outcome rates by score decile.
enum CalibrationColumn: String, TableSchema {
    case origin, model, outcome, decile, people, positives, observedRate = "observed_rate", meanScore = "mean_score"
    case minScore = "min_score", maxScore = "max_score"
    static let fileName = "calibration.csv"
}

/// `disparity.csv`: the audit of each top-k list by attribute and group.
enum DisparityColumn: String, TableSchema {
    case origin, model, outcome, k, attribute, group, scored, scoredShare = "scored_share", outcomePersons = "outcome_persons"
    case outcomeShare = "outcome_share", listed, listedShare = "listed_share", ppv, capture
    static let fileName = "disparity.csv"
}

/// `coefficients.csv`: the fitted models' coefficients per standard deviation.
enum CoefficientsColumn: String, TableSchema {
    case origin, model, outcome, feature, coefficient, stdError = "std_error", z, mean, scale
    case trainingOrigins = "training_origins", trainingRows = "training_rows", trainingPositives = "training_positives"
    case converged
    static let fileName = "coefficients.csv"
}

/// `origins.csv`: what each origin scored and counted.
enum OriginsColumn: String, TableSchema {
    case origin, outcomeWindowEnd = "outcome_window_end", complete, networkPeople = "network_people"
    case deceasedExcluded = "deceased_excluded", scored, inCustody = "in_custody", notified
    case trainingOrigins = "training_origins", outcome, positives, baseRate = "base_rate"
    case outcomePersonsAll = "outcome_persons_all", scoredShareOfOutcomePersons = "scored_share_of_outcome_persons"
    static let fileName = "origins.csv"
}

/// `interventions.csv`: outcome rates of the notified, their peers and the others by rank band.
enum InterventionsColumn: String, TableSchema {
    case origin, outcome, band, group, people, positives, rate
    static let fileName = "interventions.csv"
}
