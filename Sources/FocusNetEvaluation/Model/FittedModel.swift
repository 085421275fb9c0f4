import Foundation
import FocusNetGraph
import FocusNetScoring

/// A logistic model fitted on earlier origins, as saved in `fitted_model.json` and read back by
/// `focusnet rank --model FILE`.
///
/// Features are standardized with the training means and scales (population standard
/// deviation) before fitting, so coefficients are per standard deviation and comparable;
/// P(outcome in the window | x) = σ(intercept + Σ_j coefficient_j × (x_j − mean_j) / scale_j).
/// Features constant in training are left out (listed in ``dropped``).
public struct FittedModel: Codable, Sendable, Equatable {
    /// `fitted` or `demographic`.
    public var model: String
    public var outcome: String
    public var outcomeWindow: String
    /// ISO dates of the training origins.
    public var trainingOrigins: [String]
    public var trainingRows: Int
    public var trainingPositives: Int
    public var ridge: Double
    /// ``ModelFeature`` names, one per coefficient.
    public var features: [String]
    public var means: [Double]
    public var scales: [Double]
    public var intercept: Double
    public var interceptStandardError: Double
    public var coefficients: [Double]
    public var standardErrors: [Double]
    public var dropped: [String]
    public var converged: Bool
    public var iterations: Int
    public var logLikelihood: Double
    public var focusnetVersion: String

    /// One training origin's people: their inputs and outcomes.
    public struct TrainingSet: Sendable {
        public let origin: CalendarDay
        public let inputs: ModelInputs
        public let outcome: [Bool]
        public init(origin: CalendarDay, inputs: ModelInputs, outcome: [Bool]) {
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
    public static func train(_ kind: ModelKind, outcome: OutcomeKind, outcomeWindow: CalendarPeriod, training: [TrainingSet],
                             ridge: Double) throws(LinearAlgebraError) -> FittedModel? {
        precondition(kind.isFitted, "\(kind) is not a fitted model")
        let y = training.flatMap(\.outcome)
        let positives = y.filter { $0 }.count
        guard positives > 0, positives < y.count else { return nil }
        let candidates = kind == .fitted ? ModelFeature.fittedSet
            : ModelFeature.demographicSet(sexCodes: training.flatMap(\.inputs.sex))
        var kept: [ModelFeature] = [], dropped: [String] = [], columns: [[Double]] = []
        var means: [Double] = [], scales: [Double] = []
        for feature in candidates {
            let column = training.flatMap { feature.values($0.inputs) }
            let mean = column.reduce(0, +) / Double(column.count)
            let scale = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)).squareRoot()
            guard scale > 1e-12 * max(1, abs(mean)) else { dropped.append(feature.description); continue }
            kept.append(feature)
            columns.append(column.map { ($0 - mean) / scale })
            means.append(mean)
            scales.append(scale)
        }
        let rows = y.count, p = kept.count
        var x = [Double](repeating: 0, count: rows * p)
        for (j, column) in columns.enumerated() { for i in 0..<rows { x[i * p + j] = column[i] } }
        let fit = try LogisticRegression(x: x, rows: rows, columns: p, y: y, ridge: ridge)
        return FittedModel(
            model: kind.rawValue, outcome: outcome.rawValue, outcomeWindow: outcomeWindow.description,
            trainingOrigins: training.map(\.origin.description), trainingRows: rows, trainingPositives: positives,
            ridge: ridge, features: kept.map(\.description), means: means, scales: scales,
            intercept: fit.coefficients[0], interceptStandardError: fit.standardErrors[0],
            coefficients: Array(fit.coefficients.dropFirst()), standardErrors: Array(fit.standardErrors.dropFirst()),
            dropped: dropped, converged: fit.converged, iterations: fit.iterations, logLikelihood: fit.logLikelihood,
            focusnetVersion: Versions.focusNet)
    }

    /// Predicted probabilities for `inputs`. Shape `[n]`.
    /// - Precondition: every feature name is a ``ModelFeature`` (checked when the file is read).
    /// - Complexity: O(n × features).
    public func probabilities(_ inputs: ModelInputs) -> [Double] {
        var eta = [Double](repeating: intercept, count: inputs.count)
        for (j, name) in features.enumerated() {
            guard let feature = ModelFeature(name: name) else { preconditionFailure("unknown feature \(name)") }
            let values = feature.values(inputs)
            for i in 0..<inputs.count { eta[i] += coefficients[j] * (values[i] - means[j]) / scales[j] }
        }
        return eta.map(LogisticRegression.sigmoid)
    }

    /// The probabilities of every node of a ranking (the hook for `focusnet rank --model FILE`).
    /// Shape `[n]`, node order.
    public func probabilities(ranking: Ranking, context: ScoringContext) -> [Double] {
        probabilities(ModelInputs(ranking: ranking, context: context))
    }
}

/// `fitted_model.json`: the models fitted on every origin whose outcome window closes by the end
/// of the data — the ones to use for a list drawn up today.
public struct FittedModelFile: Codable, Sendable, Equatable {
    public var format = "focusnet-fitted-model"
    public var formatVersion = 1
    public var models: [FittedModel]

    public init(models: [FittedModel]) { self.models = models }

    /// The model for `outcome` (default: `either`, else `shot`, `shooter`, `arrest`), `fitted` kind.
    public func model(for outcome: OutcomeKind? = nil) -> FittedModel? {
        let fitted = models.filter { $0.model == ModelKind.fitted.rawValue }
        if let outcome { return fitted.first { $0.outcome == outcome.rawValue } }
        for kind in [OutcomeKind.either, .shot, .shooter, .arrest] {
            if let m = fitted.first(where: { $0.outcome == kind.rawValue }) { return m }
        }
        return nil
    }

    /// Pretty JSON, sorted keys, snake_case (stable bytes).
    public func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(self), as: UTF8.self) + "\n"
    }

    /// Reads a file written by ``json()``.
    /// - Throws: ``BacktestError/modelFile(path:reason:)`` when it cannot be read or names an
    ///   unknown feature.
    public static func load(_ url: URL) throws(BacktestError) -> FittedModelFile {
        let file: FittedModelFile
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            file = try decoder.decode(FittedModelFile.self, from: Data(contentsOf: url))
        } catch {
            throw .modelFile(path: url.path, reason: "\(error)")
        }
        for model in file.models {
            if let bad = model.features.first(where: { ModelFeature(name: $0) == nil }) {
                throw .modelFile(path: url.path, reason: "unknown feature '\(bad)'")
            }
            let n = model.features.count
            guard model.coefficients.count == n, model.means.count == n, model.scales.count == n,
                  model.scales.allSatisfy({ $0 > 0 }) else {
                throw .modelFile(path: url.path, reason: "model \(model.model)/\(model.outcome): features, means, scales and coefficients differ in length or a scale is not positive")
            }
        }
        return file
    }
}
