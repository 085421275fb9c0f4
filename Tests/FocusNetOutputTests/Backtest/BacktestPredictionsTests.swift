import Foundation
import FocusNetGraph
import Testing
@testable import FocusNetEvaluation
import FocusNetTestSupport
@testable import FocusNetOutput

@Suite struct BacktestPredictionsTests {
    /// Four people, one origin D = 2020-06-30, outcome: a later arrest.
    ///
    ///     A1 2020-05-01: p1 p2        prior arrests at D: p1 2, p2 2, p3 1, p4 1
    ///     A2 2020-06-01: p1           ties: p1–p2, p2–p3, p3–p4
    ///     A3 2020-06-10: p2 p3
    ///     A4 2020-06-20: p3 p4
    ///     A5 2020-09-01: p4  (after D: the only outcome)
    ///
    /// prior_arrests: p1 2, p2 2, p3 2, p4 1 — ranks p1 1, p2 2, p3 3 (tied at 2, by id), p4 4; nobody was shot, so
    /// prior_victimization ties everyone at 0 and ranks by id. No training origin closes by D:
    /// every fitted model's cells are empty.
    static let arrests = """
        arrest_id,person_id,arrest_date
        A1,p1,2020-05-01
        A1,p2,2020-05-01
        A2,p1,2020-06-01
        A3,p2,2020-06-10
        A3,p3,2020-06-10
        A4,p3,2020-06-20
        A4,p4,2020-06-20
        A5,p4,2020-09-01

        """

    static func run(pseudonymizer: Pseudonymizer? = nil) throws -> (csv: String, records: RecordSet, backtest: Backtest) {
        let records = try BacktestFixtures.records(["arrests.csv": arrests])
        let backtest = try Backtest(records: records, configuration: BacktestFixtures.configuration(
            origins: [BacktestFixtures.day("2020-06-30")], outcomes: [.arrest], replicates: 0))
        var csv = ""
        BacktestOutput(backtest: backtest, records: records, pseudonymizer: pseudonymizer).predictions { csv += $0 }
        return (csv, records, backtest)
    }

    @Test("predictions.csv of a hand-computed backtest: header, ranks with ties by id, outcome flags, empty cells for unfitted models")
    func handComputed() throws {
        let (csv, _, backtest) = try Self.run()
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.last == [""], "ends in a newline")
        let header = lines[0]
        #expect(header == ["origin", "person_id", "prior_arrests_score", "prior_arrests_rank", "prior_victimization_score",
                           "prior_victimization_rank", "demographic_arrest_probability", "demographic_arrest_rank", "points_score",
                           "points_rank", "network_score", "network_rank", "composite_score", "composite_rank",
                           "fitted_arrest_probability", "fitted_arrest_rank", "fitted_no_network_arrest_probability",
                           "fitted_no_network_arrest_rank", "fitted_no_exposure_arrest_probability", "fitted_no_exposure_arrest_rank",
                           "outcome_arrest"])
        let rows = lines.dropFirst().dropLast()
        #expect(rows.count == 4)
        func column(_ name: String) -> Int { header.firstIndex(of: name)! }
        var byPerson: [String: [String]] = [:]
        for row in rows { byPerson[row[column("person_id")]] = row }
        func cells(_ id: String, _ names: String...) -> [String] { names.map { byPerson[id]![column($0)] } }
        #expect(cells("p1", "origin", "prior_arrests_score", "prior_arrests_rank", "prior_victimization_score", "prior_victimization_rank", "outcome_arrest")
            == ["2020-06-30", "2", "1", "0", "1", "0"])
        #expect(cells("p2", "prior_arrests_score", "prior_arrests_rank", "prior_victimization_rank", "outcome_arrest") == ["2", "2", "2", "0"])
        #expect(cells("p3", "prior_arrests_score", "prior_arrests_rank", "prior_victimization_rank", "outcome_arrest") == ["2", "3", "3", "0"])
        #expect(cells("p4", "prior_arrests_score", "prior_arrests_rank", "prior_victimization_rank", "outcome_arrest") == ["1", "4", "4", "1"])
        for name in header where name.hasPrefix("fitted") || name.hasPrefix("demographic") {
            #expect(rows.allSatisfy { $0[column(name)].isEmpty }, "\(name) is empty without a fitted model")
        }
        // Rows run by composite rank, and every rank column follows its scores (ties by id).
        #expect(rows.map { $0[column("composite_rank")] } == ["1", "2", "3", "4"])
        let composite = try #require(backtest.origins[0].entries.first { $0.model == .composite })
        for row in rows {
            let p = backtest.origins[0].snapshot.persons.firstIndex { "p\($0 + 1)" == row[column("person_id")] }!
            #expect(abs(Double(row[column("composite_score")])! - composite.ranked.scores[p]) <= 1e-6 * composite.ranked.scores[p])
        }
        for model in ["points", "network", "composite"] {
            let ranked = rows.sorted { Int($0[column("\(model)_rank")])! < Int($1[column("\(model)_rank")])! }
            let scores = ranked.map { Double($0[column("\(model)_score")])! }
            #expect(scores == scores.sorted(by: >), "\(model)")
            #expect(Set(ranked.map { $0[column("\(model)_rank")] }) == ["1", "2", "3", "4"])
        }
    }

    @Test("a pseudonymized run writes keyed pseudonyms and no person id in any file; the manifest says so")
    func pseudonymized() throws {
        let key = try Pseudonymizer(keyBytes: Data(repeating: 7, count: 32))
        let (csv, records, backtest) = try Self.run(pseudonymizer: key)
        let ids = csv.split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[1]) }
        #expect(Set(ids) == Set(records.personIDs.map(key.pseudonym)))
        let out = BacktestFixtures.temporaryDirectory("out")
        let manifest = try BacktestOutput(backtest: backtest, records: records, pseudonymizer: key).write(parameters: [:], to: out)
        #expect(manifest.parameters["pseudonymized"] == "yes (HMAC-SHA-256)")
        for name in try FileManager.default.contentsOfDirectory(atPath: out.path) {
            let tokens = try String(contentsOf: out.appendingPathComponent(name), encoding: .utf8).split { ",\n\" :[]{}".contains($0) }
            #expect(!tokens.contains { records.personIDs.contains(String($0)) }, "\(name)")
        }
    }

    @Test("scores keep 6 significant digits")
    func digits() {
        #expect(significant(0.123456789, 6) == "0.123457")
        #expect(significant(2, 6) == "2")
        #expect(significant(0.000012345678, 6) == "1.23457e-05")
        #expect(significant(.nan, 6) == "")
    }
}
