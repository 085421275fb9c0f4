import Foundation
import Testing
@testable import focusnet
import FocusNet

/// `export` and `backtest` that would come out empty say why and stop with exit 65, unless
/// `--allow-empty`; zero outcomes is a finding said in the notes, not an error. The command
/// prints the reason's description (checked here on the values the command prints).
@Suite struct EmptyResultTests {
    /// Runs the command line; returns the exit code the binary would exit with.
    static func run(_ arguments: [String]) -> Int32 { RankCommandTests.run(arguments) }

    static let dataEnd = CalendarDay(year: 2021, month: 1, day: 1)!

    static func records(_ folder: URL) throws -> RecordSet {
        try RecordSet.read(InputSources([.arrests: folder.appendingPathComponent("arrests.csv")]), dataEnd: dataEnd)
    }

    static func exportReason(_ folder: URL, asOf: CalendarDay, area: String? = nil, aroundList: Bool) throws -> String? {
        let records = try Self.records(folder)
        let context = ScoringContext(records: records)
        var configuration = RankConfiguration()
        configuration.area = area
        let ranking = try Ranking(records: records, asOf: asOf, configuration: configuration, context: context)
        return NetworkExport.emptyReason(ranking: ranking, records: records, context: context, aroundList: aroundList)?.description
    }

    static func backtestReason(_ folder: URL, asOf: CalendarDay) throws -> String? {
        let configuration = BacktestConfiguration(scoring: RankConfiguration(), origins: [asOf], outcomes: [.arrest],
                                                  bootstrapReplicates: 0, dataEnd: dataEnd)
        return try Backtest(records: try Self.records(folder), configuration: configuration).emptyReason?.description
    }

    /// Two people arrested together on 2020-05-01; the data end 2021-01-01.
    static func arrests() throws -> (folder: URL, args: [String]) {
        let folder = RankCommandTests.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("arrests.csv")
        try "arrest_id,person_id,arrest_date\nA1,p1,2020-05-01\nA1,p2,2020-05-01\n".write(to: file, atomically: true, encoding: .utf8)
        return (folder, ["--arrests", file.path, "--data-end", "2021-01-01", "--quiet"])
    }

