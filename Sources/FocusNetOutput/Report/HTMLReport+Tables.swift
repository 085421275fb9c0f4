import FocusNetGraph
import FocusNetEvaluation
import FocusNetScoring
extension HTMLReport {
    /// Rows of the excluded table shown; the rest are counted (a group-by-group list can reach
    /// deep into the ranking, past thousands of people in custody).
    static let excludedRows = 40

    func listSection(_ rank: RankFolder) -> String {
        let t = text
        let how = switch rank.parameters.select {
        case "groups": t.chosenByGroups
        case "reach": t.chosenByReach(rank.parameters.reachSteps)
        default: rank.listModel?.source == "composite" || rank.listModel == nil ? t.chosenByComposite : t.chosenByProbability
        }
        var html = "<section id=\"list\">\n<h2>\(xmlEscaped(text.listHeading))</h2>\n"
        if let model = rank.listModel {
            // What ordered the list and what a list of this size would have held: said first.
            html += "<p class=\"caption\"><b>\(xmlEscaped(text.orderLabel))</b> \(xmlEscaped(model.note)).</p>\n"
            if let evidence = model.evidence {
                // The manifest's sentence is English; other languages word the same verdict themselves.
                let sentence = text.messages == .en ? evidence.sentence : text.messages.sentence(evidence)
                html += "<p class=\"caption\"><b>\(xmlEscaped(text.evidenceLabel))</b> \(xmlEscaped(sentence))</p>\n"
            }
        }
        html += "<p class=\"caption\">\(t.listCaption(rank.list.count, xmlEscaped(how)))</p>\n"
        // Risk bands only for folders that have them (written since bands existed).
        let bands = rank.list.contains { riskBand($0) != nil }
        let columns: [(CallInListColumn, Bool)] = [(.rank, true), (.personID, false), (.overallRank, true), (.score, true), (.points, true),
                                                   (.network, true), (.groups, false), (.eligibility, false)]
            + (bands ? [(.riskBand, false)] : []) + [(.reasons, false)]
        html += listControls(rank) + "<table class=\"list\">" + headRow(columns.map { (columnTitle($0.0), $0.1) }) + "<tbody>\n"
        for l in rank.list {
            let flag = l.eligibility.hasPrefix("flagged") ? " class=\"flagged\"" : ""
            html += "<tr\(flag) data-person=\"\(xmlEscaped(l.id))\"><td class=\"num\">\(l.rank)</td><td class=\"id\">\(xmlEscaped(l.id))</td><td class=\"num\">\(l.overallRank)</td>"
                + "<td class=\"num\">\(fixed(l.score))</td>"
                + "<td class=\"num\">\(fixed(l.points, 0))</td><td class=\"num\">\(fixed(l.network))</td>"
                + "<td>\(xmlEscaped(l.groups.joined(separator: " ")))</td><td>\(eligibilityBadge(l.eligibility))</td>"
                + (bands ? "<td class=\"band\">\(xmlEscaped(riskBand(l) ?? ""))</td>" : "")
                + "<td class=\"reasons\">\(xmlEscaped(l.reasons))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if let model = rank.listModel { html += listModelBlock(model) }
        return html + "</section>\n"
    }

    /// The display name of a list column in the report's language (``Language/columnName(_:)``);
    /// the CSV keeps its identifier.
    func columnTitle(_ column: some TableSchema) -> String {
        text.messages.columnName(column.rawValue) ?? column.rawValue.replacingOccurrences(of: "_", with: " ")
    }

    /// A listed person's risk band in the report's language: from `call_in_list.json`'s stable
    /// value, else as `call_in_list.csv` wrote it; `nil` for folders written before bands.
    func riskBand(_ l: RankFolder.Listed) -> String? { l.band.map { $0.label(text.messages) } ?? l.bandLabel }

    /// A period of the manifest (`18mo`) as the report's language writes it; English keeps the
    /// manifest's notation.
    func period(_ value: String) -> String {
        guard text.messages != .en, let period = CalendarPeriod(value) else { return value }
        return text.messages.period(period)
    }

    func eligibilityBadge(_ label: String) -> String {
        if label.hasPrefix("flagged") { return "<span class=\"badge amber\">\(xmlEscaped(eligibilityText(label)))</span>" }
        if label.hasPrefix("excluded") { return "<span class=\"badge grey\">\(xmlEscaped(eligibilityText(label)))</span>" }
        return xmlEscaped(eligibilityText(label))
    }

    /// An eligibility label as the files write it (``FocusNetScoring/Eligibility/Status/label``,
    /// English) in the report's language (``Language/label(_:)``); as written when English or
    /// not a label FocusNet writes.
    func eligibilityText(_ label: String) -> String {
        guard text.messages != .en, let status = Self.status(label) else { return label }
        return text.messages.label(status)
    }

    /// A reason of `excluded.csv` (`in custody`) in the report's language ("bajo custodia"); as
    /// written when English or not a reason FocusNet writes.
    func excludedText(_ reason: String) -> String {
        guard text.messages != .en, case .excluded(let why)? = Self.status("excluded: " + reason) else { return reason }
        return text.messages.reason(why)
    }

    /// The status a label of the files stands for; `nil` for any other text.
    static func status(_ label: String) -> Eligibility.Status? {
        if label == "eligible" { return .eligible }
        let parts = label.split(separator: ": ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        let reason: Eligibility.Reason
        switch parts[1] {
        case "deceased": reason = .deceased
        case "in custody": reason = .inCustody
        case "not on probation or parole": reason = .notSupervised
        case "probation or parole at the as-of date unknown": reason = .supervisionUnknown
        case let why where why.hasPrefix("under "):
            guard let age = Int(why.dropFirst("under ".count)) else { return nil }
            reason = .under(age)
        case let why where why.hasPrefix("no violent or gun arrest in the last "):
            guard let period = CalendarPeriod(String(why.dropFirst("no violent or gun arrest in the last ".count))) else { return nil }
            reason = .noRecentViolence(period)
        default: return nil
        }
        switch parts[0] {
        case "flagged": return .flagged(reason)
        case "excluded": return .excluded(reason)
        default: return nil
        }
    }

    func excludedSection(_ rank: RankFolder) -> String {
        var html = "<section id=\"excluded\">\n<h2>\(xmlEscaped(text.excludedHeading))</h2>\n"
        html += "<p class=\"caption\">\(xmlEscaped(text.excludedCaption))</p>\n"
        var reasons: [String: Int] = [:]
        for e in rank.excluded { reasons[e.reason, default: 0] += 1 }
        if rank.excluded.count > Self.excludedRows {
            let counts = reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { "\(grouped($0.value)) \(excludedText($0.key))" }
                .joined(separator: ", ")
            html += "<p>\(xmlEscaped(text.excludedMany(grouped(rank.excluded.count), counts, Self.excludedRows)))</p>\n"
        }
        html += "<table class=\"narrow\">" + headRow([(columnTitle(ExcludedColumn.personID), false), (text.wouldBeRank, true), (text.reason, false)])
            + "<tbody>\n"
        for e in rank.excluded.prefix(Self.excludedRows) {
            html += "<tr><td class=\"id\">\(xmlEscaped(e.id))</td><td class=\"num\">\(e.wouldBeRank)</td><td>\(xmlEscaped(excludedText(e.reason)))</td></tr>\n"
        }
        html += "</tbody></table>\n"
        if rank.excluded.count > Self.excludedRows {
            html += "<p class=\"caption\">\(xmlEscaped(text.moreIn(grouped(rank.excluded.count - Self.excludedRows), "excluded.csv")))</p>\n"
        }
        return html + "</section>\n"
    }

    /// `services.csv`: minors the list would have invited, offered services instead; their count
    /// and, when there are any, their rows.
    func servicesSection(_ minors: [RankFolder.Minor]) -> String {
        var html = "<section id=\"services\">\n<h2>\(xmlEscaped(text.servicesHeading))</h2>\n"
        guard !minors.isEmpty else { return html + "<p class=\"caption\">\(xmlEscaped(text.servicesNone))</p>\n</section>\n" }
        html += "<p class=\"caption\">\(text.servicesCaption(minors.count))</p>\n<table class=\"services\">"
            + headRow([(columnTitle(ServicesColumn.rank), true), (columnTitle(ServicesColumn.personID), false), (columnTitle(ServicesColumn.age), true),
                       (columnTitle(ServicesColumn.reasons), false), (columnTitle(ServicesColumn.whyNotInvited), false)]) + "<tbody>\n"
        for m in minors {
            html += "<tr><td class=\"num\">\(m.overallRank)</td><td class=\"id\">\(xmlEscaped(m.id))</td><td class=\"num\">\(xmlEscaped(m.age))</td>"
                + "<td class=\"reasons\">\(xmlEscaped(m.reasons))</td><td>\(xmlEscaped(m.whyNotInvited))</td></tr>\n"
        }
        return html + "</tbody></table>\n</section>\n"
    }

    func groupSection(_ rank: RankFolder) -> String {
        guard let table = rank.groups else { return "" }
        let t = text
        let shown: [(column: GroupsColumn, title: String, kind: Character)] = [
            (.groupRank, "#", "n"), (.groupID, t.groupColumn, "s"), (.members, t.members, "n"), (.activeMembers, t.arrestedInWindow, "n"),
            (.recentVictimizations, t.membersShot, "n"), (.recentShootings, t.shootingsByMembers, "n"),
            (.tiesToGroups, t.tiedGroups, "n"), (.maxScore, t.topScore, "f"), (.invitees, t.invited, "n"),
            (.reachedByCoOffending, t.reached, "n"), (.reachShare, t.reach, "p"),
        ]
        let columns = shown.map { (name: $0.column.rawValue, title: $0.title, kind: $0.kind) }.filter { table.optionalColumn($0.name) != nil }
        var html = "<section id=\"groups\">\n<h2>\(xmlEscaped(text.groupsHeading))</h2>\n"
        let expiry = rank.parameters.ruleGroupLabelExpiry
        html += "<p class=\"caption\">\(t.groupsCaption(xmlEscaped(period(rank.parameters.scoring.exposureWindow)), expiry == "never" ? nil : xmlEscaped(period(expiry))))</p>\n"
        html += "<table>" + headRow(columns.map { ($0.title, $0.kind != "s") }) + "<tbody>\n"
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
            html += "<p class=\"caption\">\(xmlEscaped(t.moreGroupsIn(table.rows.count - options.groupRows)))</p>\n"
        }
        return html + "</section>\n"
    }

    func areaSection(_ table: ReportCSV) -> String {
        var html = "<section id=\"areas\">\n<h2>\(xmlEscaped(text.areasHeading))</h2>\n"
        html += "<p class=\"caption\">\(xmlEscaped(text.areasCaption))</p>\n"
        let names = AreasColumn.header.filter { table.optionalColumn($0) != nil }
        html += "<table>" + headRow(names.map { (text.areaColumns[$0] ?? $0.replacingOccurrences(of: "_", with: " "), $0 != "area") }) + "<tbody>\n"
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
                + "\(xmlEscaped(text.effectsCaption(model.outcome, period(model.outcomeWindow))))</p>\n"
            html += "<table class=\"narrow effects\">" + headRow([(text.feature, false), (text.oddsRatio, true), (text.confidenceInterval, true)])
                + "<tbody>\n"
            for e in model.effects {
                html += "<tr><td>\(xmlEscaped(e.feature))</td><td class=\"num\">\(fixed(e.oddsRatio, 2))</td>"
                    + "<td class=\"num\">\(fixed(e.low, 2))–\(fixed(e.high, 2))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        guard let evidence = model.evidence else { return html }
        if !evidence.rows.isEmpty {
            html += "<h3>\(xmlEscaped(text.evidenceHeading))</h3>\n<p class=\"caption\">"
                + "\(xmlEscaped(text.evidenceCaption(evidence.origin, evidence.listSize, evidence.outcome, period(evidence.outcomeWindow))))</p>\n"
            html += "<table class=\"narrow evidence\">" + headRow([(text.model, false), (text.capture, true), (text.confidenceInterval, true),
                                                                    (text.differenceFromList, true), (text.confidenceInterval, true)]) + "<tbody>\n"
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
            html += "<table class=\"narrow calibration\">" + headRow([(text.decile, true), (text.people, true), (text.withOutcome, true),
                                                                       (text.predicted, true), (text.observed, true), (text.confidenceInterval, true)])
                + "<tbody>\n"
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
