import FocusNetGraph
import Foundation

/// How a fitted model is trained as of a date D, for `rank`, `call-in` and `backtest` alike.
///
/// The training origins are D − W, D − 2W, … (W the outcome window; ``schedule(for:outcomeWindow:count:earliest:)``):
/// each origin's features are as of that origin and its outcomes lie in (origin, origin + W] ⊆
/// (−∞, D], so nothing dated after D reaches the model. The ridge penalty λ is chosen by
/// time-split validation (Hastie, Tibshirani & Friedman 2009, *The Elements of Statistical
/// Learning*, §7.10; an out-of-sample test on the latest period, Tashman 2000, "Out-of-sample
/// tests of forecasting accuracy", doi:10.1016/S0169-2070(00)00065-0): the latest origin V is held out, each λ of ``ridges`` is
/// fitted on the origins whose outcome windows close by V, and the λ with the lowest mean
/// held-out log-loss on V wins (ties: the larger λ). The final model is refitted with that λ on
/// every origin, V included, and recalibrated with the calibration intercept and slope that the
/// chosen candidate showed at V (``recalibration(eta:outcome:)``). Without an earlier origin to fit on, λ stays at the default and the
/// model says so (``FittedModel/validation`` is `nil`).
enum ModelTraining {
    /// The penalties tried, on standardized features.
    static let ridges: [Double] = [0.1, 1, 10, 100]

    /// The training origins for a list drawn up at `origin`: D − W, D − 2W, … (`count` of them),
    /// oldest first, each after `earliest` (the first arrest).
    /// - Complexity: O(count).
    static func schedule(for origin: CalendarDay, outcomeWindow: CalendarPeriod, count: Int,
                         earliest: CalendarDay) -> [CalendarDay] {
        OriginDates.training(for: origin, outcomeWindow: outcomeWindow, step: outcomeWindow, count: count, earliest: earliest)
    }

    /// The model of `kind` for `outcome`, its penalty chosen by time-split validation.
    /// - Parameters:
    ///   - sets: the training origins' people and outcomes, oldest first.
    ///   - defaultRidge: λ when no earlier origin can be fitted to validate on the latest.
    /// - Returns: `nil` when the training rows hold no outcome person or no person without it.
    /// - Throws: ``LinearAlgebraError`` (only with λ = 0).
    /// - Complexity: (|ridges| + 1) fits of ``LogisticRegression`` on at most Σ rows × features.
    ///   - designs: designs built by earlier fits of the same people (other outcomes), reused.
    static func fit(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod, sets: [FittedModel.TrainingSet],
                    defaultRidge: Double, designs: TrainingDesigns = TrainingDesigns()) throws(LinearAlgebraError) -> FittedModel? {
        try fitWithHeldOut(kind, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets, defaultRidge: defaultRidge,
                           designs: designs).model
    }

    /// ``fit(_:outcome:outcomeWindow:sets:defaultRidge:)``, with the chosen candidate as it was
    /// validated: fitted on the earlier origins only, for the evidence at the held-out origin
    /// (`nil` when λ could not be validated).
    static func fitWithHeldOut(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod,
                               sets: [FittedModel.TrainingSet], defaultRidge: Double,
                               designs: TrainingDesigns = TrainingDesigns()) throws(LinearAlgebraError)
        -> (model: FittedModel?, heldOut: FittedModel?) {
        let y = sets.flatMap(\.outcome)
        let positives = y.filter { $0 }.count
        guard positives > 0, positives < y.count else { return (nil, nil) }
        guard let validation = try validate(kind, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets, designs: designs) else {
            return (try FittedModel.train(designs.design(kind, sets), outcome: outcome, y: y, outcomeWindow: outcomeWindow,
                                          ridge: defaultRidge), nil)
        }
        let features = validation.features
        var model = try FittedModel.train(designs.design(features, sets), outcome: outcome, y: y, outcomeWindow: outcomeWindow,
                                          ridge: validation.record.chosen, start: validation.chosen, as: kind)
        model?.validation = validation.record
        model?.recalibration = validation.recalibration
        return (model, validation.chosen)
    }

