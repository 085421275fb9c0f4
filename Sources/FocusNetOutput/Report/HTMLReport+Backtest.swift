import FocusNetEvaluation
import Foundation

extension HTMLReport {
    func backtestSection(_ b: BacktestFolder) -> String {
        let origin = b.shownOrigin
        let originCount = Set(b.metrics.map(\.origin)).subtracting(["pooled"]).count
        let window = b.settings["outcome_window"] ?? "W"
        var html = "<section id=\"backtest\">\n<h2>\(xmlEscaped(text.backtestSectionHeading))</h2>\n"
        html += "<p class=\"caption\">\(text.backtestCaption(originCount, xmlEscaped(window), origin == "pooled" ? nil : xmlEscaped(origin)))</p>\n"
        if let warning = configurationWarning { html += "<p class=\"sensitive\" id=\"configuration-warning\">\(xmlEscaped(warning))</p>\n" }
        html += modelTable(b)
        html += originTable(b)
        for outcome in b.outcomes {
            html += outcomeBlock(b, outcome: outcome, origin: origin)
        }
        html += disparityBlock(b, origin: origin)
        html += stabilityBlock(b)
        html += coefficientBlock(b)
        if !b.notes.isEmpty {
            html += "<h3>\(xmlEscaped(text.notes))</h3>\n<ul class=\"notes\">" + b.notes.map { "<li>\(xmlEscaped($0))</li>" }.joined() + "</ul>\n"
        }
        return html + "</section>\n"
    }

