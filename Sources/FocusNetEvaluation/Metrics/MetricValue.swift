/// A metric value with its bootstrap interval.
public struct MetricValue: Sendable, Equatable {
    /// `capture` (of all outcome persons), `capture_scored` (of those ranked), `ppv`, `lift` (over
    /// the scored people's base rate), `lift_population` (over the population's base rate; NaN
    /// without a population file), `roc_auc`, `pr_auc`, `brier`.
    public let metric: String
    /// The list size for @k metrics, `nil` otherwise.
    public let size: ListSize?
    /// The metric on all people (NaN when undefined, e.g. AUC without both outcomes).
    public let value: Double
    /// Lower end of the 95% bootstrap percentile interval; `nil` without replicates or when most
    /// replicates leave the metric undefined.
    public let low: Double?
    /// Upper end of the same interval.
    public let high: Double?

    /// Values in table order (``names(model:sizes:)``): capture, scored capture, PPV, lift and lift over
    /// the population for each list size, then ROC-AUC, PR-AUC and (for models that give
    /// probabilities, and random) the Brier score.
    static func values(_ c: MetricComponents, model: ModelKind, sizes: [ListSize]) -> [Double] {
        var v: [Double] = []
        for j in sizes.indices { v += [c.capture(j), c.scoredCapture(j), c.ppv(j), c.lift(j), c.liftOverPopulation(j)] }
        v += [c.rocAUC, c.prAUC]
        if model.isFitted || model == .random { v.append(c.brier) }
        return v
    }

    /// The (metric, list size) of each value of ``values(_:model:sizes:)``, same order.
    static func names(model: ModelKind, sizes: [ListSize]) -> [(metric: String, size: ListSize?)] {
        var names: [(metric: String, size: ListSize?)] = []
        for size in sizes {
            names += [("capture", size), ("capture_scored", size), ("ppv", size), ("lift", size), ("lift_population", size)]
        }
        names += [("roc_auc", nil), ("pr_auc", nil)]
        if model.isFitted || model == .random { names.append(("brier", nil)) }
        return names
    }

    static func table(_ c: MetricComponents, model: ModelKind, sizes: [ListSize], samples: [[Double]]) -> [MetricValue] {
        let names = names(model: model, sizes: sizes)
        let values = values(c, model: model, sizes: sizes)
        return names.indices.map { m in
            let interval = samples.isEmpty ? nil : Bootstrap.percentileInterval(samples.map { $0[m] })
            return MetricValue(metric: names[m].metric, size: names[m].size, value: values[m], low: interval?.low, high: interval?.high)
        }
    }
}
