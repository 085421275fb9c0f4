import Foundation
import Testing
@testable import focusnet
import FocusNet

/// A list that comes out empty says why and stops with exit 65, unless `--allow-empty`.
@Suite struct EmptyListTests {
    static func rank(_ extra: [String], out: URL) -> Int32 {
        RankCommandTests.run(["rank", "--data", RankCommandTests.exampleData.path, "--quiet", "--out", out.path] + extra)
    }

    @Test("an as-of date before the first arrest: exit 65, nothing written; --allow-empty writes the empty list")
    func beforeTheData() throws {
        let out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(Self.rank(["--as-of", "2010-01-01"], out: out) == 65)
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(Self.rank(["--as-of", "2010-01-01", "--allow-empty"], out: out) == 0)
        let list = try String(contentsOf: out.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        #expect(list.split(separator: "\n").count == 1, "header only")
    }

    @Test("the reasons, in words: the window and first arrest, the known areas, the exclusions")
    func reasons() throws {
        let records = try RecordSet.read(InputSources(directory: RankCommandTests.exampleData))
        let context = ScoringContext(records: records)
        let early = try Ranking(records: records, asOf: CalendarDay(year: 2010, month: 1, day: 1)!, configuration: RankConfiguration(),
                                context: context)
        let first = try #require(records.reports.first { $0.kind == .arrests }?.firstDate)
        #expect(early.emptyListReason(records: records, context: context)
                == .nobodyInWindow(window: "(−∞, 2010-01-01]", firstArrest: first.description))

        let asOf = CalendarDay(year: 2023, month: 12, day: 31)!
        var nowhere = RankConfiguration()
        nowhere.area = "Nowhere"
        let r = try Ranking(records: records, asOf: asOf, configuration: nowhere, context: context)
        guard case .unknownArea(let area, let known)? = r.emptyListReason(records: records, context: context) else {
            Issue.record("expected an unknown area"); return
        }
        #expect(area == "Nowhere" && known == ["A01", "A02", "A03", "A04", "A05", "A06"])

        let arrestsOnly = try RecordSet.read(InputSources([.arrests: RankCommandTests.exampleData.appendingPathComponent("arrests.csv")]))
        var supervised = RankConfiguration()
        supervised.eligibility.requireSupervision = true
        let s = try Ranking(records: arrestsOnly, asOf: asOf, configuration: supervised)
        let reason = try #require(s.emptyListReason(records: arrestsOnly, context: ScoringContext(records: arrestsOnly)))
        #expect(reason == .supervisionUnknown)
        #expect(reason.description.contains("persons file with a supervision column"))
        // With the persons file, supervision is known and nobody is excluded for it.
        let withPersons = try Ranking(records: records, asOf: asOf, configuration: supervised, context: context)
        #expect(withPersons.emptyListReason(records: records, context: context) == nil)
        #expect(try Ranking(records: records, asOf: asOf, configuration: RankConfiguration(), context: context)
            .emptyListReason(records: records, context: context) == nil)
    }

    @Test("--area that no record names, and --require-supervision without a persons file, stop with exit 65")
    func filters() throws {
        let out = RankCommandTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(Self.rank(["--as-of", "2023-12-31", "--area", "Nowhere"], out: out) == 65)
        #expect(RankCommandTests.run(["rank", "--arrests", RankCommandTests.exampleData.appendingPathComponent("arrests.csv").path,
                                      "--as-of", "2023-12-31", "--require-supervision", "--quiet", "--out", out.path]) == 65)
        #expect(Self.rank(["--as-of", "2023-12-31", "--area", "A02"], out: out) == 0)
    }
}
