import FocusNetEvaluation
extension HTMLReport {
    /// Rows of the excluded table shown; the rest are counted (a group-by-group list can reach
    /// deep into the ranking, past thousands of people in custody).
    static let excludedRows = 40

    func listSection(_ rank: RankFolder) -> String {
        let selection = rank.parameters.select
        let how = switch selection {
        case "groups": "group by group: the riskiest active groups first, and in each the fewest eligible members who together reach every member within one step of shared arrests"
        case "reach": "to reach the most at-risk people within \(rank.parameters.reachSteps) steps"
        default: rank.listModel.map { $0.source == "composite" ? "by composite score" : "by the fitted probability of the outcome" }
            .map { $0 + ", highest first, among eligible people" } ?? "by composite score, highest first, among eligible people"
        }
        var html = "<section id=\"list\">\n<h2>\(xmlEscaped(text.listHeading))</h2>\n"
        if let model = rank.listModel {
            // What ordered the list and what a list of this size would have held: said first.
            html += "<p class=\"caption\"><b>\(xmlEscaped(text.orderLabel))</b> \(xmlEscaped(model.note)).</p>\n"
            if let evidence = model.evidence {
                html += "<p class=\"caption\"><b>\(xmlEscaped(text.evidenceLabel))</b> \(xmlEscaped(evidence.sentence))</p>\n"
            }
        }
        html += "<p class=\"caption\">\(rank.list.count) people, chosen \(xmlEscaped(how)). <b>Score</b> is the composite "
            + "(0–1, the ranking score); <b>points</b> counts recent history (arrests, violent and gun arrests, own "
            + "victimization, youth); <b>network</b> is the mean percentile of the network measures. <b>Rank</b> is the "
            + "position among everyone scored. Reasons name the largest contributions, the path to the nearest recent "
            + "gunshot victim and group memberships.</p>\n"
        html += listControls(rank) + "<table class=\"list\"><thead><tr><th class=\"num\">#</th><th>person</th><th class=\"num\">rank</th>"
            + "<th class=\"num\">score</th><th class=\"num\">points</th><th class=\"num\">network</th><th>groups</th><th>eligibility</th>"
            + "<th>reasons</th></tr></thead><tbody>\n"
        for l in rank.list {
            let flag = l.eligibility.hasPrefix("flagged") ? " class=\"flagged\"" : ""
            html += "<tr\(flag) data-person=\"\(xmlEscaped(l.id))\"><td class=\"num\">\(l.rank)</td><td class=\"id\">\(xmlEscaped(l.id))</td><td class=\"num\">\(l.overallRank)</td>"
                + "<td class=\"num\">\(fixed(l.score))</td>"
                + "<td class=\"num\">\(fixed(l.points, 0))</td><td class=\"num\">\(fixed(l.network))</td>"
                + "<td>\(xmlEscaped(l.groups.joined(separator: " ")))</td><td>\(eligibilityBadge(l.eligibility))</td>"
                + "<td class=\"reasons\">\(xmlEscaped(l.reasons))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if let model = rank.listModel { html += listModelBlock(model) }
        return html + "</section>\n"
    }

    func eligibilityBadge(_ label: String) -> String {
        if label.hasPrefix("flagged") { return "<span class=\"badge amber\">\(xmlEscaped(label))</span>" }
        if label.hasPrefix("excluded") { return "<span class=\"badge grey\">\(xmlEscaped(label))</span>" }
        return xmlEscaped(label)
    }

    func excludedSection(_ rank: RankFolder) -> String {
        var html = "<section id=\"excluded\">\n<h2>\(xmlEscaped(text.excludedHeading))</h2>\n"
        html += "<p class=\"caption\">People whose score would have put them on the list but who cannot be invited "
            + "(deceased, in custody, or outside the eligibility rules). Listed so that a reviewer can see the rule applied.</p>\n"
        var reasons: [String: Int] = [:]
        for e in rank.excluded { reasons[e.reason, default: 0] += 1 }
        if rank.excluded.count > Self.excludedRows {
            html += "<p>\(grouped(rank.excluded.count)) people: " + reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { "\(grouped($0.value)) \(xmlEscaped($0.key))" }.joined(separator: ", ") + ". The \(Self.excludedRows) highest-ranked:</p>\n"
        }
        html += "<table class=\"narrow\"><thead><tr><th>person</th><th class=\"num\">would-be rank</th><th>reason</th></tr></thead><tbody>\n"
        for e in rank.excluded.prefix(Self.excludedRows) {
            html += "<tr><td class=\"id\">\(xmlEscaped(e.id))</td><td class=\"num\">\(e.wouldBeRank)</td><td>\(xmlEscaped(e.reason))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if rank.excluded.count > Self.excludedRows {
            html += "<p class=\"caption\">\(grouped(rank.excluded.count - Self.excludedRows)) more in excluded.csv.</p>\n"
        }
        return html + "</section>\n"
    }

    func groupSection(_ rank: RankFolder) -> String {
        guard let table = rank.groups else { return "" }
        let shown: [(column: GroupsColumn, title: String, kind: Character)] = [
            (.groupRank, "#", "n"), (.groupID, "group", "s"), (.members, "members", "n"), (.activeMembers, "arrested in window", "n"),
            (.recentVictimizations, "members shot", "n"), (.recentShootings, "shootings by members", "n"),
            (.tiesToGroups, "tied groups", "n"), (.maxScore, "top score", "f"), (.invitees, "invited", "n"),
            (.reachedByCoOffending, "reached", "n"), (.reachShare, "reach", "p"),
        ]
        let columns = shown.map { (name: $0.column.rawValue, title: $0.title, kind: $0.kind) }.filter { table.optionalColumn($0.name) != nil }
        var html = "<section id=\"groups\">\n<h2>\(xmlEscaped(text.groupsHeading))</h2>\n"
        html += "<p class=\"caption\">Active groups, riskiest first (highest member score). <b>Members shot</b> and "
            + "<b>shootings by members</b> count the exposure window (\(xmlEscaped(rank.parameters.scoring.exposureWindow))). "
            + "<b>Reached</b>: members who are invited or one shared arrest from an invitee; <b>reach</b> is their share. "
            + "Group labels come from the memberships file\(rank.parameters.ruleGroupLabelExpiry == "never" ? " and never expire in this run" : " and expire after \(rank.parameters.ruleGroupLabelExpiry) without a new sighting").</p>\n"
        html += "<table><thead><tr>" + columns.map { "<th\($0.kind == "s" ? "" : " class=\"num\"")>\(xmlEscaped($0.title))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for row in table.rows.prefix(options.groupRows) {
            html += "<tr>"
            for c in columns {
                let value = row[safe: table.optionalColumn(c.name)!]
                switch c.kind {
                case "p": html += "<td class=\"num\">\(percent(Double(value), 0))</td>"
                case "f": html += "<td class=\"num\">\(fixed(Double(value)))</td>"
                case "n": html += "<td class=\"num\">\(xmlEscaped(value))</td>"
                default: html += "<td>\(xmlEscaped(value))</td>"
                }
            }
            html += "</tr>\n"
        }
        html += "</tbody></table>\n"
        if table.rows.count > options.groupRows {
            html += "<p class=\"caption\">\(table.rows.count - options.groupRows) more groups in groups.csv.</p>\n"
        }
        return html + "</section>\n"
    }

    func areaSection(_ table: ReportCSV) -> String {
        var html = "<section id=\"areas\">\n<h2>\(xmlEscaped(text.areasHeading))</h2>\n"
        html += "<p class=\"caption\">Residents (population file), people scored and listed by home area, and gunshot "
            + "victimizations in the exposure window with their rate per 100,000 residents.</p>\n"
        let names = AreasColumn.header.filter { table.optionalColumn($0) != nil }
        html += "<table><thead><tr>"
            + names.map { "<th\($0 == "area" ? "" : " class=\"num\"")>\(xmlEscaped($0.replacingOccurrences(of: "_", with: " ")))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for row in table.rows {
            html += "<tr>" + names.map { name -> String in
                let value = row[safe: table.optionalColumn(name)!]
                if name == "area" { return "<td>\(xmlEscaped(value))</td>" }
                if name == "victimizations_per_100k" { return "<td class=\"num\">\(fixed(Double(value), 1))</td>" }
                return "<td class=\"num\">\(Int(value).map(grouped) ?? xmlEscaped(value))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }
}

extension HTMLReport {
    /// The model that ordered the list, from `list_model` in manifest.json: each feature's odds
    /// ratio per standard deviation with its 95% interval, what a list of this size would have
    /// held against the baselines, and the calibration by decile of predicted risk.
    func listModelBlock(_ model: ListModelRecord) -> String {
        var html = ""
        if !model.effects.isEmpty {
            html += "<h3>\(xmlEscaped(text.effectsHeading))</h3>\n<p class=\"caption\">"
                + "\(xmlEscaped(text.effectsCaption(model.outcome, model.outcomeWindow)))</p>\n"
            html += "<table class=\"narrow effects\"><thead><tr><th>\(xmlEscaped(text.feature))</th><th class=\"num\">"
                + "\(xmlEscaped(text.oddsRatio))</th><th class=\"num\">\(xmlEscaped(text.confidenceInterval))</th></tr></thead><tbody>\n"
            for e in model.effects {
                html += "<tr><td>\(xmlEscaped(e.feature))</td><td class=\"num\">\(fixed(e.oddsRatio, 2))</td>"
                    + "<td class=\"num\">\(fixed(e.low, 2))–\(fixed(e.high, 2))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        guard let evidence = model.evidence else { return html }
        if !evidence.rows.isEmpty {
            html += "<h3>\(xmlEscaped(text.evidenceHeading))</h3>\n<p class=\"caption\">"
                + "\(xmlEscaped(text.evidenceCaption(evidence.origin, evidence.listSize, evidence.outcome, evidence.outcomeWindow)))</p>\n"
            html += "<table class=\"narrow evidence\"><thead><tr><th>\(xmlEscaped(text.model))</th><th class=\"num\">\(xmlEscaped(text.capture))</th>"
                + "<th class=\"num\">\(xmlEscaped(text.confidenceInterval))</th><th class=\"num\">\(xmlEscaped(text.differenceFromList))</th>"
                + "<th class=\"num\">\(xmlEscaped(text.confidenceInterval))</th></tr></thead><tbody>\n"
            for (i, r) in evidence.rows.enumerated() {
                html += "<tr><td>\(xmlEscaped(r.model))</td><td class=\"num\">\(percent(r.capture))</td>"
                    + "<td class=\"num\">\(percent(r.low))–\(percent(r.high))</td>"
                    + (i == 0 ? "<td class=\"num\">–</td><td class=\"num\">–</td>"
                        : "<td class=\"num\">\(percent(r.differenceFromList))</td>"
                            + "<td class=\"num\">\(percent(r.differenceLow))–\(percent(r.differenceHigh))</td>")
                    + "</tr>\n"
            }
            html += "</tbody></table>\n"
        }
        if !evidence.calibration.isEmpty {
            html += "<h3>\(xmlEscaped(text.calibrationHeading))</h3>\n<p class=\"caption\">\(xmlEscaped(text.calibrationCaption))</p>\n"
            html += "<table class=\"narrow calibration\"><thead><tr><th class=\"num\">\(xmlEscaped(text.decile))</th>"
                + "<th class=\"num\">\(xmlEscaped(text.people))</th><th class=\"num\">\(xmlEscaped(text.withOutcome))</th>"
                + "<th class=\"num\">\(xmlEscaped(text.predicted))</th><th class=\"num\">\(xmlEscaped(text.observed))</th>"
                + "<th class=\"num\">\(xmlEscaped(text.confidenceInterval))</th></tr></thead><tbody>\n"
            for d in evidence.calibration {
                html += "<tr><td class=\"num\">\(d.decile)</td><td class=\"num\">\(grouped(d.people))</td><td class=\"num\">\(grouped(d.positives))</td>"
                    + "<td class=\"num\">\(percent(d.predicted, 2))</td><td class=\"num\">\(percent(d.observed, 2))</td>"
                    + "<td class=\"num\">\(percent(d.low, 2))–\(percent(d.high, 2))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        return html
    }
}
