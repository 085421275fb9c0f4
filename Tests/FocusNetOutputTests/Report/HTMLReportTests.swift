import FocusNetGraph
import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct HTMLReportTests {
    @Test("a list with its backtest: every section, self-contained, no script or external resource")
    func listAndBacktest() throws {
        let report = try HTMLReport(folder: ReportFixtures.rankFolder(top: 10), backtest: ReportFixtures.backtestFolder())
        let html = report.html()
        for id in ["summary", "list", "groups", "network", "people", "backtest", "provenance"] {
            #expect(html.contains("<section id=\"\(id)\">"), "\(id)")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "https://"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
        // The only http URLs are XML namespace names (never fetched).
        let urls = html.components(separatedBy: "http://").dropFirst().map { $0.prefix(while: { $0 != "\"" }) }
        #expect(urls.allSatisfy { $0 == "www.w3.org/2000/svg" }, "\(Set(urls))")
        // One ego picture per listed person; capture curves for both outcomes; the disparity charts.
        #expect(html.components(separatedBy: "<div class=\"ego\">").count - 1 == 10)
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
        let url = folder.appendingPathComponent("call_in_list.csv")
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        var fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        fields[2] = "<b onmouseover=x>"
        lines[1] = fields.joined(separator: ",")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
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
}
