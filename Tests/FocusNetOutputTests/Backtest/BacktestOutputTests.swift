import Foundation
import FocusNetGraph
import FocusNetScoring
import Testing
@testable import FocusNetEvaluation
import FocusNetTestSupport
@testable import FocusNetOutput

@Suite struct BacktestOutputTests {
    static func write(to directory: URL) throws -> BacktestManifest {
        let records = try BacktestFixtures.example.get()
        let backtest = try BacktestFixtures.exampleBacktest.get()
        return try BacktestOutput(backtest: backtest, records: records).write(parameters: ["seed": "7"], to: directory)
    }

    @Test("re-running the backtest gives byte-identical files")
    func byteIdentical() throws {
        let records = try BacktestFixtures.example.get()
        let configuration = BacktestFixtures.configuration(origins: BacktestFixtures.origins, replicates: 15)
        let a = BacktestFixtures.temporaryDirectory("out"), b = BacktestFixtures.temporaryDirectory("out")
        for out in [a, b] {
            let backtest = try Backtest(records: records, configuration: configuration)
            try BacktestOutput(backtest: backtest, records: records).write(parameters: ["seed": "7"], to: out)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: a.path).sorted()
        #expect(names == ["ablation.csv", "calibration.csv", "capture_curve.csv", "coefficients.csv", "disparity.csv", "fitted_model.json",
                          "manifest.json", "metrics.csv", "origins.csv", "predictions.csv"])
        for name in names {
            #expect(try Data(contentsOf: a.appendingPathComponent(name)) == Data(contentsOf: b.appendingPathComponent(name)), "\(name)")
        }
    }

    @Test("documented headers, owner-only files, no person identifier anywhere but predictions.csv")
    func shapes() throws {
        let out = BacktestFixtures.temporaryDirectory("out")
        _ = try Self.write(to: out)
        func text(_ name: String) throws -> String { try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8) }
        #expect(try text("metrics.csv").hasPrefix("origin,model,outcome,metric,k,value,ci_low,ci_high\n"))
        #expect(try text("capture_curve.csv").hasPrefix("origin,model,outcome,share_scored,k,capture\n"))
        #expect(try text("calibration.csv").hasPrefix("origin,model,outcome,decile,people,positives,observed_rate,mean_score,min_score,max_score\n"))
        #expect(try text("disparity.csv").hasPrefix("origin,model,outcome,k,attribute,group,scored,scored_share,outcome_persons,outcome_share,listed,listed_share,ppv,capture\n"))
        #expect(try text("coefficients.csv").hasPrefix("origin,model,outcome,feature,coefficient,std_error,z,mean,scale,"))
        let metrics = try text("metrics.csv")
        #expect(metrics.contains("\n2020-06-30,random,either,capture,1%,"))
        #expect(metrics.contains("\npooled,composite,shot,roc_auc,,"))
        #expect(metrics.contains("\n2021-06-30,composite,,jaccard,1%,"))
        #expect(metrics.contains("\npooled,fitted,either,brier,,"))
        #expect(metrics.contains("\npooled,fitted_no_network,shot,roc_auc,,"))
        #expect(metrics.contains("\n2020-06-30,composite,shot,lift_population,1%,"))
        #expect(try text("ablation.csv").hasPrefix("origin,model,outcome,metric,k,fitted,ablated,difference,ci_low,ci_high\n"))
        #expect(try text("ablation.csv").contains("\npooled,fitted_no_network,shot,capture,1%,"))
        #expect(try text("coefficients.csv").contains("\n2020-06-30,fitted_no_exposure,shot,log_degree,"))
        #expect(!metrics.contains(",points,either,brier,"), "no Brier score for a score that is not a probability")
        let records = try BacktestFixtures.example.get()
        let ids = Set(records.personIDs)
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
            let tokens = try text(name).split { ",\n\" :[]{}".contains($0) }.map(String.init)
            if name == "predictions.csv" { #expect(tokens.contains { ids.contains($0) }, "predictions.csv names the people"); continue }
            #expect(!tokens.contains { ids.contains($0) }, "\(name) holds no person id")
        }
    }

    @Test("calibration_chi2 and calibration_p of each fitted origin recomputed from calibration.csv as written")
    func calibrationTestRows() throws {
        let out = BacktestFixtures.temporaryDirectory("out")
        _ = try Self.write(to: out)
        func rows(_ name: String) throws -> [[String]] {
            try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").dropFirst()
                .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        }
        let metrics = try rows("metrics.csv"), calibration = try rows("calibration.csv")
        let tests = metrics.filter { $0[3] == "calibration_chi2" }
        #expect(!tests.isEmpty)
        #expect(!tests.contains { $0[0] == "pooled" }, "pooled deciles mix origins that share people: no test")
        for row in tests {
            // Σ (O − n p̄)² / (n p̄ (1 − p̄)) over the non-empty deciles of that origin, model and outcome.
            let bins = calibration.filter { $0[0] == row[0] && $0[1] == row[1] && $0[2] == row[2] && $0[4] != "0" }
            let c = bins.reduce(0.0) { sum, b in
                let n = Double(b[4])!, o = Double(b[5])!, p = Double(b[7])!
                return sum + (o - n * p) * (o - n * p) / (n * p * (1 - p))
            }
            #expect(abs(Double(row[5])! - c) <= 1e-3 * max(1, c), "\(row[0]) \(row[1]) \(row[2])")
            let p = try #require(metrics.first { $0[0] == row[0] && $0[1] == row[1] && $0[2] == row[2] && $0[3] == "calibration_p" })
            #expect(abs(Double(p[5])! - CalibrationTest.chiSquareTail(c, degreesOfFreedom: bins.count)) < 1e-3)
        }
    }

    @Test("the manifest records inputs' SHA-256, versions, seeds, origins and every output's SHA-256")
    func manifest() throws {
        let out = BacktestFixtures.temporaryDirectory("out")
        let manifest = try Self.write(to: out)
        #expect(manifest.inputs.map(\.kind).contains("arrests"))
        #expect(manifest.inputs.allSatisfy { $0.sha256.count == 64 })
        #expect(manifest.focusnetVersion == Versions.focusNet && manifest.igraphVersion == Versions.igraph)
        #expect(!manifest.openblasVersion.isEmpty)
        #expect(manifest.settings.seed == 7 && manifest.settings.useCurrentCustodyStatus == false)
        #expect(manifest.origins.map(\.date) == ["2020-06-30", "2021-06-30"])
        #expect(manifest.origins[0].trainingOrigins == ["2018-12-31"])   // D − W; D − 2W is before the first arrest
        for output in manifest.outputs {
            let text = try String(contentsOf: out.appendingPathComponent(output.name), encoding: .utf8)
            #expect(BacktestManifest.sha256(text) == output.sha256, "\(output.name)")
        }
        let json = try String(contentsOf: out.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(json.contains("\"outcome_window\" : \"18mo\""))
    }
}