    @Test("export --whole before the first arrest: exit 65 naming the window and the first arrest; nothing written")
    func exportBeforeTheData() throws {
        let (folder, input) = try Self.arrests()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = Self.run(["export"] + input + ["--as-of", "2020-01-01", "--whole", "--out", out.path])
        #expect(result == 65)
        #expect(try Self.exportReason(folder, asOf: CalendarDay(year: 2020, month: 1, day: 1)!, aroundList: false)
                == "the network is empty: nobody has a record in (−∞, 2020-01-01]; the first arrest in the records is dated 2020-05-01")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("export around a list emptied by an unknown --area: exit 65 naming the known areas; --allow-empty writes an empty export")
    func exportUnknownArea() throws {
        let (folder, input) = try Self.arrests()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let args = ["export"] + input + ["--as-of", "2020-12-01", "--area", "Nowhere", "--out", out.path, "--format", "i2"]
        let result = Self.run(args)
        #expect(result == 65)
        #expect(try Self.exportReason(folder, asOf: CalendarDay(year: 2020, month: 12, day: 1)!, area: "Nowhere", aroundList: true)
                == "the call-in list the export is drawn around is empty: no record names the area 'Nowhere'; "
                + "the areas in the records are: none (no persons file with an area column)")
        #expect(Self.run(args + ["--allow-empty"]) == 0)
        let entities = try String(contentsOf: out.appendingPathComponent("entities.csv"), encoding: .utf8)
        #expect(entities.split(separator: "\n").count == 1, "header only")
        #expect(Self.run(["export"] + input + ["--as-of", "2020-12-01", "--area", "Nowhere", "--whole", "--format", "i2",
                                               "--out", folder.appendingPathComponent("whole").path]) == 0,
                "--whole is not drawn around the list: the two people are exported")
    }

    @Test("backtest whose only as-of date is before the data: exit 65 naming the origin and the first arrest")
    func backtestNoOrigin() throws {
        let (folder, input) = try Self.arrests()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = Self.run(["backtest"] + input + ["--as-of", "2019-01-01", "--bootstrap", "0", "--no-store", "--out", out.path])
        #expect(result == 65)
        #expect(try Self.backtestReason(folder, asOf: CalendarDay(year: 2019, month: 1, day: 1)!)
                == "no as-of date has anyone to score (2019-01-01: no arrest in the window (−∞, 2019-01-01]); "
                + "the first arrest in the records is dated 2020-05-01")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test("backtest whose outcome window runs past the data's end with no outcome: exit 65; --allow-empty writes it")
    func backtestNoOutcomeObservable() throws {
        let (folder, input) = try Self.arrests()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let args = ["backtest"] + input + ["--as-of", "2020-12-01", "--bootstrap", "0", "--no-store", "--out", out.path]
        let result = Self.run(args)
        #expect(result == 65)
        #expect(try Self.backtestReason(folder, asOf: CalendarDay(year: 2020, month: 12, day: 1)!)
                == "no outcome can be seen: every outcome window runs past the end of the data (2021-01-01) and holds no outcome; "
                + "choose as-of dates at least one outcome window before it")
        #expect(Self.run(args + ["--allow-empty"]) == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("metrics.csv").path))
    }

    @Test("zero outcomes in a window the data cover is a finding: exit 0, said in the notes")
    func zeroOutcomesIsAFinding() throws {
        let (folder, _) = try Self.arrests()
        defer { try? FileManager.default.removeItem(at: folder) }
        let records = try Self.records(folder)
        let configuration = BacktestConfiguration(
            scoring: RankConfiguration(), origins: [CalendarDay(year: 2020, month: 6, day: 1)!],
            outcomeWindow: CalendarPeriod(count: 3, unit: .months), outcomes: [.arrest], bootstrapReplicates: 0,
            dataEnd: CalendarDay(year: 2021, month: 1, day: 1)!)
        let backtest = try Backtest(records: records, configuration: configuration)
        #expect(backtest.emptyReason == nil)
        #expect(backtest.notes.contains("no scored person had the outcome 'arrest' in any outcome window: its metrics measure nothing"))
    }

    @Test("rank on ties + persons: the untied people are scored, not listed; all untied at D: exit 65 saying so")
    func rosterIsolates() throws {
        let folder = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ties = folder.appendingPathComponent("ties.csv"), persons = folder.appendingPathComponent("persons.csv")
        try "source,target,date\na,b,2020-06-01\n".write(to: ties, atomically: true, encoding: .utf8)
        try "person_id\na\nb\nc\n".write(to: persons, atomically: true, encoding: .utf8)
        let input = ["rank", "--ties", ties.path, "--persons", persons.path, "--data-end", "2021-01-01", "--quiet"]
        let out = folder.appendingPathComponent("out")
        #expect(Self.run(input + ["--as-of", "2020-12-31", "--out", out.path]) == 0)
        let scores = try String(contentsOf: out.appendingPathComponent("scores.csv"), encoding: .utf8).split(separator: "\n")
        #expect(scores.count == 4, "a, b and c are scored")
        #expect(scores.contains { $0.hasPrefix("3,c,0,0,") }, "c: rank 3, degree 0, strength 0")
        let list = try String(contentsOf: out.appendingPathComponent("call_in_list.csv"), encoding: .utf8).split(separator: "\n")
        #expect(list.count == 3, "a and b listed, c not")
        let early = Self.run(input + ["--as-of", "2020-01-01", "--out", folder.appendingPathComponent("early").path])
        #expect(early == 65)
        let records = try RecordSet.read(InputSources([.ties: ties, .persons: persons]), dataEnd: Self.dataEnd)
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: CalendarDay(year: 2020, month: 1, day: 1)!, configuration: RankConfiguration(),
                                  context: context)
        #expect(ranking.emptyListReason(records: records, context: context) == .nobodyTied(people: 3, window: "(−∞, 2020-01-01]"))
        // A backtest origin before the first tie has nothing dated in its window: left out, so
        // the roster is not scored at a date before the network existed (look-ahead).
        let backtest = Self.run(["backtest", "--ties", ties.path, "--persons", persons.path, "--data-end", "2021-01-01", "--quiet",
                                 "--as-of", "2020-01-01", "--bootstrap", "0", "--no-store",
                                 "--out", folder.appendingPathComponent("bt").path])
        #expect(backtest == 65)
    }
}
