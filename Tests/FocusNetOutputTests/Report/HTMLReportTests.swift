import FocusNetGraph
import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct HTMLReportTests {
    @Test("a list with its backtest: every section, self-contained, inline script only, no external resource")
    func listAndBacktest() throws {
        let report = try HTMLReport(folder: ReportFixtures.rankFolder(top: 10), backtest: ReportFixtures.backtestFolder())
        let html = report.html()
        for id in ["summary", "list", "groups", "network", "people", "backtest", "provenance"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for forbidden in ["<script src", "<link", "<img", "<iframe", "@import", "url(", "src=", "https://", "fetch(", "XMLHttpRequest"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // Three inline scripts: the CSP violation counter, the data (JSON) and the page's script.
        #expect(html.components(separatedBy: "<script").count - 1 == 3)
        #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
            + "style-src 'unsafe-inline'; img-src data:\">"))
        // The only http URLs are XML namespace names (never fetched).
        let urls = html.components(separatedBy: "http://").dropFirst().map { $0.prefix(while: { $0 != "\"" }) }
        #expect(urls.allSatisfy { $0 == "www.w3.org/2000/svg" }, "\(Set(urls))")
        // One ego picture per listed person; capture curves for both outcomes; the disparity charts.
        #expect(html.components(separatedBy: "<div class=\"ego\" data-person=").count - 1 == 10)
        #expect(html.contains("Capture curve — shot") && html.contains("Capture curve — either"))
        #expect(html.contains("Calibration of the probability models"))
        #expect(html.contains("Disparity audit") && html.contains(">age band<"))
        #expect(html.contains("Governance rules applied") && html.contains("What this list is for."))
        #expect(report.summary.contains("10 listed"))
    }

    @Test("a backtest folder alone: charts and tables, no list sections")
    func backtestOnly() throws {
        let html = try HTMLReport(folder: ReportFixtures.backtestFolder()).html()
        #expect(html.contains("<section id=\"backtest\">") && !html.contains("<section id=\"list\">"))
        #expect(html.contains("Backtest, 1 origin (2022-06-30)"))
        #expect(html.contains("no person identifier"))
        #expect(html.contains("log_gun_arrests") && html.contains("Rank stability"))
    }

    @Test("the same folders give the same bytes")
    func deterministic() throws {
        let rank = try ReportFixtures.rankFolder(top: 6), backtest = try ReportFixtures.backtestFolder()
        #expect(try HTMLReport(folder: rank, backtest: backtest).html() == HTMLReport(folder: rank, backtest: backtest).html())
    }

    @Test("pseudonymized: no raw id anywhere in the document; stable for one key, different under another")
    func pseudonyms() throws {
        let folder = try ReportFixtures.rankFolder(top: 10)
        let raw = try ReportFixtures.personIDs(in: folder)
        let a = try HTMLReport(folder: folder, pseudonymizer: ReportFixtures.key(3)).html()
        let again = try HTMLReport(folder: folder, pseudonymizer: ReportFixtures.key(3)).html()
        let other = try HTMLReport(folder: folder, pseudonymizer: ReportFixtures.key(4)).html()
        #expect(a == again && a != other)
        for id in raw { #expect(!a.contains(id), "a raw id is left in the report") }
        #expect(a.contains(try ReportFixtures.key(3).pseudonym(raw.sorted().first!)) || a.contains("P-"))
        #expect(a.contains("keyed pseudonyms applied by focusnet report"))
    }

    @Test("ids and reasons are escaped: markup in the data is shown as text")
    func escaping() throws {
        let folder = try ReportFixtures.rankFolder(top: 3)
        try ReportFixtures.replaceFirstListedID(in: folder, with: "<b onmouseover=x>")
        let html = try HTMLReport(folder: folder).html()
        #expect(html.contains("&lt;b onmouseover=x&gt;") && !html.contains("<b onmouseover"))
    }

    @Test("write: owner-only and atomic (no temporary file left)")
    func write() throws {
        let out = ReportFixtures.temporaryDirectory("html").appendingPathComponent("report.html")
        try HTMLReport(folder: ReportFixtures.backtestFolder()).write(to: out)
        let attributes = try FileManager.default.attributesOfItem(atPath: out.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.deletingLastPathComponent().path) == ["report.html"])
    }

    @Test("a folder that is not FocusNet output is an error naming it")
    func notOutput() throws {
        let empty = ReportFixtures.temporaryDirectory("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: ReportError.notAnOutputFolder(path: empty.path)) { try HTMLReport(folder: empty) }
        #expect(ReportError.notAnOutputFolder(path: "/x").description.contains("call_in_list.csv"))
    }

    @Test("a fitted list: the odds ratios per SD with their intervals, the evidence against the baselines and the calibration deciles")
    func listModelTables() throws {
        let folder = try ReportFixtures.rankFolder(top: 5)
        let url = folder.appendingPathComponent("manifest.json")
        var manifest = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let row = { (model: String, capture: Double, difference: Double) -> [String: Any] in
            ["model": model, "capture": capture, "low": capture - 0.1, "high": capture + 0.1, "difference_from_list": difference,
             "difference_low": difference - 0.05, "difference_high": difference + 0.05]
        }
        manifest["list_model"] = [
            "source": "fitted", "outcome": "shot", "outcome_window": "18mo", "note": "ordered by the fitted probability",
            "effects": [["feature": "gun_arrests", "odds_ratio": 1.8234, "low": 1.2, "high": 2.77],
                        ["feature": "victim_exposure", "odds_ratio": 0.91, "low": 0.5, "high": 1.049]],
            "evidence": [
                "origin": "2022-06-30", "outcome": "shot", "outcome_window": "18mo", "list_size": 5, "scored": 600, "outcome_persons": 17,
                "outcome_persons_scored": 15, "list_model": "fitted", "replicates": 1000, "sentence": "As of 2022-06-30, …",
                "rows": [row("fitted", 0.3, 0), row("prior_arrests", 0.2, 0.1)],
                "calibration": (1...10).map { ["decile": $0, "people": 60, "positives": $0 - 1, "predicted": Double($0) / 100,
                                               "observed": Double($0 - 1) / 60, "low": 0, "high": 0.2] as [String: Any] },
            ] as [String: Any],
        ] as [String: Any]
        try JSONSerialization.data(withJSONObject: manifest).write(to: url)
        let html = try HTMLReport(folder: folder).html()
        #expect(html.contains("<h3>What the model weighs</h3>"))
        #expect(html.contains("<tr><td>gun_arrests</td><td class=\"num\">1.82</td><td class=\"num\">1.20–2.77</td></tr>"))
        #expect(html.contains("<tr><td>victim_exposure</td><td class=\"num\">0.91</td><td class=\"num\">0.50–1.05</td></tr>"))
        #expect(html.contains("<tr><td>prior_arrests</td><td class=\"num\">20.0%</td><td class=\"num\">10.0%–30.0%</td>"
            + "<td class=\"num\">10.0%</td><td class=\"num\">5.0%–15.0%</td></tr>"))
        // Decile 10: 60 people, 9 with the outcome, predicted 10%, observed 9/60 = 15%.
        #expect(html.contains("<tr><td class=\"num\">10</td><td class=\"num\">60</td><td class=\"num\">9</td>"
            + "<td class=\"num\">10.00%</td><td class=\"num\">15.00%</td><td class=\"num\">0.00%–20.00%</td></tr>"))
        #expect(html.components(separatedBy: "<table class=\"narrow calibration\">").count == 2)
    }
}
