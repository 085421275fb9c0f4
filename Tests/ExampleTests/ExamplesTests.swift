import FocusNet
import Foundation
import Testing

/// The programs in Examples/ (a nested package that embeds FocusNet): each one's work lives in
/// a file beside its main.swift, and Examples/ here links those same files into this target,
/// so every example is compiled and run here on the example region.
@Suite struct ExamplesTests {
    static let asOf = CalendarDay(year: 2023, month: 12, day: 31)!

    @Test("rank-from-swift: the list of the example region, explained")
    func rankFromSwift() throws {
        let list = try RankFromSwift.run(data: ExampleFixtures.exampleData, asOf: Self.asOf)
        #expect(list.count == 10 && list.map(\.rank) == Array(1...10))
        #expect(list.allSatisfy { !$0.reasons.isEmpty && !$0.eligibility.hasPrefix("excluded") })
        #expect(zip(list, list.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(RankFromSwift.text(list).split(separator: "\n").count == 10)
    }

    @Test("backtest-from-swift: writes every backtest file and a summary")
    func backtestFromSwift() throws {
        let out = ExampleFixtures.temporaryDirectory("example-backtest")
        let origins = [CalendarDay(year: 2022, month: 6, day: 30)!, CalendarDay(year: 2022, month: 12, day: 31)!]
        let summary = try BacktestFromSwift.run(data: ExampleFixtures.exampleData, origins: origins, out: out, bootstrap: 20)
        #expect(summary.contains("# Backtest: 2 origins"))
        for name in ["metrics.csv", "capture_curve.csv", "calibration.csv", "disparity.csv", "coefficients.csv", "manifest.json"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(name).path), "\(name)")
        }
        // The report reads what the real backtest writes.
        let html = try HTMLReport(folder: out).html()
        #expect(html.contains("Capture curve — shot") && html.contains("Disparity audit"))
    }

    @Test("export-subnetwork: two co-offending steps around the top three, in every format")
    func exportSubnetwork() throws {
        let out = ExampleFixtures.temporaryDirectory("example-export")
        let result = try ExportSubnetwork.run(data: ExampleFixtures.exampleData, asOf: Self.asOf, out: out)
        #expect(result.files == ["network.graphml", "network.gexf", "entities.csv", "links.csv"])
        #expect(result.listed >= 3 && result.people > result.listed && result.ties > 0)
    }

    @Test("report-from-swift: a rank folder and a backtest folder into one HTML file")
    func reportFromSwift() throws {
        let out = ExampleFixtures.temporaryDirectory("example-report").appendingPathComponent("report.html")
        let backtest = ExampleFixtures.temporaryDirectory("example-report-backtest")
        _ = try BacktestFromSwift.run(data: ExampleFixtures.exampleData, origins: [CalendarDay(year: 2022, month: 6, day: 30)!],
                                      out: backtest, bootstrap: 20)
        let summary = try ReportFromSwift.run(folder: ExampleFixtures.rankFolder(top: 8), backtest: backtest, out: out)
        #expect(summary.hasPrefix("8 listed") && summary.contains("backtest: 1 origins"))
        #expect(FileManager.default.fileExists(atPath: out.path))
    }
}
