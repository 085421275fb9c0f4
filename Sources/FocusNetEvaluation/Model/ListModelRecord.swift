/// The `list_model` object of a list's `manifest.json`: what ordered the list, why, the model's
/// effects and the list's evidence on the region's history.
public struct ListModelRecord: Codable, Sendable, Equatable {
    /// One feature's effect: the odds ratio per training standard deviation with its 95% interval.
    public struct Effect: Codable, Sendable, Equatable {
        /// Feature name as in the model file.
        public var feature: String
        /// e^β per standard deviation, and e^(β ± 1.96·SE).
        public var oddsRatio: Double, low: Double, high: Double

        enum CodingKeys: String, CodingKey {
            case feature, low, high
            case oddsRatio = "odds_ratio"
        }
    }

    /// `fitted`, `file` or `composite` (``ListModel/Source``).
    public var source: String
    /// The outcome predicted and its window, e.g. `shot`, `18mo`.
    public var outcome: String, outcomeWindow: String
    /// Why the list is ordered as it is.
    public var note: String
    /// The model file read (`--model`), if any.
    public var modelFile: String?
    /// The model applied at the as-of date (coefficients, standardization, training origins,
    /// penalty validation); `nil` for the composite.
    public var model: FittedModel?
    /// Each feature's effect, in the model's feature order.
    public var effects: [Effect]
    /// What a list of this size would have held on the region's history; `nil` without a
    /// training origin.
    public var evidence: ListEvidence?

    enum CodingKeys: String, CodingKey {
        case source, outcome, note, model, effects, evidence
        case outcomeWindow = "outcome_window"
        case modelFile = "model_file"
    }

    /// The record of `list`.
    public init(_ list: ListModel) {
        source = list.source.rawValue
        outcome = list.outcome.rawValue
        outcomeWindow = list.outcomeWindow.description
        note = list.note
        modelFile = list.modelFile
        model = list.model
        effects = (list.model?.oddsRatios ?? []).map { Effect(feature: $0.feature, oddsRatio: $0.ratio, low: $0.low, high: $0.high) }
        evidence = list.evidence
    }
}
