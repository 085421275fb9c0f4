import ArgumentParser
import Foundation
import Testing
@testable import focusnet
import FocusNet

/// The data gate of every command that reads records: a mostly rejected input, or a file that
/// yields no row, stops the run with exit 65 before anything is computed; an unusable mapping
/// is a usage error (64) in every command.
@Suite struct DataGateTests {
    /// Five arrest rows, two rejected (a blank person id, 30 February): 40% rejected.
    static func dirty() throws -> URL {
        try ValidateCommandTests.dir(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-01-01\nA1,p2,2020-01-01\n"
            + "A2,,2020-01-02\nA3,p3,2020-02-30\nA4,p2,2020-03-01\n"])
    }

    @Test("rank, call-in, export and backtest stop at 40% rejected rows (exit 65) and name the reasons", arguments: [
        ["rank"], ["call-in"], ["export"],
    ])
    func tooManyRejected(command: [String]) throws {
        let data = try Self.dirty(), out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        let base = command + ["--data", data.path, "--as-of", "2020-12-31", "--data-end", "2021-01-01", "--quiet"]
        #expect(RankCommandTests.run(base + ["--out", out.path]) == 65)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("manifest.json").path), "nothing computed or written")
        #expect(RankCommandTests.run(base + ["--max-reject-rate", "0.5", "--out", out.path]) == 0)
    }

    @Test("backtest stops at the gate too")
    func backtest() throws {
        let data = try Self.dirty(), out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        #expect(RankCommandTests.run(["backtest", "--data", data.path, "--as-of", "2020-06-30", "--data-end", "2021-01-01",
                                      "--no-store", "--quiet", "--out", out.path]) == 65)
    }

    @Test("the gate's sentence names the share, the limit and the most frequent reasons")
    func message() throws {
        let records = try RecordSet.read(InputSources([.arrests: Self.dirty().appendingPathComponent("arrests.csv")]),
                                         dataEnd: CalendarDay(year: 2021, month: 1, day: 1)!)
        #expect(throws: DataGate.Failure.self) { try DataGate().check(records) }
        do { try DataGate().check(records) } catch {
            #expect(error.description.hasPrefix("2 of 5 rows were rejected (40.00%), more than --max-reject-rate allows (1.00%)"))
            #expect(error.description.contains("arrests: "))
        }
        #expect(throws: Never.self) { try DataGate(maxRejectRate: 0.4).check(records) }
    }

    @Test("codes of the export's own (robo, homicidio) rejected: the gate says where their translation goes")
    func ownCodes() throws {
        let data = try ValidateCommandTests.dir(["arrests.csv": "arrest_id,person_id,arrest_date,offense_category\n"
            + "A1,P1,2020-01-02,robo\nA2,P2,2020-01-03,homicidio\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        let records = try RecordSet.read(InputSources(directory: data), dataEnd: CalendarDay(year: 2021, month: 1, day: 1)!)
        do {
            try DataGate().check(records)
            Issue.record("the gate let every row's unknown code through")
        } catch {
            #expect(error.description.contains("unknown offense_category code"))
            #expect(error.description.contains("unknown_codes: other") && error.description.contains("spanish-prosecutor.yaml"))
        }
    }

    @Test("a header-only file accepts no row: exit 65 with that reason, whatever the reject rate")
    func headerOnly() throws {
        let data = try ValidateCommandTests.dir(["arrests.csv": "arrest_id,person_id,arrest_date\n"])
        let out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: out) }
        #expect(RankCommandTests.run(["rank", "--data", data.path, "--as-of", "2020-12-31", "--max-reject-rate", "1",
                                      "--quiet", "--out", out.path]) == 65)
        let records = try RecordSet.read(InputSources(directory: data))
        #expect(throws: DataGate.Failure.nothingAccepted(kinds: ["arrests"], reasons: [])) { try DataGate(maxRejectRate: 1).check(records) }
    }

    @Test("an unusable inline mapping is a usage error (64) in rank as in validate")
    func mappingIsUsage() throws {
        let data = try ValidateCommandTests.dir(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2020-01-01\n"])
        defer { try? FileManager.default.removeItem(at: data) }
        #expect(RankCommandTests.run(["rank", "--data", data.path, "--as-of", "2020-12-31", "--map", "foo=bar",
                                      "--quiet", "--out", "/tmp/x"]) == 64)
    }
}
