import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct BacktestFolderTests {
    @Test("reads every file of the hand-written backtest folder")
    func reads() throws {
        let b = try BacktestFolder(folder: ReportFixtures.backtestFolder())
        #expect(b.shownOrigin == "pooled")
        #expect(b.outcomes == ["shot", "either"])
        #expect(b.models == ["random", "prior_arrests", "composite", "fitted"])
        #expect(b.sizes == ["1%", "5%"])
        let m = try #require(b.metrics.first { $0.origin == "pooled" && $0.model == "composite" && $0.outcome == "shot" && $0.metric == "capture" && $0.k == "1%" })
        #expect(m.value == 0.15 && m.low == 0.075)
        #expect(b.curve.first?.share == 0.1 && b.curve.count == 2 * 4 * 9)
        #expect(b.calibration.count == 2 * 3 * 10)
        #expect(Set(b.disparity.map(\.attribute)) == ["sex", "age_band", "race"])
        #expect(b.settings["outcome_window"] == "18mo" && b.settings["seed"] == "42" && b.settings["k"] == "1%, 5%")
        #expect(b.notes == ["hand-written fixture"])
        #expect(b.inputs.first?.file == "arrests.csv")
    }

    @Test("a single origin without pooled rows is shown as itself")
    func singleOrigin() throws {
        let folder = try ReportFixtures.backtestFolder()
        let text = try String(contentsOf: folder.appendingPathComponent("metrics.csv"), encoding: .utf8)
        try text.split(separator: "\n").filter { !$0.hasPrefix("pooled") }.joined(separator: "\n")
            .write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        #expect(try BacktestFolder(folder: folder).shownOrigin == "2022-06-30")
    }

    @Test("errors: no metrics.csv; a metrics file without a documented column")
    func errors() throws {
        let empty = ReportFixtures.temporaryDirectory("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: ReportError.notAnOutputFolder(path: empty.path)) { try BacktestFolder(folder: empty) }
        let folder = try ReportFixtures.backtestFolder()
        try "origin,model,outcome,metric,k,value\n".write(to: folder.appendingPathComponent("metrics.csv"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.missingColumn(file: "metrics.csv", column: "ci_low")) { try BacktestFolder(folder: folder) }
    }
}
