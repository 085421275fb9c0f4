import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// One self-contained HTML file that shows an analyst, a supervisor or an auditor what a
/// FocusNet output folder holds: the run summary and the governance rules applied, the call-in
/// list with reasons, people excluded above the cut, the group and area tables, network
/// pictures of the listed people and their groups, and — for a backtest — capture curves
/// against the baselines, calibration, disparity and the fitted coefficients.
///
/// The file needs no network access: styles and the one script are inline, pictures and charts
/// are inline SVG, there is no web font, and a Content-Security-Policy forbids every request.
/// The script adds search, filters by group, area and eligibility, and a card per person (reasons,
/// scores, groups, ego network, timeline known at the as-of date) over data embedded as inline
/// JSON: the listed people and their co-offenders only, never the whole network. Without
/// JavaScript the static tables remain. It prints readably (A4 or Letter, colour kept). The
/// same folders and options always give the same bytes (no clock time; seeded layouts).
/// Every label and sentence comes from a ``ReportText`` (English by default).
///
/// Sources: a `focusnet rank` / `call-in` folder (`call_in_list.csv`, `manifest.json`, …),
/// a `focusnet backtest` folder (`metrics.csv`, …), or both (a list and the backtest that
/// judges its scoring). With a `Pseudonymizer` every person id shown is its keyed pseudonym
/// — the same one `rank --pseudonymize` would have written.
public struct HTMLReport: Sendable {
    /// What the report draws: network pictures, their layout seed and the group table's length.
    public struct Options: Sendable, Equatable {
        /// Listed people drawn with their own network picture (the first ones on the list).
        public var pictures: Int
        /// Seed of the network layouts.
        public var seed: UInt64
        /// Groups shown in the group table (the riskiest first).
        public var groupRows: Int

        /// Defaults: 60 pictures, seed 42, 40 group rows.
        public init(pictures: Int = 60, seed: UInt64 = 42, groupRows: Int = 40) {
            self.pictures = pictures
            self.seed = seed
            self.groupRows = groupRows
        }
    }

    let rank: RankFolder?
    let backtest: BacktestFolder?
    /// The drawing options the report was built with.
    public let options: Options
    /// The labels and sentences shown.
    public let text: ReportText

    /// Reads the folders.
    /// - Parameters:
    ///   - folder: a rank, call-in or backtest output folder.
    ///   - backtest: a backtest folder to show beside the list in `folder`.
    ///   - pseudonymizer: shows keyed pseudonyms instead of person ids.
    ///   - options: pictures, layout seed, group rows.
    ///   - text: the labels and sentences shown (English by default).
    /// - Throws: ``ReportError`` (no FocusNet output, missing manifest or column, malformed file,
    ///   a key for a folder already pseudonymized).
    /// - Complexity: O(bytes read); `network_edges.csv` is streamed and only co-offending ties kept.
    public init(folder: URL, backtest: URL? = nil, pseudonymizer: Pseudonymizer? = nil, options: Options = Options(),
                text: ReportText = .english) throws(ReportError) {
        let hasList = FileManager.default.fileExists(atPath: folder.appendingPathComponent("call_in_list.csv").path)
        let hasMetrics = FileManager.default.fileExists(atPath: folder.appendingPathComponent("metrics.csv").path)
        guard hasList || hasMetrics else { throw .notAnOutputFolder(path: folder.path) }
        rank = hasList ? try RankFolder(folder: folder, pseudonymizer: pseudonymizer) : nil
        if let backtest {
            self.backtest = try BacktestFolder(folder: backtest)
        } else {
            self.backtest = hasMetrics ? try BacktestFolder(folder: folder) : nil
        }
        self.options = options
        self.text = text
    }

    /// The language `rank` or `call-in` wrote the folder's reasons and bands in, as recorded in its
    /// `manifest.json` (`language`): the report's language unless the reader asks for another
    /// (``ReportText/init(_:)``). `nil` for a backtest folder, a folder written before languages
    /// were recorded, or one without a readable manifest (``init(folder:backtest:pseudonymizer:options:text:)``
    /// says what is wrong with it).
    /// - Complexity: O(bytes of `manifest.json`).
    public static func recordedLanguage(in folder: URL) -> Language? {
        guard let manifest = try? Manifest(url: folder.appendingPathComponent("manifest.json")) else { return nil }
        return manifest.string("language").flatMap(Language.init(rawValue:))
    }

