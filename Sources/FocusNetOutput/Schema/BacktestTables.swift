import FocusNetEvaluation

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

/// `predictions.csv`: one row per scored person per origin (wide). The fixed columns come first;
/// the model and outcome columns depend on the outcomes measured (``header(outcomes:)``).
enum PredictionsColumn: String, TableSchema {
    case origin, personID = "person_id"
    static let fileName = "predictions.csv"

    /// `origin, person_id`, then for each model but random in table order — a model that needs no
    /// fitting: `<model>_score, <model>_rank`; a fitted model, per outcome it is scored on
    /// (``ModelKind/outcomes(of:)``):
    /// `<model>_<outcome>_probability, <model>_<outcome>_rank` — then `outcome_<outcome>` per outcome.
    static func header(outcomes: [OutcomeKind]) -> [String] {
        var header = allCases.map(\.rawValue)
        for model in PredictionsColumn.models {
            if model.isFitted {
                for outcome in model.outcomes(of: outcomes) { header += ["\(model.rawValue)_\(outcome.rawValue)_probability", "\(model.rawValue)_\(outcome.rawValue)_rank"] }
            } else {
                header += ["\(model.rawValue)_score", "\(model.rawValue)_rank"]
            }
        }
        return header + outcomes.map { "outcome_\($0.rawValue)" }
    }

    /// The models with columns: every model but random (whose score ties everyone).
    static let models = ModelKind.allCases.filter { $0 != .random }
}

/// `ablation.csv`: fitted − ablated model in capture@k and ROC-AUC with paired 95% intervals.
enum AblationColumn: String, TableSchema {
    case origin, model, outcome, metric, k, fitted, ablated, difference, ciLow = "ci_low", ciHigh = "ci_high"
    static let fileName = "ablation.csv"
}
