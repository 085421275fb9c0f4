import Foundation
import FocusNetGraph
import FocusNetScoring

/// A logistic model fitted on earlier origins, as saved in `fitted_model.json` and read back by
/// `focusnet rank --model FILE`.
///
/// Features are standardized with the training means and scales (population standard
/// deviation) before fitting, so coefficients are per standard deviation and comparable;
/// P(outcome in the window | x) = σ(intercept + Σ_j coefficient_j × (x_j − mean_j) / scale_j).
/// Features constant in training are left out (listed in ``dropped``). The arrays ``features``,
/// ``means``, ``scales``, ``coefficients`` and ``standardErrors`` have one entry per kept
/// feature, in the same order.
public struct FittedModel: Codable, Sendable, Equatable {
    /// `fitted` or `demographic` (a ``ModelKind`` raw value).
    public var model: String
    /// The outcome predicted (an ``OutcomeKind`` raw value).
    public var outcome: String
    /// Length of the outcome window after each origin, e.g. `12mo`.
    public var outcomeWindow: String
    /// ISO dates of the training origins.
    public var trainingOrigins: [String]
    /// People pooled over the training origins (count of rows).
    public var trainingRows: Int
    /// Training rows with the outcome (count).
    public var trainingPositives: Int
    /// λ, the ridge penalty on the standardized coefficients (intercept not penalized).
    public var ridge: Double
    /// Feature names (e.g. `log_arrests`, `sex=F`), one per coefficient.
    public var features: [String]
    /// Training mean of each feature, in the feature's own units.
    public var means: [Double]
    /// Training population standard deviation of each feature (> 0).
    public var scales: [Double]
    /// β₀ on the log-odds scale.
    public var intercept: Double
    /// Standard error of β₀.
    public var interceptStandardError: Double
    /// Log-odds change per training standard deviation of each feature.
    public var coefficients: [Double]
    /// Standard error of each coefficient (penalized when ridge > 0).
    public var standardErrors: [Double]
    /// Features constant in training, left out.
    public var dropped: [String]
    /// Whether Newton–Raphson met its tolerance before its iteration cap.
    public var converged: Bool
    /// Newton–Raphson iterations taken.
    public var iterations: Int
    /// Unpenalized log-likelihood at the optimum (natural log).
    public var logLikelihood: Double
    /// FocusNet version that fitted the model.
    public var focusnetVersion: String
    /// How ``ridge`` was chosen by time-split validation; `nil` when no earlier origin could be
    /// fitted to validate on the latest (λ is then the default).
    public var validation: PenaltyValidation? = nil
    /// Logistic recalibration learned at the held-out origin (Cox 1958, doi:10.1093/biomet/45.3-4.562;
    /// Steyerberg 2019, *Clinical Prediction Models*, ch. 15): P = σ(a + b·η) with η the model's
    /// linear predictor; `nil` when the penalty could not be validated (P = σ(η)).
    public var recalibration: Recalibration? = nil

    /// P = σ(a + b·η): what a model fitted on the earlier origins predicted at the held-out one,
    /// regressed on what happened there. b < 1 shrinks over-confident predictions.
    public struct Recalibration: Codable, Sendable, Equatable {
        /// a, the calibration intercept (log-odds).
        public var intercept: Double
        /// b > 0, the calibration slope.
        public var slope: Double
    }

    enum CodingKeys: String, CodingKey {
        case model, outcome, ridge, features, means, scales, intercept, coefficients, dropped, converged, iterations, validation
        case recalibration
        case outcomeWindow = "outcome_window"
        case trainingOrigins = "training_origins"
        case trainingRows = "training_rows"
        case trainingPositives = "training_positives"
        case interceptStandardError = "intercept_standard_error"
        case standardErrors = "standard_errors"
        case logLikelihood = "log_likelihood"
        case focusnetVersion = "focusnet_version"
    }

    /// Odds ratio per training standard deviation of each feature, e^β, with its 95% Wald
    /// interval e^(β ± 1.96·SE) (penalized standard errors when λ > 0). Same order as
    /// ``features``.
    /// - Complexity: O(features).
    public var oddsRatios: [(feature: String, ratio: Double, low: Double, high: Double)] {
        features.indices.map { j in
            let b = coefficients[j], se = standardErrors[j]
            return (features[j], exp(b), exp(b - 1.96 * se), exp(b + 1.96 * se))
        }
    }

    /// One training origin's people: their inputs and outcomes.
    struct TrainingSet: Sendable {
        let origin: CalendarDay
        let inputs: ModelInputs
        let outcome: [Bool]
        init(origin: CalendarDay, inputs: ModelInputs, outcome: [Bool]) {
            self.origin = origin
            self.inputs = inputs
            self.outcome = outcome
        }
    }