    /// A one-line account for the command line: counts only, never an identifier.
    public var summary: String {
        var parts: [String] = []
        if let rank {
            parts.append("\(rank.list.count) listed, \(rank.excluded.count) excluded above the cut, \(rank.groups?.rows.count ?? 0) groups, "
                + "\(min(options.pictures, rank.list.count)) network pictures")
        }
        if let backtest {
            parts.append("backtest: \(Set(backtest.metrics.map(\.origin)).subtracting(["pooled"]).count) origins, "
                + "\(backtest.outcomes.count) outcomes, \(backtest.models.count) models")
        }
        return parts.joined(separator: "; ")
    }

    /// The whole HTML document.
    /// - Complexity: O(list + ties around it + backtest rows), plus one force layout per
    ///   picture: O(500 × (p² + t)) for p people and t ties drawn.
    public func html() -> String {
        var body = ""
        var toc: [(String, String)] = []
        if let rank {
            toc += [("summary", text.summaryHeading), ("list", text.listHeading)]
            body += summarySection(rank)
            body += listSection(rank)
            if let services = rank.services { toc.append(("services", text.servicesHeading)); body += servicesSection(services) }
            if !rank.excluded.isEmpty { toc.append(("excluded", text.excludedHeading)); body += excludedSection(rank) }
            if let groups = rank.groups, !groups.rows.isEmpty { toc.append(("groups", text.groupsHeading)); body += groupSection(rank) }
            if let areas = rank.areas, !areas.rows.isEmpty { toc.append(("areas", text.areasHeading)); body += areaSection(areas) }
            toc += [("network", text.networkHeading), ("people", text.peopleHeading)]
            body += overviewSection(rank)
            body += egoSection(rank)
        }
        if let backtest {
            toc.append(("backtest", text.backtestHeading))
            body += backtestSection(backtest)
        }
        toc.append(("provenance", text.provenanceHeading))
        body += provenanceSection()

        let title: String
        if let rank {
            title = text.listTitle(rank.parameters.asOf)
        } else if let backtest {
            let origins = Set(backtest.metrics.map(\.origin)).subtracting(["pooled"]).sorted()
            title = text.backtestTitle(origins)
        } else {
            title = "FocusNet"
        }
        let sensitivity = rank.map { $0.pseudonymized ? text.sensitivePseudonyms : text.sensitiveIdentifiers } ?? text.sensitiveBacktest

        var html = """
            <!DOCTYPE html>
            <html lang="\(xmlEscaped(text.language))">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(Self.contentSecurityPolicy)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="FocusNet \(Versions.focusNet)">
            <title>\(xmlEscaped(text.titlePrefix)) — \(xmlEscaped(title))</title>
            <style>\(ReportStyle.css)</style>
            <script>\(ReportScript.violationCounter)</script>
            </head>
            <body>
            <header class="banner">
            <div class="brand">\(xmlEscaped(text.brand))</div>
            <h1>\(xmlEscaped(title))</h1>

            """
        if let rank {
            let subtitle = text.listSubtitle(xmlEscaped(rank.command), xmlEscaped(rank.parameters.purpose),
                                             xmlEscaped(rank.parameters.ruleWindow), xmlEscaped(rank.folderName))
            html += "<p class=\"sub\">\(subtitle)</p>\n"
        } else if let backtest {
            html += "<p class=\"sub\">\(text.backtestSubtitle(xmlEscaped(backtest.settings["outcome_window"] ?? "?"), xmlEscaped(backtest.folderName)))</p>\n"
        }
        html += "</header>\n<main>\n<p class=\"sensitive\">\(xmlEscaped(sensitivity))</p>\n"
        html += "<nav><b>\(xmlEscaped(text.contents))</b> " + toc.map { "<a href=\"#\($0.0)\">\(xmlEscaped($0.1))</a>" }.joined(separator: " · ") + "</nav>\n"
        html += body
        html += "</main>\n"
        if let rank { html += personCard + pageScript(rank) }
        html += "<footer>\(xmlEscaped(text.footer(Versions.focusNet)))</footer>\n"
        return html + "</body>\n</html>\n"
    }

    /// Writes the document atomically with owner-only permissions (see `OutputFile`).
    /// - Throws: file-system errors.
    /// - Complexity: that of ``html()``.
    public func write(to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try OutputFile.write(html(), to: url)
    }