    /// The feature sets the `fitted` model chooses among on the held-out origin (each at the λ
    /// the full set chose): all groups, without the network measures, without exposure — what the
    /// backtest's ablation compares, decided here for every list.
    static let featureCandidates: [ModelKind] = [.fitted, .fittedNoNetwork, .fittedNoExposure]

    /// Logistic recalibration σ(a + b·η) of a model whose linear predictor on the held-out people
    /// is `eta` (shape `[n]`) against their outcomes: `nil` unless the slope is positive and finite
    /// (a model that ranks the held-out origin backwards is not recalibrated: its evidence says so).
    /// - Complexity: one two-parameter fit on the held-out rows.
    static func recalibration(eta: [Double], outcome: [Bool]) -> FittedModel.Recalibration? {
        guard let fit = try? LogisticRegression(x: eta, rows: eta.count, columns: 1, y: outcome, ridge: 0),
              fit.coefficients.allSatisfy(\.isFinite), fit.coefficients[1] > 0 else { return nil }
        return FittedModel.Recalibration(intercept: fit.coefficients[0], slope: fit.coefficients[1])
    }

    /// The held-out comparison of the penalties: `nil` when there is no origin to hold out with an
    /// earlier one to fit on, or either side lacks outcome persons or people without the outcome.
    /// - Complexity: |ridges| fits on the earlier origins' rows.
    static func validate(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod,
                         sets: [FittedModel.TrainingSet], designs: TrainingDesigns = TrainingDesigns()) throws(LinearAlgebraError)
        -> (record: PenaltyValidation, recalibration: FittedModel.Recalibration?, chosen: FittedModel, features: ModelKind)? {
        guard let held = sets.last else { return nil }
        let earlier = sets.dropLast().filter { OutcomeWindow(origin: $0.origin, length: outcomeWindow).isClosed(by: held.origin) }
        let heldPositives = held.outcome.filter { $0 }.count
        guard !earlier.isEmpty, heldPositives > 0, heldPositives < held.outcome.count else { return nil }
        let design = designs.design(kind, Array(earlier))
        let y = earlier.flatMap(\.outcome)
        let heldColumns = design.features.map { $0.values(held.inputs) }   // shared by every candidate
        var losses: [Double] = [], models: [FittedModel] = [], etas: [[Double]] = []
        for ridge in ridges {   // each λ starts from the previous one's fit (a warm start along the path)
            guard let model = try FittedModel.train(design, outcome: outcome, y: y, outcomeWindow: outcomeWindow, ridge: ridge,
                                                    start: models.last)
            else { return nil }
            let eta = model.linearPredictor(columns: heldColumns, count: held.inputs.count)
            losses.append(ModelTraining.logLoss(eta.map(LogisticRegression.sigmoid), held.outcome))
            models.append(model)
            etas.append(eta)
        }
        // Lowest loss; on a tie the larger penalty (the simpler model).
        let best = ridges.indices.min { losses[$0] < losses[$1] || (losses[$0] == losses[$1] && ridges[$0] > ridges[$1]) }!
        var record = PenaltyValidation(fittedOn: earlier.map(\.origin.description), heldOut: held.origin.description,
                                       ridges: ridges, heldOutLogLoss: losses, chosen: ridges[best])
        var chosen = (kind: kind, loss: losses[best], model: models[best], eta: etas[best])
        if kind == .fitted {
            // The feature groups, each at the chosen λ; the fewest features on a tie.
            var choices = [PenaltyValidation.FeatureChoice(features: kind.rawValue, heldOutLogLoss: losses[best])]
            for alternative in ModelTraining.featureCandidates.dropFirst() {
                let altDesign = designs.design(alternative, Array(earlier))
                // Started from the full model's coefficients of the features kept: same rows, so the
                // same standardization, and a nearby optimum.
                var start = models[best]
                let kept = altDesign.features.map(\.description)
                start.coefficients = kept.map { name in start.features.firstIndex(of: name).map { start.coefficients[$0] } ?? 0 }
                start.features = kept
                guard let model = try FittedModel.train(altDesign, outcome: outcome, y: y, outcomeWindow: outcomeWindow,
                                                        ridge: ridges[best], start: start) else { continue }
                // A smaller set's columns are among the full set's, computed once above.
                let columns = altDesign.features.map { f in design.features.firstIndex(of: f).map { heldColumns[$0] } ?? f.values(held.inputs) }
                let eta = model.linearPredictor(columns: columns, count: held.inputs.count)
                let loss = ModelTraining.logLoss(eta.map(LogisticRegression.sigmoid), held.outcome)
                choices.append(.init(features: alternative.rawValue, heldOutLogLoss: loss))
                if loss <= chosen.loss { chosen = (alternative, loss, model, eta) }
            }
            record.featureSets = choices
            record.chosenFeatures = chosen.kind.rawValue
        }
        return (record, ModelTraining.recalibration(eta: chosen.eta, outcome: held.outcome), chosen.model, chosen.kind)
    }