    func modelTable(_ b: BacktestFolder) -> String {
        var html = "<table class=\"models\"><tbody>\n"
        for model in b.models {
            let style = SeriesStyle.of(model: model)
            html += "<tr><td><svg class=\"swatch\" viewBox=\"0 0 34 10\"><line x1=\"1\" y1=\"5\" x2=\"33\" y2=\"5\" \(style.attributes)/></svg></td>"
                + "<td><b>\(xmlEscaped(model))</b></td><td>\(xmlEscaped(text.modelDescriptions[model] ?? ""))</td></tr>\n"
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
        var html = "<h3>\(xmlEscaped(text.dates))</h3>\n<table>"
            + headRow([(text.asOfD, false), (text.outcomesUntil, false), (text.scored, true)] + b.outcomes.map { ($0, true) }
                + [(text.windowComplete, false)]) + "<tbody>\n"
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
        let description = text.outcomeDescriptions[outcome] ?? outcome
        var html = "<h3>\(xmlEscaped(text.outcomeHeading(outcome, description)))</h3>\n"
        let sizes = b.sizes
        if let k = sizes.first, let ours = metric(b, origin, "composite", outcome, "capture", k)?.value {
            let compare = ["prior_arrests", "demographic"].compactMap { model in
                metric(b, origin, model, outcome, "capture", k)?.value.map { text.captureFor(percent($0), model.replacingOccurrences(of: "_", with: " ")) }
            }
            let headline = text.backtestHeadline(xmlEscaped(k), percent(ours), xmlEscaped(description), compare,
                                                 percent(metric(b, origin, "random", outcome, "capture", k)?.value))
            html += "<p class=\"headline\">\(headline)</p>\n"
        }
        html += "<table class=\"metrics\"><thead><tr><th>\(xmlEscaped(text.model))</th>"
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
            title: text.captureTitle(outcome), xLabel: text.captureXLabel,
            yLabel: text.captureYLabel, xLog: true, xDomain: (0.1, 100), yDomain: (0, 1),
            xTicks: [(0.1, "0.1%"), (0.5, "0.5%"), (1, "1%"), (5, "5%"), (10, "10%"), (50, "50%"), (100, "100%")],
            yTicks: stride(from: 0.0, through: 1.0, by: 0.25).map { ($0, percent($0, 0)) }, series: series, markers: markers)
        return "<figure>\(chart.svg())<figcaption>\(xmlEscaped(text.captureCaption(text.outcomeDescriptions[outcome] ?? outcome)))</figcaption></figure>\n"
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
            title: text.decileTitle(outcome), xLabel: text.decileXLabel,
            yLabel: text.decileYLabel, xDomain: (1, 10), yDomain: (0, top),
            xTicks: (1...10).map { (Double($0), String($0)) }, yTicks: yTicks.map { ($0, shareLabel($0, step: yTicks[1])) },
            series: series)
        var html = "<figure>\(byDecile.svg())<figcaption>\(xmlEscaped(text.decileCaption))</figcaption></figure>\n"
        let probability = models.filter { m in
            ["demographic", "fitted"].contains(m) && bins.contains { $0.model == m && $0.meanScore != nil }
        }
        if !probability.isEmpty {
            let (top, axis) = niceTicks(max(bins.filter { probability.contains($0.model) }.compactMap(\.observedRate).max() ?? 0,
                                            bins.filter { probability.contains($0.model) }.compactMap(\.meanScore).max() ?? 0))
            let labels = axis.map { ($0, shareLabel($0, step: axis[1])) }
            let reliability = LineChart(
                title: text.reliabilityTitle(outcome), xLabel: text.reliabilityXLabel,
                yLabel: text.reliabilityYLabel, xDomain: (0, top), yDomain: (0, top), xTicks: labels, yTicks: labels,
                series: probability.map { model in
                    LineChart.Series(name: model, points: bins.filter { $0.model == model }.sorted { $0.decile < $1.decile }
                        .compactMap { bin in guard let x = bin.meanScore, let y = bin.observedRate else { return nil }; return (x, y) },
                        style: .of(model: model), dots: true)
                }, diagonal: true)
            html += "<figure>\(reliability.svg())<figcaption>\(xmlEscaped(text.reliabilityCaption))</figcaption></figure>\n"
        }
        return html
    }

    func disparityBlock(_ b: BacktestFolder, origin: String) -> String {
        let outcome = b.outcomes.contains("either") ? "either" : b.outcomes.first ?? ""
        let model = b.disparity.contains { $0.model == "composite" } ? "composite" : b.disparity.first?.model ?? ""
        let k = b.sizes.first ?? ""
        let cells = b.disparity.filter { $0.origin == origin && $0.model == model && $0.outcome == outcome && $0.k == k }
        guard !cells.isEmpty else { return "" }
        let t = text
        var html = "<h3>\(xmlEscaped(t.disparityHeading))</h3>\n"
        html += "<p class=\"caption\">\(xmlEscaped(t.disparityCaption(k, model, outcome)))</p>\n"
        html += "<div class=\"legend-row\"><span class=\"sw\" style=\"background:#b8c2cc\"></span>\(xmlEscaped(t.scored)) "
            + "<span class=\"sw\" style=\"background:#c0392b\"></span>\(xmlEscaped(t.withOutcome)) "
            + "<span class=\"sw\" style=\"background:#1f4e79\"></span>\(xmlEscaped(t.onTheList))</div>\n<div class=\"charts\">\n"
        var attributes: [String] = []
        for c in cells where !attributes.contains(c.attribute) { attributes.append(c.attribute) }
        for attribute in attributes {
            let rows = cells.filter { $0.attribute == attribute }
            let top = rows.flatMap { [$0.scoredShare, $0.outcomeShare, $0.listedShare] }.compactMap { $0 }.max() ?? 1
            let chart = BarChart(
                title: attribute.replacingOccurrences(of: "_", with: " "), categories: rows.map(\.group),
                series: [.init(name: t.scored, color: "#b8c2cc", values: rows.map(\.scoredShare)),
                         .init(name: t.withOutcome, color: "#c0392b", values: rows.map(\.outcomeShare)),
                         .init(name: t.onTheList, color: "#1f4e79", values: rows.map(\.listedShare))],
                maxValue: max(top, 0.01), valueLabel: { percent($0, 0) })
            html += "<figure>\(chart.svg())</figure>\n"
        }
        html += "</div>\n<table class=\"small\">" + headRow([(t.attribute, false), (t.groupColumn, false), (t.scored, true), (t.withOutcomeColumn, true),
                                                               (t.onListColumn, true), ("PPV", true), (t.captureColumn, true)]) + "<tbody>\n"
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
        var html = "<h3>\(xmlEscaped(text.stabilityHeading))</h3>\n<p class=\"caption\">\(xmlEscaped(text.stabilityCaption))</p>\n"
        let sizes = Array(Set(rows.map(\.k))).sorted { b.sizes.firstIndex(of: $0) ?? 99 < b.sizes.firstIndex(of: $1) ?? 99 }
        html += "<table class=\"small\">" + headRow([(text.model, false), (text.outcome, false)] + sizes.map { ("k = \($0)", true) }) + "<tbody>\n"
        var seen = Set<String>()
        for r in rows where seen.insert(r.model + "|" + r.outcome).inserted {
            html += "<tr><td>\(xmlEscaped(r.model))</td><td>\(xmlEscaped(r.outcome.isEmpty ? text.anyOutcome : r.outcome))</td>"
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
        var html = "<h3>\(xmlEscaped(text.coefficientsHeading))</h3>\n<p class=\"caption\">\(xmlEscaped(text.coefficientsCaption(current.isEmpty)))</p>\n"
        html += "<table class=\"small\">" + headRow([(text.model, false), (text.outcome, false), (text.feature, false), (text.coefficient, true),
                                                      (text.stdError, true), ("z", true)]) + "<tbody>\n"
        for r in rows {
            html += "<tr><td>\(xmlEscaped(r[safe: model]))</td><td>\(xmlEscaped(r[safe: outcome]))</td><td>\(xmlEscaped(r[safe: feature]))</td>"
                + "<td class=\"num\">\(fixed(Double(r[safe: coefficient])))</td><td class=\"num\">\(fixed(Double(r[safe: se])))</td>"
                + "<td class=\"num\">\(fixed(z.flatMap { Double(r[safe: $0]) }, 2))</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }
}