    // MARK: Summary and provenance

    func summarySection(_ rank: RankFolder) -> String {
        let p = rank.parameters
        let flagged = rank.list.filter { $0.eligibility.hasPrefix("flagged") }.count
        let inNetwork = rank.network["persons_in_network"]
        let read = rank.inputs.map(\.rowsRead).reduce(0, +), rejected = rank.inputs.map(\.rejected).reduce(0, +)
        var reasons: [String: Int] = [:]
        for e in rank.excluded { reasons[e.reason, default: 0] += 1 }
        let excludedText = reasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            .map { "\(grouped($0.value)) \(self.excludedText($0.key))" }.joined(separator: ", ")
        let t = text
        let given = Set(rank.inputs.map(\.kind))
        let knowsAges = rank.inputs.isEmpty || given.contains("persons")
        let hasGroups = rank.inputs.isEmpty || given.contains("memberships")
        var cards: [(String, String, String?)] = [
            (t.asOf, p.asOf, t.asOfNote(p.ruleWindow)),
            (t.listed, grouped(rank.list.count), t.listedNote(inNetwork.map(grouped) ?? "?", p.top, p.select)),
            (t.purpose, p.purpose, t.purposeNote),
            (t.excludedHeading, grouped(rank.excluded.count), excludedText.isEmpty ? t.excludedNobody : t.excludedNote(excludedText)),
            knowsAges ? (t.flaggedUnder18, "\(flagged)", t.flaggedNote(p.ruleJuveniles)) : (t.flaggedUnder18, t.unknown, t.flaggedNoPersons),
            hasGroups ? (t.activeGroups, grouped(rank.network["active_groups"] ?? rank.groups?.rows.count ?? 0), t.activeGroupsNote)
                : (t.activeGroups, "–", t.activeGroupsNoMemberships),
            (t.rowsRead, grouped(read), t.rowsReadNote(grouped(rejected), read > 0 ? percent(Double(rejected) / Double(read), 2) : "0%")),
            (t.ties, grouped(rank.network["co_offending_ties"] ?? 0), t.tiesNote(grouped(rank.network["group_ties"] ?? 0))),
        ]
        if let mass = rank.network["mass_events"], mass > 0 {
            cards.append((t.massEvents, grouped(mass), t.massEventsRule(p.scoring.massEventSize, p.scoring.massEvents)))
        }
        var html = "<section id=\"summary\">\n<h2>\(xmlEscaped(text.summaryHeading))</h2>\n<div class=\"cards\">\n"
        for (k, v, note) in cards {
            html += "<div class=\"card\"><div class=\"k\">\(xmlEscaped(k))</div><div class=\"v\">\(xmlEscaped(v))</div>"
                + (note.map { "<div class=\"note\">\(xmlEscaped($0))</div>" } ?? "") + "</div>\n"
        }
        html += "</div>\n"
        let missing: [(String, String)] = [
            ("memberships", t.missingMemberships), ("victimizations", t.missingVictimizations), ("shootings", t.missingShootings),
            ("persons", t.missingPersons), ("custody", t.missingCustody),
        ].filter { !rank.inputs.isEmpty && !given.contains($0.0) }
        if !missing.isEmpty {
            html += "<div class=\"missing\">\(t.notInThisRun(xmlEscaped(rank.inputs.map(\.kind).joined(separator: ", "))))<ul>"
                + missing.map { "<li>\(xmlEscaped($0.1)).</li>" }.joined() + "</ul></div>\n"
        }
        html += "<div class=\"purpose\">\(t.purposeBlock)</div>\n"
        html += "<h3>\(xmlEscaped(t.governanceHeading))</h3>\n<table class=\"kv\"><tbody>\n"
        let rules: [(String, String?)] = [
            (t.purpose, p.purpose),
            (t.recordsUsed, p.ruleWindow),
            (t.minimumAge, p.ruleJuveniles),
            (t.retention, p.ruleRetention),
            (t.groupLabelExpiry, p.ruleGroupLabelExpiry),
            (t.massEvents, t.massEventsRule(p.scoring.massEventSize, p.scoring.massEvents)),
            (t.identifiers, rank.pseudonymized
                ? (p.pseudonymized.hasPrefix("yes") ? t.pseudonymsWrittenBy(rank.command) : t.pseudonymsAppliedByReport)
                : t.rawIdentifiers),
            (t.outputFiles, t.outputFilesRule),
        ]
        for case let (k, v?) in rules { html += "<tr><th>\(xmlEscaped(k))</th><td>\(xmlEscaped(v))</td></tr>\n" }
        html += "</tbody></table>\n"
        html += inputsTable(rank.inputs)
        if !rank.rejects.isEmpty {
            html += "<h3>\(xmlEscaped(t.rejectsHeading))</h3>\n<p class=\"caption\">\(xmlEscaped(t.rejectsCaption))</p>\n"
            html += "<table>" + headRow([(t.file, false), (t.reason, false), (t.rows, true)]) + "<tbody>\n"
            for r in rank.rejects.prefix(20) {
                html += "<tr><td>\(xmlEscaped(r.file))</td><td>\(xmlEscaped(r.reason))</td><td class=\"num\">\(grouped(r.count))</td></tr>\n"
            }
            html += "</tbody></table>\n"
        }
        return html + "</section>\n"
    }