    /// Mean log-loss −(1/n) Σ [y log p + (1 − y) log(1 − p)] (natural log), p clamped to
    /// [1e−15, 1 − 1e−15].
    /// - Complexity: O(n).
    static func logLoss(_ p: [Double], _ y: [Bool]) -> Double {
        precondition(p.count == y.count && !p.isEmpty, "one probability per outcome")
        var total = 0.0
        for (q, yes) in zip(p, y) {
            let c = min(max(q, 1e-15), 1 - 1e-15)
            total -= yes ? log(c) : log(1 - c)
        }
        return total / Double(p.count)
    }
}

/// How a fitted model's ridge penalty was chosen: each candidate λ fitted on the earlier
/// origins and scored on the held-out latest origin (``ModelTraining``).
public struct PenaltyValidation: Codable, Sendable, Equatable {
    /// ISO dates of the origins the candidates were fitted on.
    public var fittedOn: [String]
    /// ISO date of the held-out origin.
    public var heldOut: String
    /// The candidate penalties λ.
    public var ridges: [Double]
    /// Mean held-out log-loss of each candidate (natural log; lower is better), same order.
    public var heldOutLogLoss: [Double]
    /// The λ chosen.
    public var chosen: Double
    /// For the `fitted` model: each feature set's held-out log-loss at the chosen λ (`fitted` =
    /// every group, `fitted_no_network`, `fitted_no_exposure`); `nil` for other kinds.
    public var featureSets: [FeatureChoice]?
    /// The feature set the model was refitted with (the lowest held-out loss; the smaller set on a tie).
    public var chosenFeatures: String?

    /// One feature set's held-out log-loss.
    public struct FeatureChoice: Codable, Sendable, Equatable {
        /// The set, named as the kind that fits it.
        public var features: String
        /// Mean held-out log-loss (natural log).
        public var heldOutLogLoss: Double

        enum CodingKeys: String, CodingKey {
            case features
            case heldOutLogLoss = "held_out_log_loss"
        }
    }

    enum CodingKeys: String, CodingKey {
        case ridges, chosen
        case featureSets = "feature_sets"
        case chosenFeatures = "chosen_features"
        case fittedOn = "fitted_on"
        case heldOut = "held_out"
        case heldOutLogLoss = "held_out_log_loss"
    }
}

/// The designs one worker has built, reused by its later fits of the same people: a kind's
/// design over given training origins is the same for every outcome, which changes only y (the
/// people of an origin, and their sample above ``ListModel/maxTrainingRows``, do not depend on
/// the outcome). Building it anew for each of a backtest's four outcomes was a tenth of the fits.
/// Not shared between threads: each worker keeps its own.
final class TrainingDesigns {
    private var built: [(kind: ModelKind, origins: [CalendarDay], rows: Int, design: TrainingDesign)] = []

    init() {}

    /// The design of `kind` over `training`, built on first use.
    /// - Precondition: sets with the same origins and row counts hold the same people (true of
    ///   ``ListModel/trainingSet(_:outcome:seed:)`` for one snapshot per origin).
    /// - Complexity: O(rows × features) the first time, O(designs kept) after.
    func design(_ kind: ModelKind, _ training: [FittedModel.TrainingSet]) -> TrainingDesign {
        let origins = training.map(\.origin), rows = training.reduce(0) { $0 + $1.inputs.count }
        if let hit = built.first(where: { $0.kind == kind && $0.origins == origins && $0.rows == rows }) { return hit.design }
        let design = TrainingDesign(kind, training: training)
        built.append((kind, origins, rows, design))
        return design
    }
}
