import FocusNetEvaluation

extension BacktestSummary {
    /// The network-ablation section: fitted − ablated in capture@k and ROC-AUC (pooled, or the one
    /// origin) with paired 95% intervals, and one plain sentence per ablation for the first outcome
    /// and list size. Empty when no ablated model was fitted.
    static func ablation(_ backtest: Backtest) -> String {
        let pooled = !backtest.pooled.isEmpty
        let rows = backtest.ablation.filter { pooled ? $0.origin == nil : true }
        guard !rows.isEmpty else { return "" }
        let c = backtest.configuration
        let metrics = c.listSizes.map { "capture@\($0)" } + ["roc_auc"]
        var out = "\n## Network ablation: fitted minus ablated model (\(pooled ? "pooled" : "one origin"); paired 95% bootstrap CI)\n\n"
        out += "| outcome | ablated | " + metrics.map { "Δ \($0)" }.joined(separator: " | ") + " |\n"
        out += "|---|---|" + String(repeating: "---:|", count: metrics.count) + "\n"
        for outcome in c.outcomes {
            for model in ModelKind.ablations {
                let cells = rows.filter { $0.outcome == outcome && $0.model == model }
                guard !cells.isEmpty else { continue }
                out += "| \(outcome.rawValue) | \(model.rawValue) | " + cells.map { d in
                    var text = MetricFormat.fixed(d.difference)
                    if let low = d.low, let high = d.high { text += " [\(MetricFormat.fixed(low)), \(MetricFormat.fixed(high))]" }
                    return text
                }.joined(separator: " | ") + " |\n"
            }
        }
        if let outcome = c.outcomes.first, let size = c.listSizes.first {
            let sentences = ModelKind.ablations.compactMap { model in
                rows.first { $0.outcome == outcome && $0.model == model && $0.metric == "capture" && $0.size == size }.map(sentence)
            }
            if !sentences.isEmpty { out += "\n" + sentences.joined(separator: " ") + "\n" }
        }
        return out
    }

    /// One plain sentence on an ablation's capture difference, in percentage points: "added X points
    /// … (95% CI a to b)" when the paired interval lies above 0, "cost" when below, "did not add
    /// measurably" when it holds 0 or could not be drawn.
    static func sentence(_ d: ModelDifference) -> String {
        let (features, rest) = d.model == .fittedNoNetwork
            ? ("network features", "history, age and exposure alone")
            : ("exposure features", "history, age and network position alone")
        func points(_ x: Double) -> String { MetricFormat.fixed(100 * x, 1) }
        let metric = "capture@\(d.size?.description ?? "")"
        let interval = d.low.flatMap { low in d.high.map { "95% CI \(points(low)) to \(points($0))" } } ?? "no interval"
        let scope = "(\(d.outcome.rawValue), \(d.origin.map { "origin \($0)" } ?? "pooled"))"
        if let low = d.low, low > 0 {
            return "On this region's data the \(features) added \(points(d.difference)) points of \(metric) (\(interval)) over \(rest) \(scope)."
        }
        if let high = d.high, high < 0 {
            return "On this region's data the \(features) cost \(points(-d.difference)) points of \(metric) (\(interval)) against \(rest) \(scope)."
        }
        return "On this region's data the \(features) did not add measurably to \(metric) over \(rest): "
            + "\(points(d.difference)) points (\(interval)) \(scope)."
    }
}
