import FocusNetGraph

/// The difference between the `fitted` model and one of its ablations (`fitted_no_network`,
/// `fitted_no_exposure`) on one metric, with a **paired** 95% bootstrap interval: the rows of
/// `ablation.csv`.
///
/// Both models are evaluated on the same replicates of ``ClusterBootstrap`` (persons resampled
/// once for every model), so the difference in each replicate is a draw of the difference's
/// sampling distribution; its 2.5% and 97.5% quantiles (Hyndman & Fan type 7) are the interval.
/// Because the two models rank nearly the same people on top, their metrics move together across
/// replicates and the paired interval is much narrower than the two models' own intervals
/// suggest (Efron & Tibshirani 1993, *An Introduction to the Bootstrap*, §13). The question it
/// answers — does position in the co-offending network add to a person's own history? — follows
/// Niezink & Campana (2022), "When things turn sour: a network event study of organized crime
/// violence", *J Quant Criminol* 39(3):655–678, who found relational effects on victimization
/// consistently stronger than individual characteristics.
public struct ModelDifference: Sendable, Equatable {
    /// The origin, or `nil` for the pooled rows.
    public let origin: CalendarDay?
    /// The reference model (always ``ModelKind/fitted``).
    public let reference: ModelKind
    /// The ablated model compared with it.
    public let model: ModelKind
    /// The outcome both are judged on.
    public let outcome: OutcomeKind
    /// `capture` (at ``size``) or `roc_auc`.
    public let metric: String
    /// The list size of `capture`; `nil` for `roc_auc`.
    public let size: ListSize?
    /// The reference model's value (a share in [0, 1]).
    public let referenceValue: Double
    /// The ablated model's value.
    public let modelValue: Double
    /// Lower end of the paired 95% interval of reference − model; `nil` without replicates or when
    /// the difference is undefined in most of them.
    public let low: Double?
    /// Upper end of the same interval.
    public let high: Double?

    /// reference − model, in the metric's units (a difference of shares; × 100 for points).
    public var difference: Double { referenceValue - modelValue }

    /// The metrics compared: capture at each list size, then ROC-AUC.
    static func compared(sizes: [ListSize]) -> [(metric: String, size: ListSize?)] {
        sizes.map { ("capture", $0) } + [("roc_auc", nil)]
    }

    /// The paired percentile interval of `reference − model` from replicate values of the two
    /// models drawn on the same resamples (same length B, same replicate order).
    /// - Returns: `nil` when fewer than half the differences are finite.
    /// - Complexity: O(B log B).
    static func pairedInterval(reference: [Double], model: [Double]) -> (low: Double, high: Double)? {
        precondition(reference.count == model.count, "one value of each model per replicate")
        return Bootstrap.percentileInterval(zip(reference, model).map { $0 - $1 })
    }

    /// The differences of one population (an origin, or pooled) for every ablation present beside
    /// `fitted`, every outcome it was scored on (``ModelKind/outcomes(of:)``) and every compared metric.
    /// - Parameters:
    ///   - evaluations: the population's evaluations, one per entry.
    ///   - replicates: for each bootstrap replicate, each entry's metric values
    ///     (``MetricValue/values(_:model:sizes:)``), entries in the order of `evaluations`.
    /// - Complexity: O(ablations × outcomes × metrics × B log B).
    static func ablation(_ evaluations: [Evaluation], replicates: [[[Double]]], origin: CalendarDay?,
                         sizes: [ListSize]) -> [ModelDifference] {
        var result: [ModelDifference] = []
        let outcomes = evaluations.map(\.outcome).reduce(into: [OutcomeKind]()) { if !$0.contains($1) { $0.append($1) } }
        for model in ModelKind.ablations {
            for outcome in outcomes {
                guard let f = evaluations.firstIndex(where: { $0.model == .fitted && $0.outcome == outcome }),
                      let a = evaluations.firstIndex(where: { $0.model == model && $0.outcome == outcome }) else { continue }
                let names = MetricValue.names(model: model, sizes: sizes)
                for (metric, size) in compared(sizes: sizes) {
                    let m = names.firstIndex { $0.metric == metric && $0.size == size }!
                    let interval = replicates.isEmpty ? nil
                        : pairedInterval(reference: replicates.map { $0[f][m] }, model: replicates.map { $0[a][m] })
                    result.append(ModelDifference(
                        origin: origin, reference: .fitted, model: model, outcome: outcome, metric: metric, size: size,
                        referenceValue: evaluations[f].metrics[m].value, modelValue: evaluations[a].metrics[m].value,
                        low: interval?.low, high: interval?.high))
                }
            }
        }
        return result
    }
}