    /// Fits `kind` (``ModelKind/fitted`` or ``ModelKind/demographic``) on the pooled people of the
    /// training origins.
    /// - Returns: `nil` when the training rows hold no outcome person or no person without it
    ///   (nothing to learn).
    /// - Throws: ``LinearAlgebraError`` (only possible with `ridge = 0`).
    /// - Complexity: that of ``LogisticRegression`` on Σ rows × features.
    static func train(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod, training: [TrainingSet],
                             ridge: Double) throws(LinearAlgebraError) -> FittedModel? {
        let y = training.flatMap(\.outcome)
        let positives = y.filter { $0 }.count
        guard positives > 0, positives < y.count else { return nil }
        return try train(TrainingDesign(kind, training: training), outcome: outcome, y: y, outcomeWindow: outcomeWindow,
                         ridge: ridge)
    }

    /// Fits one outcome `y` (shape `[design.rows]`) on a design shared with the other outcomes.
    /// - Returns: `nil` when y holds no outcome person or no person without it.
    /// - Throws: ``LinearAlgebraError`` (only possible with `ridge = 0`).
    /// `start` is a fitted model to begin Newton–Raphson from (a neighbouring λ's fit, on a design
    /// with the same features; ignored otherwise): the same optimum in fewer steps.
    static func train(_ design: TrainingDesign, outcome: OutcomeKind, y: [Bool], outcomeWindow: CalendarPeriod,
                      ridge: Double, start: FittedModel? = nil, as name: ModelKind? = nil) throws(LinearAlgebraError) -> FittedModel? {
        precondition(y.count == design.rows, "one outcome per training row")
        let positives = y.filter { $0 }.count
        guard positives > 0, positives < y.count else { return nil }
        let names = design.features.map(\.description)
        let initial = start.flatMap { $0.features == names ? [$0.intercept] + $0.coefficients : nil }
        let fit = try LogisticRegression(design: design.z, rows: design.rows, columnsWithIntercept: design.features.count + 1, y: y,
                                         ridge: ridge, start: initial)
        return FittedModel(
            model: (name ?? design.kind).rawValue, outcome: outcome.rawValue, outcomeWindow: outcomeWindow.description,
            trainingOrigins: design.origins.map(\.description), trainingRows: design.rows, trainingPositives: positives,
            ridge: ridge, features: design.features.map(\.description), means: design.means, scales: design.scales,
            intercept: fit.coefficients[0], interceptStandardError: fit.standardErrors[0],
            coefficients: Array(fit.coefficients.dropFirst()), standardErrors: Array(fit.standardErrors.dropFirst()),
            dropped: design.dropped, converged: fit.converged, iterations: fit.iterations, logLikelihood: fit.logLikelihood,
            focusnetVersion: Versions.focusNet)
    }

    /// Predicted probabilities for `inputs`. Shape `[n]`.
    /// - Precondition: every feature name is known (checked when the file is read).
    /// - Complexity: O(n × features).
    public func probabilities(_ inputs: ModelInputs) -> [Double] {
        let (a, b) = recalibration.map { ($0.intercept, $0.slope) } ?? (0, 1)
        return linearPredictor(inputs).map { LogisticRegression.sigmoid(a + b * $0) }
    }

    /// The linear predictor η = β₀ + Σ β_j (x_j − mean_j) / scale_j, before any recalibration.
    /// Shape `[n]`.
    /// - Precondition: every feature name is known (checked when the file is read).
    /// - Complexity: O(n × features).
    func linearPredictor(_ inputs: ModelInputs) -> [Double] {
        linearPredictor(columns: features.map { name in
            guard let feature = ModelFeature(name: name) else { preconditionFailure("unknown feature \(name)") }
            return feature.values(inputs)
        }, count: inputs.count)
    }

    /// η from the feature columns already computed (`columns[j]` of ``features``[j], each shape
    /// `[count]`): the candidates of a penalty path share one set of held-out columns.
    /// - Complexity: O(count × features).
    func linearPredictor(columns: [[Double]], count: Int) -> [Double] {
        precondition(columns.count == features.count, "one column per feature")
        var eta = [Double](repeating: intercept, count: count)
        for (j, values) in columns.enumerated() {
            for i in 0..<count { eta[i] += coefficients[j] * (values[i] - means[j]) / scales[j] }
        }
        return eta
    }

    /// The probabilities of every node of a ranking: P(outcome within the model's outcome window
    /// after the ranking's as-of date). Shape `[n]`, node order; reads nothing dated after the
    /// as-of date. The inputs are built 65,536 nodes at a time (a state's 3 million people would
    /// hold every input column at once).
    /// - Precondition: every feature name is known (checked when the file is read).
    /// - Complexity: O(n × features), plus O(n log n) for betweenness percentiles when computed.
    public func probabilities(ranking: Ranking, context: ScoringContext) -> [Double] {
        probabilities(ranking: ranking, context: context,
                      betweennessPercentile: ranking.measures.betweenness.map { PercentileRank.compute($0) })
    }

