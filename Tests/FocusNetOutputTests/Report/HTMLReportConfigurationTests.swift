import Foundation
import Testing
@testable import FocusNetOutput

/// The combined report warns when the list and the backtest beside it ran with different settings.
@Suite struct HTMLReportConfigurationTests {
    /// The hand-written backtest folder with `parameters` and `settings` of its manifest replaced.
    static func backtest(parameters: [String: String], settings: [String: String]) throws -> URL {
        let folder = try ReportFixtures.backtestFolder()
        let url = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        manifest["parameters"] = parameters
        manifest["settings"] = settings
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: url)
        return folder
    }

    /// The example region's list (lookback 5y) with a `list_model` whose outcome window is `window`.
    static func list(outcomeWindow window: String) throws -> URL {
        let folder = try ReportFixtures.rankFolder(top: 6)
        let url = folder.appendingPathComponent("manifest.json")
        var manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        manifest["list_model"] = ["source": "composite", "outcome": "shot", "outcome_window": window, "note": "fixture", "effects": [Any]()]
        try JSONSerialization.data(withJSONObject: manifest, options: [.sortedKeys]).write(to: url)
        return folder
    }

    @Test("a 5-year list judged by an all-years backtest with another outcome window: both named, in the backtest section")
    func differentSettings() throws {
        let report = try HTMLReport(folder: Self.list(outcomeWindow: "18mo"),
                                    backtest: Self.backtest(parameters: ["lookback": "all"], settings: ["outcome_window": "12mo"]))
        #expect(report.configurationDifferences.map(\.key) == ["lookback", "outcome_window"])
        let warning = try #require(report.configurationWarning)
        #expect(warning.contains("lookback 5y for the list, all for the backtest; outcome_window 18mo for the list, 12mo for the backtest"))
        let html = report.html()
        let section = try #require(html.range(of: "<section id=\"backtest\">"))
        let shown = try #require(html.range(of: "<p class=\"sensitive\" id=\"configuration-warning\">"))
        #expect(shown.lowerBound > section.lowerBound, "the warning is shown in the backtest section")
        #expect(html.components(separatedBy: "configuration-warning").count == 2, "shown once")
    }

    @Test("the same settings, or settings a manifest does not record: no warning")
    func sameSettings() throws {
        let list = try Self.list(outcomeWindow: "18mo")
        let same = try HTMLReport(folder: list, backtest: Self.backtest(parameters: ["lookback": "5y"], settings: ["outcome_window": "18mo"]))
        #expect(same.configurationWarning == nil && !same.html().contains("configuration-warning"))
        let unrecorded = try HTMLReport(folder: list, backtest: Self.backtest(parameters: [:], settings: [:]))
        #expect(unrecorded.configurationDifferences.isEmpty)
        // A backtest alone compares nothing.
        #expect(try HTMLReport(folder: Self.backtest(parameters: ["lookback": "all"], settings: [:])).configurationWarning == nil)
    }

    @Test("in a Spanish report the warning is Spanish")
    func spanish() throws {
        var text = ReportText.english
        text.language = "es"
        let report = try HTMLReport(folder: Self.list(outcomeWindow: "18mo"),
                                    backtest: Self.backtest(parameters: ["lookback": "all"], settings: [:]), text: text)
        #expect(report.configurationWarning?.hasPrefix("La lista y el backtest se calcularon con configuraciones distintas "
            + "(lookback 5y en la lista, all en el backtest)") == true)
    }
}
