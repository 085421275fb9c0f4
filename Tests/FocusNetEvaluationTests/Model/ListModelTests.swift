import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct ListModelTests {
    static let asOf = BacktestFixtures.day("2022-12-31")

    /// The example region with `extra` lines appended to its files (canonical name → lines).
    static func example(appending extra: [String: String] = [:]) throws -> RecordSet {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: BacktestFixtures.exampleData.path) where name.hasSuffix(".csv") {
            files[name] = try String(contentsOf: BacktestFixtures.exampleData.appendingPathComponent(name), encoding: .utf8)
                + (extra[name] ?? "")
        }
        return try BacktestFixtures.records(files)
    }

    static func fit(_ records: RecordSet, outcome: OutcomeKind = .arrest) throws -> ListModel {
        try ListModel(records: records, context: ScoringContext(records: records), configuration: RankConfiguration(top: 20),
                      asOf: asOf, outcome: outcome, listSize: 20, seed: 3)
    }

    @Test("arrests as the outcome: fitted on D − 2W and D − W with λ validated, applied at D in probability order")
    func fitted() throws {
        let records = try Self.example()
        let list = try Self.fit(records)
        #expect(list.source == .fitted)
        let model = try #require(list.model)
        #expect(model.trainingOrigins == ["2019-12-31", "2021-06-30"] && model.validation?.heldOut == "2021-06-30")
        #expect(model.trainingPositives >= ListModel.minimumOutcomePersons)
        let evidence = try #require(list.evidence)
        #expect(evidence.origin == "2021-06-30" && evidence.listModel == "fitted" && evidence.rows.first?.model == "fitted")
        #expect(evidence.rows.map(\.model).contains("prior_arrests") && evidence.calibration.count == 10)
        // Applied at D: the list's order is the probabilities' order, ties by node.
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: RankConfiguration(top: 20), context: context)
        let ordered = list.apply(to: ranking, context: context)
        let p = model.probabilities(ranking: ranking, context: context)
        #expect(ordered.listScore.kind == .fitted && ordered.listScore.values == p)
        #expect(ordered.order == p.indices.sorted { p[$0] > p[$1] || (p[$0] == p[$1] && $0 < $1) })
        // Each person's terms add up to the log-odds.
        let top = ordered.order[0]
        let logit = log(p[top] / (1 - p[top]))
        let (a, b) = model.recalibration.map { ($0.intercept, $0.slope) } ?? (0, 1)
        #expect(abs(ordered.listScore.terms(top).reduce(a + b * model.intercept) { $0 + $1.logOdds } - logit) < 1e-9)
    }

    @Test("look-ahead trap: records dated after D change nothing; an outcome inside the training window does")
    func lookAhead() throws {
        let base = try Self.fit(try Self.example())
        let after = try Self.fit(try Self.example(appending: [
            "arrests.csv": "A9000001,P000001,2023-03-01,violent,1\nA9000002,P000002,2024-01-05,weapons,1\n",
            "victimizations.csv": "V9000001,P000003,2023-02-01,shot_nonfatal\n",
        ]))
        #expect(after.model == base.model && after.evidence == base.evidence)
        // An arrest in (D − W, D] for someone not arrested then is an outcome the model learns from.
        let inside = try Self.fit(try Self.example(appending: ["arrests.csv": "A9000003,P000010,2022-10-01,violent,1\n"]))
        #expect(inside.model != base.model)
    }

    @Test("too few outcome persons: the composite orders the list, saying so, with evidence for the composite")
    func fallback() throws {
        let list = try Self.fit(try Self.example(), outcome: .shooter)
        #expect(list.source == .composite && list.model == nil)
        #expect(list.note.contains("fewer than the \(ListModel.minimumOutcomePersons) a fitted model needs"))
        #expect(list.evidence?.listModel == "composite")
        let records = try Self.example()
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: RankConfiguration(top: 20), context: context)
        #expect(list.apply(to: ranking, context: context).order == ranking.order)
    }

    @Test("records that start after D − W: no training origin, the composite, saying why")
    func noHistory() throws {
        let records = try Self.example()
        let list = try ListModel(records: records, context: ScoringContext(records: records), configuration: RankConfiguration(),
                                 asOf: BacktestFixtures.day("2019-01-31"), outcome: .arrest, listSize: 20)
        #expect(list.source == .composite && list.evidence == nil && list.note.contains("records start 2018-01-01"))
    }

    @Test("--model: a saved model orders the list with the same probabilities; a file without the outcome is refused")
    func modelFile() throws {
        let records = try Self.example()
        let fitted = try Self.fit(records)
        let url = BacktestFixtures.temporaryDirectory("model").appendingPathExtension("json")
        defer { try? FileManager.default.removeItem(at: url) }
        try FittedModelFile(models: [fitted.model!]).json().write(to: url, atomically: true, encoding: .utf8)
        let loaded = try ListModel(file: url, outcome: nil)
        #expect(loaded.source == .file && loaded.model == fitted.model && loaded.outcome == .arrest)
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: RankConfiguration(top: 20), context: context)
        #expect(loaded.apply(to: ranking, context: context).order == fitted.apply(to: ranking, context: context).order)
        #expect(throws: BacktestError.modelFile(path: url.relativePath, reason: "no fitted model for outcome shot (it holds arrest)")) {
            try ListModel(file: url, outcome: .shot)
        }
    }

    @Test("--model refuses a file that is not a fitted list model: short standard errors, a huge number, another format, a sex term, too few outcome persons")
    func hostileModelFiles() throws {
        let model = try #require(try Self.fit(try Self.example()).model)
        let url = BacktestFixtures.temporaryDirectory("model").appendingPathExtension("json")
        defer { try? FileManager.default.removeItem(at: url) }
        func refused(_ edit: (inout FittedModel) -> Void, format: String = "focusnet-fitted-model") throws -> Bool {
            var m = model
            edit(&m)
            var file = FittedModelFile(models: [m])
            file.format = format
            try file.json().write(to: url, atomically: true, encoding: .utf8)
            do { _ = try ListModel(file: url, outcome: nil); return false } catch { return true }
        }
        #expect(try !refused { _ in })
        #expect(try refused { $0.standardErrors.removeLast() })
        #expect(try refused { $0.coefficients[0] = 1e300 })
        #expect(try refused({ _ in }, format: "not-a-model"))
        #expect(try refused { $0.features[0] = "sex=M" })
        #expect(try refused { $0.trainingPositives = ListModel.minimumOutcomePersons - 1 })
        #expect(try refused { $0.features[1] = $0.features[0] })
        // A model reading betweenness needs a run that computes it.
        var withBetweenness = model
        withBetweenness.features[0] = "betweenness_percentile"
        try FittedModelFile(models: [withBetweenness]).json().write(to: url, atomically: true, encoding: .utf8)
        let list = try ListModel(file: url, outcome: nil)
        #expect(throws: BacktestError.self) { try list.check(RankConfiguration()) }
        var configuration = RankConfiguration()
        configuration.reportsBetweenness = true
        try list.check(configuration)
    }
}