    /// As ``probabilities(ranking:context:)``, with the betweenness percentiles the caller already
    /// computed (`nil` when the ranking has no betweenness).
    func probabilities(ranking: Ranking, context: ScoringContext, betweennessPercentile betweenness: [Double]?) -> [Double] {
        probabilities(source: ModelInputs.Source(ranking, context: context), context: context, betweennessPercentile: betweenness)
    }

    /// As ``probabilities(ranking:context:betweennessPercentile:)`` from the ranking's arrays
    /// gathered once (gathering them for every block was O(n) per block: 50 passes over a state).
    func probabilities(source: ModelInputs.Source, context: ScoringContext, betweennessPercentile betweenness: [Double]?) -> [Double] {
        let n = source.persons.count, block = 65_536
        var result: [Double] = []
        result.reserveCapacity(n)
        for start in stride(from: 0, to: n, by: block) {
            let nodes = Array(start..<min(n, start + block))
            result += probabilities(ModelInputs(source: source, context: context, nodes: nodes, betweennessPercentile: betweenness))
        }
        return result
    }

    /// The terms of one person's log-odds: b × coefficient × (value − mean) / scale for each
    /// feature (b the recalibration slope, 1 without), largest |term| first (ties by feature
    /// order); log-odds = a + b·β₀ + Σ terms.
    /// - Parameter index: a position in `inputs`.
    /// - Complexity: O(features).
    public func terms(_ inputs: ModelInputs, _ index: Int) -> [ListScore.Term] {
        let one = inputs.subset([index])
        let slope = recalibration?.slope ?? 1
        let terms = features.enumerated().map { j, name in
            let value = ModelFeature(name: name)!.values(one)[0]
            return (j, ListScore.Term(feature: name, value: value, logOdds: slope * coefficients[j] * (value - means[j]) / scales[j]))
        }
        return terms.sorted { abs($0.1.logOdds) > abs($1.1.logOdds) || (abs($0.1.logOdds) == abs($1.1.logOdds) && $0.0 < $1.0) }.map(\.1)
    }
}

/// `fitted_model.json`: the models fitted on every origin whose outcome window closes by the end
/// of the data — the ones to use for a list drawn up today.
public struct FittedModelFile: Codable, Sendable, Equatable {
    /// Always `focusnet-fitted-model`.
    public var format = "focusnet-fitted-model"
    /// Version of the file layout (1).
    public var formatVersion = 1
    /// One model per model kind and outcome.
    public var models: [FittedModel]

    /// A file holding `models`.
    public init(models: [FittedModel]) { self.models = models }

    enum CodingKeys: String, CodingKey {
        case format, models
        case formatVersion = "format_version"
    }

    /// The model for `outcome` (default: `shot`, else `either`, `shooter`, `arrest`, the order in
    /// which `rank` picks its outcome), `fitted` kind.
    public func model(for outcome: OutcomeKind? = nil) -> FittedModel? {
        let fitted = models.filter { $0.model == ModelKind.fitted.rawValue }
        if let outcome { return fitted.first { $0.outcome == outcome.rawValue } }
        for kind in [OutcomeKind.shot, .either, .shooter, .arrest] {
            if let m = fitted.first(where: { $0.outcome == kind.rawValue }) { return m }
        }
        return nil
    }

    /// Pretty JSON, sorted keys, snake_case keys (stable bytes).
    /// - Throws: `EncodingError` for a non-finite number.
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a file written by ``json()``.
    /// - Throws: ``BacktestError/modelFile(path:reason:)`` when it cannot be read or names an
    ///   unknown feature.
    public static func load(_ url: URL) throws(BacktestError) -> FittedModelFile {
        let file: FittedModelFile
        do {
            file = try JSONDecoder().decode(FittedModelFile.self, from: Data(contentsOf: url))
        } catch {
            throw .modelFile(path: url.path, reason: "\(error)")
        }
        guard file.format == "focusnet-fitted-model", file.formatVersion == 1 else {
            throw .modelFile(path: url.path, reason: "not a FocusNet fitted-model file of format version 1")
        }
        for model in file.models {
            if let bad = model.features.first(where: { ModelFeature(name: $0) == nil }) {
                throw .modelFile(path: url.path, reason: "unknown feature '\(bad)'")
            }
            let n = model.features.count
            let numbers = [model.intercept, model.interceptStandardError] + model.coefficients + model.means + model.scales
                + model.standardErrors
            guard model.coefficients.count == n, model.means.count == n, model.scales.count == n, model.standardErrors.count == n,
                  Set(model.features).count == n, model.scales.allSatisfy({ $0 > 0 }),
                  numbers.allSatisfy({ $0.isFinite && abs($0) < 1e6 }) else {
                throw .modelFile(path: url.path, reason: "model \(model.model)/\(model.outcome): features, means, scales, coefficients and standard errors differ in length, a feature repeats, a scale is not positive or a number is not finite and below 10^6")
            }
        }
        return file
    }
}
