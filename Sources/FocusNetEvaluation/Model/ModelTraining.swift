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
/// chosen candidate showed at V (``recalibration(_:held:)``). Without an earlier origin to fit on, λ stays at the default and the
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
    static func fit(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod, sets: [FittedModel.TrainingSet],
                    defaultRidge: Double) throws(LinearAlgebraError) -> FittedModel? {
        try fitWithHeldOut(kind, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets, defaultRidge: defaultRidge).model
    }

    /// ``fit(_:outcome:outcomeWindow:sets:defaultRidge:)``, with the chosen candidate as it was
    /// validated: fitted on the earlier origins only, for the evidence at the held-out origin
    /// (`nil` when λ could not be validated).
    static func fitWithHeldOut(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod,
                               sets: [FittedModel.TrainingSet], defaultRidge: Double) throws(LinearAlgebraError)
        -> (model: FittedModel?, heldOut: FittedModel?) {
        guard let validation = try validate(kind, outcome: outcome, outcomeWindow: outcomeWindow, sets: sets) else {
            return (try FittedModel.train(kind, outcome: outcome, outcomeWindow: outcomeWindow, training: sets, ridge: defaultRidge), nil)
        }
        var model = try FittedModel.train(kind, outcome: outcome, outcomeWindow: outcomeWindow, training: sets,
                                          ridge: validation.record.chosen)
        model?.validation = validation.record
        model?.recalibration = validation.recalibration
        return (model, validation.chosen)
    }

    /// Logistic recalibration σ(a + b·η) of `model` against the held-out outcomes: `nil` unless
    /// the slope is positive and finite (a model that ranks the held-out origin backwards is
    /// not recalibrated: its evidence says so).
    /// - Complexity: one two-parameter fit on the held-out rows.
    static func recalibration(_ model: FittedModel, held: FittedModel.TrainingSet) -> FittedModel.Recalibration? {
        let eta = model.linearPredictor(held.inputs)
        guard let fit = try? LogisticRegression(x: eta, rows: eta.count, columns: 1, y: held.outcome, ridge: 0),
              fit.coefficients.allSatisfy(\.isFinite), fit.coefficients[1] > 0 else { return nil }
        return FittedModel.Recalibration(intercept: fit.coefficients[0], slope: fit.coefficients[1])
    }

    /// The held-out comparison of the penalties: `nil` when there is no origin to hold out with an
    /// earlier one to fit on, or either side lacks outcome persons or people without the outcome.
    /// - Complexity: |ridges| fits on the earlier origins' rows.
    static func validate(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod,
                         sets: [FittedModel.TrainingSet]) throws(LinearAlgebraError)
        -> (record: PenaltyValidation, recalibration: FittedModel.Recalibration?, chosen: FittedModel)? {
        guard let held = sets.last else { return nil }
        let earlier = sets.dropLast().filter { OutcomeWindow(origin: $0.origin, length: outcomeWindow).isClosed(by: held.origin) }
        let heldPositives = held.outcome.filter { $0 }.count
        guard !earlier.isEmpty, heldPositives > 0, heldPositives < held.outcome.count else { return nil }
        let design = TrainingDesign(kind, training: Array(earlier))
        let y = earlier.flatMap(\.outcome)
        var losses: [Double] = [], models: [FittedModel] = []
        for ridge in ridges {
            guard let model = try FittedModel.train(design, outcome: outcome, y: y, outcomeWindow: outcomeWindow, ridge: ridge)
            else { return nil }
            losses.append(ModelTraining.logLoss(model.probabilities(held.inputs), held.outcome))
            models.append(model)
        }
        // Lowest loss; on a tie the larger penalty (the simpler model).
        let best = ridges.indices.min { losses[$0] < losses[$1] || (losses[$0] == losses[$1] && ridges[$0] > ridges[$1]) }!
        return (PenaltyValidation(fittedOn: earlier.map(\.origin.description), heldOut: held.origin.description,
                                  ridges: ridges, heldOutLogLoss: losses, chosen: ridges[best]),
                ModelTraining.recalibration(models[best], held: held), models[best])
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

    enum CodingKeys: String, CodingKey {
        case ridges, chosen
        case fittedOn = "fitted_on"
        case heldOut = "held_out"
        case heldOutLogLoss = "held_out_log_loss"
    }
}