@Suite struct InterventionsCSVTests {
    @Test("interventions.csv: people notified a month before D, by rank band")
    func interventions() throws {
        let records = try BacktestFixtures.example.get()
        let d = BacktestFixtures.day("2021-06-30")
        let snapshot = try OriginSnapshot(records: records, context: ScoringContext(records: records),
                                          configuration: RankConfiguration(), origin: d,
                                          outcomeWindow: CalendarPeriod("18mo")!, outcomes: [.either])
        // The ten highest composite scores were called in a month before D.
        let top = RankedScores(snapshot.inputs.composite).top(10).map { records.personIDs[Int(snapshot.persons[$0])] }
        let text = "person_id,date,type\n" + top.map { "\($0),2021-05-31,call-in\n" }.joined()
        let url = try BacktestFixtures.directory(["log.csv": text]).appendingPathComponent("log.csv")
        var configuration = BacktestFixtures.configuration(origins: [d], outcomes: [.either], replicates: 0)
        configuration.interventions = try InterventionLog.read(url, records: records)
        let marked = try Backtest(records: records, configuration: configuration)
        let csv = BacktestOutput(backtest: marked, records: records).interventions()
        #expect(csv.hasPrefix("origin,outcome,band,group,people,positives,rate\n2021-06-30,either,top 1%,notified,"))
    }
}