    func inputsTable(_ inputs: [RankFolder.Input]) -> String {
        guard !inputs.isEmpty else { return "" }
        let t = text
        var html = "<h3>\(xmlEscaped(t.inputsHeading))</h3>\n<table>"
            + headRow([(t.input, false), (t.file, false), (t.rowsReadColumn, true), (t.accepted, true), (t.duplicates, true),
                       (t.rejected, true), ("SHA-256", false)]) + "<tbody>\n"
        for i in inputs {
            html += "<tr><td>\(xmlEscaped(i.kind))</td><td>\(xmlEscaped(i.file))</td><td class=\"num\">\(grouped(i.rowsRead))</td>"
                + "<td class=\"num\">\(grouped(i.accepted))</td><td class=\"num\">\(grouped(i.deduplicated))</td>"
                + "<td class=\"num\">\(grouped(i.rejected))</td>"
                + "<td class=\"hash\" title=\"\(xmlEscaped(i.sha256))\">\(xmlEscaped(String(i.sha256.prefix(16))))…</td></tr>\n"
        }
        return html + "</tbody></table>\n"
    }

    func provenanceSection() -> String {
        var html = "<section id=\"provenance\">\n<h2>\(xmlEscaped(text.provenanceHeading))</h2>\n"
        html += "<p class=\"caption\">\(xmlEscaped(text.provenanceCaption))</p>\n"
        func table(_ heading: String, _ versions: [(name: String, version: String)], _ parameters: [String: String]) -> String {
            var t = "<h3>\(xmlEscaped(heading))</h3>\n<table class=\"kv small\"><tbody>\n"
            for v in versions { t += "<tr><th>\(xmlEscaped(v.name))</th><td>\(xmlEscaped(v.version))</td></tr>\n" }
            for key in parameters.keys.sorted() where !parameters[key]!.isEmpty {
                t += "<tr><th>\(xmlEscaped(key))</th><td>\(xmlEscaped(parameters[key]!))</td></tr>\n"
            }
            return t + "</tbody></table>\n"
        }
        if let rank { html += table(text.provenanceList(rank.command), rank.versions, rank.parameters.entries) }
        if let backtest {
            html += table(text.provenanceBacktest, backtest.versions, backtest.settings.filter { $0.key != "scoring_model" }.merging(
                backtest.parameters) { a, _ in a })
            if rank == nil { html += inputsTable(backtest.inputs) }
        }
        return html + "</section>\n"
    }
}

/// `<thead>` with one row of headings, right-aligned where `numeric`.
func headRow(_ cells: [(title: String, numeric: Bool)]) -> String {
    "<thead><tr>" + cells.map { "<th\($0.numeric ? " class=\"num\"" : "")>\(xmlEscaped($0.title))</th>" }.joined() + "</tr></thead>"
}

/// `12,345`.
func grouped(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (i, c) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out += "," }
        out.append(c)
    }
    return (value < 0 ? "-" : "") + out
}

/// `12.5%` with `digits` decimals (trailing zeros kept for alignment), `–` when undefined.
func percent(_ share: Double?, _ digits: Int = 1) -> String {
    guard let share, share.isFinite else { return "–" }
    return String(format: "%.\(digits)f%%", share * 100)
}

/// Fixed decimals, `–` when undefined.
func fixed(_ value: Double?, _ digits: Int = 3) -> String {
    guard let value, value.isFinite else { return "–" }
    return String(format: "%.\(digits)f", value)
}
