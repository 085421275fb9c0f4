import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring

/// The readable summary `focusnet backtest` prints: the origins, one metrics table per outcome
/// (pooled when there are several origins) with 95% intervals, rank stability, the current
/// fitted model, a disparity digest and the notes. Markdown tables, so it can be pasted into a
/// report. Counts, dates and metrics only: no person identifier.
public enum BacktestSummary {
    /// The summary as Markdown: the origins table, per outcome the pooled metrics of every model with
    /// 95% intervals, rank stability, the current fitted model's coefficients, the disparity audit of
    /// the composite top 1% and the backtest's notes.
    public static func text(_ backtest: Backtest) -> String {
        let c = backtest.configuration
        var out = ""
        let dates = backtest.origins.map(\.snapshot.origin)
        let span = dates.count == 1 ? "\(dates[0])" : "\(dates.first.map(String.init(describing:)) ?? "")…\(dates.last.map(String.init(describing:)) ?? "")"
        out += "# Backtest: \(dates.count) origin\(dates.count == 1 ? "" : "s") (\(span)), outcomes in (D, D + \(c.outcomeWindow)], "
        out += "lookback \(c.scoring.windows.lookback?.description ?? "all"), \(c.bootstrapReplicates) bootstrap replicates, seed \(c.seed)\n\n"

        out += "| origin | scored | " + c.outcomes.map(\.rawValue).joined(separator: " | ") + " | training origins | window complete |\n"
        out += "|---|---:|" + String(repeating: "---:|", count: c.outcomes.count) + "---:|---|\n"
        for r in backtest.origins {
            let s = r.snapshot
            out += "| \(s.origin) | \(s.count) | " + c.outcomes.map { String(s.outcomes[$0]!.filter { $0 }.count) }.joined(separator: " | ")
            out += " | \(r.trainingOrigins.count) | \(r.complete ? "yes" : "no") |\n"
        }

        let pooled = !backtest.pooled.isEmpty
        let label = pooled ? "pooled over \(dates.count) origins" : "origin \(span)"
        for outcome in c.outcomes {
            let evaluations = pooled ? backtest.pooled : backtest.origins.first?.evaluations ?? []
            let rows = evaluations.filter { $0.outcome == outcome }
            guard let first = rows.first else { continue }
            out += "\n## \(outcome.rawValue) — \(label) (95% bootstrap CI)\n\n"
            let all = backtest.origins.compactMap { $0.snapshot.outcomePersonsAll[outcome] }.reduce(0, +)
            let scoredPositives = backtest.origins.map { $0.snapshot.outcomes[outcome]!.filter { $0 }.count }.reduce(0, +)
            out += "Outcome persons \(Int(first.components.positives)) of \(Int(first.components.people)) scored "
            out += "(base rate \(MetricFormat.fixed(first.components.baseRate, 4))). "
            out += "The scored people held \(scoredPositives) of the \(all) outcome persons in the records "
            out += "(\(MetricFormat.fixed(all > 0 ? Double(scoredPositives) / Double(all) : .nan))); capture is a share of all \(all), "
            out += "capture_scored of the scored \(scoredPositives)."
            // Pooled counts add the origins: a person shot in two overlapping outcome windows, or
            // scored at two origins, counts at each.
            out += pooled ? " Counts pool the origins: a person counts once per origin (person-origins)." : ""
            out += backtest.population > 0
                ? " lift_pop divides PPV by the population's base rate: \(all) outcome persons among \(backtest.population) residents"
                    + (pooled ? " at each of \(dates.count) origins" : "") + ".\n\n"
                : " lift_pop is empty: no population file (--population).\n\n"
            var header = "| model |", rule = "|---|"
            for size in c.listSizes {
                header += " capture@\(size) | capture_scored@\(size) | ppv@\(size) | lift@\(size) | lift_pop@\(size) |"
                rule += "---:|---:|---:|---:|---:|"
            }
            header += " roc_auc | pr_auc | brier |"
            rule += "---:|---:|---:|"
            out += header + "\n" + rule + "\n"
            for e in rows {
                func cell(_ metric: String, _ size: ListSize?, interval: Bool) -> String {
                    guard let m = e.metrics.first(where: { $0.metric == metric && $0.size == size }) else { return "" }
                    var text = MetricFormat.fixed(m.value)
                    if interval, let low = m.low, let high = m.high { text += " [\(MetricFormat.fixed(low)), \(MetricFormat.fixed(high))]" }
                    return text
                }
                var line = "| \(e.model.rawValue) |"
                for size in c.listSizes {
                    line += " \(cell("capture", size, interval: true)) | \(cell("capture_scored", size, interval: false)) |"
                        + " \(cell("ppv", size, interval: false)) | \(cell("lift", size, interval: false)) |"
                        + " \(cell("lift_population", size, interval: false)) |"
                }
                line += " \(cell("roc_auc", nil, interval: true)) | \(cell("pr_auc", nil, interval: false)) | \(cell("brier", nil, interval: false)) |"
                out += line + "\n"
            }
        }

        out += ablation(backtest)

        if !backtest.stability.isEmpty, let size = c.listSizes.first {
            out += "\n## Rank stability: mean Jaccard of consecutive top-\(size) lists\n\n| model | outcome | jaccard |\n|---|---|---:|\n"
            var seen: [String] = []
            for s in backtest.stability where s.size == size {
                let key = "\(s.model.rawValue)|\(s.outcome?.rawValue ?? "")"
                guard !seen.contains(key) else { continue }
                seen.append(key)
                let values = backtest.stability.filter { $0.size == size && $0.model == s.model && $0.outcome == s.outcome }
                    .map(\.jaccard).filter(\.isFinite)
                let mean = values.isEmpty ? Double.nan : values.reduce(0, +) / Double(values.count)
                out += "| \(s.model.rawValue) | \(s.outcome?.rawValue ?? "any") | \(MetricFormat.fixed(mean)) |\n"
            }
        }

        if let model = backtest.finalModels.model() {
            out += "\n## Current fitted model (\(model.outcome), trained on \(model.trainingOrigins.joined(separator: ", ")); "
            out += "\(model.trainingRows) rows, \(model.trainingPositives) outcome persons, ridge \(MetricFormat.number(model.ridge)))\n\n"
            out += "| feature | coefficient per SD | std. error | z |\n|---|---:|---:|---:|\n"
            let order = model.features.indices.sorted {
                abs(model.coefficients[$0] / model.standardErrors[$0]) > abs(model.coefficients[$1] / model.standardErrors[$1])
            }
            for j in order {
                out += "| \(model.features[j]) | \(MetricFormat.fixed(model.coefficients[j])) | \(MetricFormat.fixed(model.standardErrors[j])) | "
                out += "\(MetricFormat.fixed(model.coefficients[j] / model.standardErrors[j], 2)) |\n"
            }
        }

        let evaluations = pooled ? backtest.pooled : backtest.origins.first?.evaluations ?? []
        if let outcome = c.outcomes.first, let size = c.listSizes.first,
           let e = evaluations.first(where: { $0.model == .composite && $0.outcome == outcome }), let cells = e.disparity.first {
            out += "\n## Disparity audit, composite top-\(size), outcome \(outcome.rawValue) (\(label); full table in disparity.csv)\n\n"
            out += "| attribute | group | share of scored | share of outcome persons | share of list | ppv | capture |\n"
            out += "|---|---|---:|---:|---:|---:|---:|\n"
            let listed = e.components.listLengths[0]
            for cell in cells where ["race", "sex", "age_band", "juvenile", "violent_or_gun_arrest_2y"].contains(cell.attribute) {
                out += "| \(cell.attribute) | \(cell.group) | \(MetricFormat.fixed(cell.scored / e.components.people)) | "
                out += "\(MetricFormat.fixed(e.components.positives > 0 ? cell.positives / e.components.positives : .nan)) | "
                out += "\(MetricFormat.fixed(listed > 0 ? cell.listed / listed : .nan)) | \(MetricFormat.fixed(cell.ppv)) | \(MetricFormat.fixed(cell.capture)) |\n"
            }
        }

        if c.interventions != nil {
            out += "\n## Intervention log (descriptive only)\n\n| origin | outcome | notified: rate (n) | peers: rate (n) | comparison: rate (n) | comparison, rank-standardized |\n"
            out += "|---|---|---:|---:|---:|---:|\n"
            for r in backtest.origins {
                for report in r.interventions {
                    let cells = InterventionReport.groups.map(report.total)
                    out += "| \(r.snapshot.origin) | \(report.outcome.rawValue) | "
                    out += cells.map { "\(MetricFormat.fixed($0.rate)) (\($0.people))" }.joined(separator: " | ")
                    out += " | \(MetricFormat.fixed(report.standardizedComparisonRate)) |\n"
                }
            }
            out += "\nNot an effect estimate: notification is chosen for risk, may change policing and recording, peers share risk, "
            out += "groups are small. See docs/evaluation.md.\n"
        }

        if !backtest.notes.isEmpty {
            out += "\n## Notes\n\n" + backtest.notes.map { "- \($0)\n" }.joined()
        }
        return out
    }
}
