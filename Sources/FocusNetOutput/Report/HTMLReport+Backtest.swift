import FocusNetEvaluation
import Foundation

extension HTMLReport {
    static let modelDescriptions: [String: String] = [
        "random": "a list drawn at random (expected values)",
        "prior_arrests": "most arrests in the window first",
        "prior_victimization": "own gunshot victimizations first",
        "demographic": "age and sex only (logistic model)",
        "points": "FocusNet points (history)",
        "network": "FocusNet network score",
        "composite": "FocusNet composite (the list's score)",
        "fitted": "logistic model on all features, fitted on earlier dates",
        "fitted_no_network": "the fitted model without network-position features (ablation)",
        "fitted_no_exposure": "the fitted model without exposure features (ablation)",
    ]

    static let outcomeDescriptions: [String: String] = [
        "shot": "shot (fatally or not)", "shooter": "identified as a shooting suspect",
        "either": "shot or identified as a shooting suspect", "arrest": "arrested again",
    ]

    func backtestSection(_ b: BacktestFolder) -> String {
        let origin = b.shownOrigin
        let originCount = Set(b.metrics.map(\.origin)).subtracting(["pooled"]).count
        let window = b.settings["outcome_window"] ?? "W"
        var html = "<section id=\"backtest\">\n<h2>Backtest: how such lists did on past dates</h2>\n"
        html += "<p class=\"caption\">The scoring was re-run as of \(originCount) past date\(originCount == 1 ? "" : "s") D from "
            + "records dated up to D only, and each list was compared with what happened in the following \(xmlEscaped(window)) "
            + "— (D, D + \(xmlEscaped(window))]. \(origin == "pooled" ? "Figures pool every date" : "Figures are for \(xmlEscaped(origin))"); "
            + "brackets are 95% bootstrap intervals. <b>Capture at k</b>: of the people with the outcome, the share who were "
            + "in the top k of the list. <b>PPV at k</b>: of the top k, the share who had the outcome. Every model is scored "
            + "on the same people, so the baselines show what a simpler list would have done.</p>\n"
        html += modelTable(b)
        html += originTable(b)
        for outcome in b.outcomes {
            html += outcomeBlock(b, outcome: outcome, origin: origin)
        }
        html += disparityBlock(b, origin: origin)
        html += stabilityBlock(b)
        html += coefficientBlock(b)
        if !b.notes.isEmpty {
            html += "<h3>Notes</h3>\n<ul class=\"notes\">" + b.notes.map { "<li>\(xmlEscaped($0))</li>" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    func modelTable(_ b: BacktestFolder) -> String {
        var html = "<table class=\"models\"><tbody>\n"
        for model in b.models {
            let style = SeriesStyle.of(model: model)
            html += "<tr><td><svg class=\"swatch\" viewBox=\"0 0 34 10\"><line x1=\"1\" y1=\"5\" x2=\"33\" y2=\"5\" \(style.attributes)/></svg></td>"
                + "<td><b>\(xmlEscaped(model))</b></td><td>\(xmlEscaped(Self.modelDescriptions[model] ?? ""))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    /// One line of line styles and model names, repeated above each outcome's charts so a
    /// printed page needs no other page to be read.
    func modelLegend(_ b: BacktestFolder) -> String {
        "<div class=\"legend-row\">" + b.models.map { model in
            "<svg class=\"swatch\" viewBox=\"0 0 34 10\"><line x1=\"1\" y1=\"5\" x2=\"33\" y2=\"5\" \(SeriesStyle.of(model: model).attributes)/></svg> "
                + xmlEscaped(model)
        }.joined(separator: " &nbsp; ") + "</div>\n"
    }

    func originTable(_ b: BacktestFolder) -> String {
        guard let t = b.origins, let o = t.optionalColumn(OriginsColumn.origin), let outcome = t.optionalColumn(OriginsColumn.outcome),
              let positives = t.optionalColumn(OriginsColumn.positives) else { return "" }
        let end = t.optionalColumn(OriginsColumn.outcomeWindowEnd), scored = t.optionalColumn(OriginsColumn.scored)
        let complete = t.optionalColumn(OriginsColumn.complete)
        var rows: [String: (end: String, scored: String, complete: String, positives: [String: String])] = [:]
        var order: [String] = []
        for r in t.rows {
            let key = r[safe: o]
            if rows[key] == nil {
                order.append(key)
                rows[key] = (end.map { r[safe: $0] } ?? "", scored.map { r[safe: $0] } ?? "", complete.map { r[safe: $0] } ?? "", [:])
            }
            rows[key]!.positives[r[safe: outcome]] = r[safe: positives]
        }
        var html = "<h3>Dates</h3>\n<table><thead><tr><th>as of D</th><th>outcomes until</th><th class=\"num\">scored</th>"
            + b.outcomes.map { "<th class=\"num\">\(xmlEscaped($0))</th>" }.joined() + "<th>window complete</th></tr></thead><tbody>\n"
        for key in order {
            let r = rows[key]!
            html += "<tr><td>\(xmlEscaped(key))</td><td>\(xmlEscaped(r.end))</td><td class=\"num\">\(xmlEscaped(r.scored))</td>"
                + b.outcomes.map { "<td class=\"num\">\(xmlEscaped(r.positives[$0] ?? ""))</td>" }.joined()
                + "<td>\(xmlEscaped(r.complete))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    func metric(_ b: BacktestFolder, _ origin: String, _ model: String, _ outcome: String, _ name: String, _ k: String = "")
        -> BacktestFolder.Metric? {
        b.metrics.first { $0.origin == origin && $0.model == model && $0.outcome == outcome && $0.metric == name && $0.k == k }
    }

    func withInterval(_ m: BacktestFolder.Metric?, percent asPercent: Bool) -> String {
        guard let m, let value = m.value else { return "–" }
        let text = asPercent ? percent(value) : fixed(value)
        guard let low = m.low, let high = m.high else { return text }
        let interval = asPercent ? "\(percent(low, 0))–\(percent(high, 0))" : "\(fixed(low, 2))–\(fixed(high, 2))"
        return "\(text) <span class=\"ci\">[\(interval)]</span>"
    }

    func outcomeBlock(_ b: BacktestFolder, outcome: String, origin: String) -> String {
        let description = Self.outcomeDescriptions[outcome] ?? outcome
        var html = "<h3>Outcome: \(xmlEscaped(outcome)) — \(xmlEscaped(description))</h3>\n"
        let sizes = b.sizes
        if let k = sizes.first, let ours = metric(b, origin, "composite", outcome, "capture", k)?.value {
            let compare = ["prior_arrests", "demographic"].compactMap { model in
                metric(b, origin, model, outcome, "capture", k)?.value.map { "\(percent($0)) for \(model.replacingOccurrences(of: "_", with: " "))" }
            }
            html += "<p class=\"headline\">A list of the top \(xmlEscaped(k)) by the composite score would have held "
                + "<b>\(percent(ours))</b> of the people \(xmlEscaped(description))"
                + (compare.isEmpty ? "" : ", against " + compare.joined(separator: " and "))
                + " (random: \(percent(metric(b, origin, "random", outcome, "capture", k)?.value))).</p>\n"
        }
        html += "<table class=\"metrics\"><thead><tr><th>model</th>"
        for k in sizes { html += "<th class=\"num\">capture@\(xmlEscaped(k))</th><th class=\"num\">PPV@\(xmlEscaped(k))</th>" }
        html += "<th class=\"num\">ROC-AUC</th><th class=\"num\">PR-AUC</th></tr></thead><tbody>\n"
        for model in b.models {
            html += "<tr><td>\(xmlEscaped(model))</td>"
            for k in sizes {
                html += "<td class=\"num\">\(withInterval(metric(b, origin, model, outcome, "capture", k), percent: true))</td>"
                html += "<td class=\"num\">\(percent(metric(b, origin, model, outcome, "ppv", k)?.value))</td>"
            }
            html += "<td class=\"num\">\(withInterval(metric(b, origin, model, outcome, "roc_auc"), percent: false))</td>"
            html += "<td class=\"num\">\(fixed(metric(b, origin, model, outcome, "pr_auc")?.value))</td></tr>\n"
        }
        html += "</tbody></table>\n" + modelLegend(b) + "<div class=\"charts\">\n"
        html += captureChart(b, outcome: outcome, origin: origin)
        html += calibrationCharts(b, outcome: outcome, origin: origin)
        return html + "</div>\n"
    }

    func captureChart(_ b: BacktestFolder, outcome: String, origin: String) -> String {
        let points = b.curve.filter { $0.origin == origin && $0.outcome == outcome }
        guard !points.isEmpty else { return "" }
        let series = b.models.map { model in
            LineChart.Series(name: model, points: points.filter { $0.model == model }.compactMap { p in p.capture.map { (p.share, $0) } },
                             style: .of(model: model))
        }
        let markers = b.sizes.filter { $0.hasSuffix("%") }.compactMap { k in Double(k.dropLast()).map { (x: $0, label: "k = \(k)") } }
        let chart = LineChart(
            title: "Capture curve — \(outcome)", xLabel: "list size, % of scored people (log scale)",
            yLabel: "share of outcome persons on the list", xLog: true, xDomain: (0.1, 100), yDomain: (0, 1),
            xTicks: [(0.1, "0.1%"), (0.5, "0.5%"), (1, "1%"), (5, "5%"), (10, "10%"), (50, "50%"), (100, "100%")],
            yTicks: stride(from: 0.0, through: 1.0, by: 0.25).map { ($0, percent($0, 0)) }, series: series, markers: markers)
        return "<figure>\(chart.svg())<figcaption>Higher and further left is better: the share of people "
            + "\(xmlEscaped(Self.outcomeDescriptions[outcome] ?? outcome)) whom a list of each size would have held. "
            + "The dotted random line is the diagonal on a linear axis, up to the share of them the network held "
            + "(those outside it are on no list).</figcaption></figure>\n"
    }

    func calibrationCharts(_ b: BacktestFolder, outcome: String, origin: String) -> String {
        let bins = b.calibration.filter { $0.origin == origin && $0.outcome == outcome && $0.people > 0 }
        guard !bins.isEmpty else { return "" }
        let models = b.models.filter { $0 != "random" }
        let (top, yTicks) = niceTicks(bins.compactMap(\.observedRate).max() ?? 0.01)
        let series = models.map { model in
            LineChart.Series(name: model, points: bins.filter { $0.model == model }.sorted { $0.decile < $1.decile }
                .compactMap { bin in bin.observedRate.map { (Double(bin.decile), $0) } }, style: .of(model: model), dots: true, maxStep: 1)
        }
        let byDecile = LineChart(
            title: "Outcome rate by score decile — \(outcome)", xLabel: "score decile (10 = highest scores)",
            yLabel: "share with the outcome", xDomain: (1, 10), yDomain: (0, top),
            xTicks: (1...10).map { (Double($0), String($0)) }, yTicks: yTicks.map { ($0, shareLabel($0, step: yTicks[1])) },
            series: series)
        var html = "<figure>\(byDecile.svg())<figcaption>A useful score rises steeply into decile 10. Deciles with "
            + "tied scores share people, so a tied baseline may skip deciles.</figcaption></figure>\n"
        let probability = models.filter { m in
            ["demographic", "fitted"].contains(m) && bins.contains { $0.model == m && $0.meanScore != nil }
        }
        if !probability.isEmpty {
            let (top, axis) = niceTicks(max(bins.filter { probability.contains($0.model) }.compactMap(\.observedRate).max() ?? 0,
                                            bins.filter { probability.contains($0.model) }.compactMap(\.meanScore).max() ?? 0))
            let labels = axis.map { ($0, shareLabel($0, step: axis[1])) }
            let reliability = LineChart(
                title: "Calibration of the probability models — \(outcome)", xLabel: "mean predicted probability (decile)",
                yLabel: "observed share", xDomain: (0, top), yDomain: (0, top), xTicks: labels, yTicks: labels,
                series: probability.map { model in
                    LineChart.Series(name: model, points: bins.filter { $0.model == model }.sorted { $0.decile < $1.decile }
                        .compactMap { bin in guard let x = bin.meanScore, let y = bin.observedRate else { return nil }; return (x, y) },
                        style: .of(model: model), dots: true)
                }, diagonal: true)
            html += "<figure>\(reliability.svg())<figcaption>Points on the diagonal mean the predicted probabilities "
                + "matched what happened; above it, the model under-predicted.</figcaption></figure>\n"
        }
        return html
    }

    func disparityBlock(_ b: BacktestFolder, origin: String) -> String {
        let outcome = b.outcomes.contains("either") ? "either" : b.outcomes.first ?? ""
        let model = b.disparity.contains { $0.model == "composite" } ? "composite" : b.disparity.first?.model ?? ""
        let k = b.sizes.first ?? ""
        let cells = b.disparity.filter { $0.origin == origin && $0.model == model && $0.outcome == outcome && $0.k == k }
        guard !cells.isEmpty else { return "" }
        var html = "<h3>Disparity audit — who is on the list</h3>\n"
        html += "<p class=\"caption\">For the top \(xmlEscaped(k)) by the \(xmlEscaped(model)) score (outcome: \(xmlEscaped(outcome))): each group's "
            + "share of the people scored, of the people with the outcome, and of the list. A group whose list share is far "
            + "above its outcome share is over-represented relative to the harm the list is meant to prevent. Missing "
            + "demographics are shown as such, never imputed.</p>\n"
        html += "<div class=\"legend-row\"><span class=\"sw\" style=\"background:#b8c2cc\"></span>scored "
            + "<span class=\"sw\" style=\"background:#c0392b\"></span>with the outcome "
            + "<span class=\"sw\" style=\"background:#1f4e79\"></span>on the list</div>\n<div class=\"charts\">\n"
        var attributes: [String] = []
        for c in cells where !attributes.contains(c.attribute) { attributes.append(c.attribute) }
        for attribute in attributes {
            let rows = cells.filter { $0.attribute == attribute }
            let top = rows.flatMap { [$0.scoredShare, $0.outcomeShare, $0.listedShare] }.compactMap { $0 }.max() ?? 1
            let chart = BarChart(
                title: attribute.replacingOccurrences(of: "_", with: " "), categories: rows.map(\.group),
                series: [.init(name: "scored", color: "#b8c2cc", values: rows.map(\.scoredShare)),
                         .init(name: "with the outcome", color: "#c0392b", values: rows.map(\.outcomeShare)),
                         .init(name: "on the list", color: "#1f4e79", values: rows.map(\.listedShare))],
                maxValue: max(top, 0.01), valueLabel: { percent($0, 0) })
            html += "<figure>\(chart.svg())</figure>\n"
        }
        html += "</div>\n<table class=\"small\"><thead><tr><th>attribute</th><th>group</th><th class=\"num\">scored</th>"
            + "<th class=\"num\">with outcome</th><th class=\"num\">on list</th><th class=\"num\">PPV</th><th class=\"num\">capture</th></tr></thead><tbody>\n"
        for c in cells {
            html += "<tr><td>\(xmlEscaped(c.attribute))</td><td>\(xmlEscaped(c.group))</td><td class=\"num\">\(percent(c.scoredShare))</td>"
                + "<td class=\"num\">\(percent(c.outcomeShare))</td><td class=\"num\">\(percent(c.listedShare))</td>"
                + "<td class=\"num\">\(percent(c.ppv))</td><td class=\"num\">\(percent(c.capture))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    func stabilityBlock(_ b: BacktestFolder) -> String {
        let rows = b.metrics.filter { $0.metric == "jaccard" && $0.origin == "pooled" }
        guard !rows.isEmpty else { return "" }
        var html = "<h3>Rank stability</h3>\n<p class=\"caption\">Mean Jaccard overlap of the top-k lists of consecutive "
            + "dates (1 = the same people every time). A list that changes completely from quarter to quarter is hard to act on.</p>\n"
        let sizes = Array(Set(rows.map(\.k))).sorted { b.sizes.firstIndex(of: $0) ?? 99 < b.sizes.firstIndex(of: $1) ?? 99 }
        html += "<table class=\"small\"><thead><tr><th>model</th><th>outcome</th>" + sizes.map { "<th class=\"num\">k = \(xmlEscaped($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        var seen = Set<String>()
        for r in rows where seen.insert(r.model + "|" + r.outcome).inserted {
            html += "<tr><td>\(xmlEscaped(r.model))</td><td>\(xmlEscaped(r.outcome.isEmpty ? "any" : r.outcome))</td>"
                + sizes.map { k in
                    "<td class=\"num\">\(fixed(rows.first { $0.model == r.model && $0.outcome == r.outcome && $0.k == k }?.value, 2))</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    func coefficientBlock(_ b: BacktestFolder) -> String {
        guard let t = b.coefficients, let o = t.optionalColumn(CoefficientsColumn.origin),
              let model = t.optionalColumn(CoefficientsColumn.model), let outcome = t.optionalColumn(CoefficientsColumn.outcome),
              let feature = t.optionalColumn(CoefficientsColumn.feature), let coefficient = t.optionalColumn(CoefficientsColumn.coefficient),
              let se = t.optionalColumn(CoefficientsColumn.stdError) else { return "" }
        let current = t.rows.filter { $0[safe: o] == "current" }
        let rows = current.isEmpty ? t.rows.filter { $0[safe: o] == (t.rows.last?[safe: o] ?? "") } : current
        guard !rows.isEmpty else { return "" }
        let z = t.optionalColumn(CoefficientsColumn.z)
        var html = "<h3>Fitted models</h3>\n<p class=\"caption\">Logistic regression coefficients on standardized features "
            + "(per standard deviation), with standard errors, fitted on every date whose outcome window had closed"
            + (current.isEmpty ? " (latest date shown)" : "") + ". |z| above 2 is unlikely to be noise.</p>\n"
        html += "<table class=\"small\"><thead><tr><th>model</th><th>outcome</th><th>feature</th><th class=\"num\">coefficient</th>"
            + "<th class=\"num\">std. error</th><th class=\"num\">z</th></tr></thead><tbody>\n"
        for r in rows {
            html += "<tr><td>\(xmlEscaped(r[safe: model]))</td><td>\(xmlEscaped(r[safe: outcome]))</td><td>\(xmlEscaped(r[safe: feature]))</td>"
                + "<td class=\"num\">\(fixed(Double(r[safe: coefficient])))</td><td class=\"num\">\(fixed(Double(r[safe: se])))</td>"
                + "<td class=\"num\">\(fixed(z.flatMap { Double(r[safe: $0]) }, 2))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
