import Foundation
import Testing
@testable import FocusNetGraph

/// The rule for rows of one pair (`--tie-duplicates`), each with a look-ahead trap: a row dated
/// after the as-of date must not change a tie in the window.
@Suite struct TieDuplicatesTests {
    static let asOf = CalendarDay(year: 2020, month: 12, day: 31)!

    static func read(_ text: String, rule: TieDuplicates?) throws -> RecordSet {
        let scratch = Scratch()
        defer { scratch.remove() }
        var mapping = MappingSet()
        mapping[.ties].duplicates = rule
        return try RecordSet.read(InputSources([.ties: scratch.file("ties.csv", text)]), mapping: mapping,
                                  dataEnd: CalendarDay(year: 2022, month: 1, day: 1)!)
    }

    static func weights(_ records: RecordSet) -> [Double] {
        CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                           window: ObservationWindow(asOf: asOf), ties: records.ties).graph.weights
    }

    // a–b three times: 2 (2020-03-01), 5 (2021-06-01, after D), 1 (undated); c–d once.
    static let file = "source,target,weight,date\na,b,2,2020-03-01\nb,a,5,2021-06-01\na,b,1,\nc,d,4,\n"

    @Test("sum (default): the rows in the window add up — 2 + 1 = 3; the row dated after D is not read; 2 rows counted")
    func sum() throws {
        let records = try Self.read(Self.file, rule: nil)
        #expect(Self.weights(records) == [3, 4])
        let report = try #require(records.reports.first)
        #expect(report.accepted == 4 && report.warnings == [TieDuplicates.sum.warning: 2])
    }

    @Test("max: the largest weight in the window — 2, not the 5 dated after D")
    func max() throws {
        let records = try Self.read(Self.file, rule: .max)
        #expect(Self.weights(records) == [2, 4])
        #expect(records.reports.first?.warnings == [TieDuplicates.max.warning: 2])
        let later = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                       window: ObservationWindow(asOf: CalendarDay(year: 2021, month: 12, day: 31)!), ties: records.ties)
        #expect(later.graph.weights == [5, 4], "at a later D the 5 is in the window")
    }

    @Test("reject: every row of the repeated pair a–b is rejected, each naming its lines; c–d stays; counts reconcile")
    func reject() throws {
        let records = try Self.read(Self.file, rule: .reject)
        let report = try #require(records.reports.first)
        #expect(report.rowsRead == 4 && report.accepted == 1 && report.rejected == 3 && report.reconciles)
        #expect(report.warnings.isEmpty && report.rejectedByReason == [TieDuplicates.rejectionReason: 3])
        #expect(records.rejects.map(\.line) == [2, 3, 4] && Set(records.rejects.map(\.value)) == ["lines 2, 3, 4"])
        #expect(Self.weights(records) == [4])
        #expect(report.firstDate == nil, "the dated rows were rejected: no date range")
    }

    @Test("reject keeps neither row of a pair listed twice, so no row dated after D (or before the window) decides the tie")
    func rejectKeepsNone() throws {
        let records = try Self.read("source,target,weight,date\na,b,7,2021-06-01\na,b,2,2020-03-01\n", rule: .reject)
        #expect(records.rejects.map(\.line) == [2, 3] && records.rejects.first?.value == "lines 2, 3")
        #expect(records.ties.rowCount == 0)
    }

    @Test("reject: people whose only rows are rejected do not enter the person index (found by the fuzzer)")
    func rejectedPeopleLeaveNoTrace() throws {
        let records = try Self.read("source,target\na,b\nb,a\nc,d\n", rule: .reject)
        #expect(records.personIDs == ["c", "d"])
        #expect(records.ties.rowCount == 1 && records.reports.first?.persons == 2)
    }

    @Test("each bad weight gets the documented reason", arguments: [
        ("-1", "weight is not a number > 0"), ("0", "weight is not a number > 0"), ("NaN", "weight is not a number > 0"),
        ("inf", "weight is not a number > 0"), ("1e400", "weight is not a number > 0"), ("abc", "weight is not a number > 0"),
        ("", "blank weight (leave the column out for weight 1)"), ("  ", "blank weight (leave the column out for weight 1)"),
    ])
    func badWeight(value: String, reason: String) throws {
        let records = try Self.read("source,target,weight\na,b,\(value)\na,c,1.5\n", rule: nil)
        #expect(records.rejects.count == 1 && records.rejects.first?.reason == reason && records.rejects.first?.line == 2)
        #expect(records.rejects.first?.value == value && records.ties.weight == [1.5])
    }

    @Test("the mapping's ties block takes duplicates: max; another block may not")
    func mapping() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let good = try MappingSet.load(scratch.file("m.yaml", "ties:\n  duplicates: max\n"))
        #expect(good[.ties].duplicates == .max && good[.arrests].duplicates == nil)
        #expect(throws: RecordError.invalidMapping(scratch.url.appendingPathComponent("n.yaml").path,
                                                   "arrests.duplicates: only a ties block has a duplicates rule")) {
            try MappingSet.load(scratch.file("n.yaml", "arrests:\n  duplicates: max\n"))
        }
        #expect(throws: RecordError.self) { try MappingSet.load(scratch.file("o.yaml", "ties:\n  duplicates: mean\n")) }
    }
}

/// People a persons file adds to a network given as ties.
@Suite struct RosterTests {
    @Test("ties + persons: a person listed only in persons.csv is a node of degree 0, counted; with arrests they are not")
    func isolates() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ties = scratch.file("ties.csv", "source,target\na,b\n")
        let persons = scratch.file("persons.csv", "person_id,birth_date\na,\nb,\nc,\nd,2021-05-01\n")
        let records = try RecordSet.read(InputSources([.ties: ties, .persons: persons]))
        let window = ObservationWindow(asOf: CalendarDay(year: 2020, month: 12, day: 31)!)
        // d is born after the as-of date: not a person of the network then (no look-ahead), one later.
        #expect(records.personIDs == ["a", "b", "c", "d"] && records.roster(in: window) == [0, 1, 2])
        #expect(records.roster(in: ObservationWindow(asOf: .latest)) == [0, 1, 2, 3])
        let report = try #require(records.reports.first { $0.kind == .persons })
        #expect(report.persons == 4 && report.warnings == [RecordSet.untiedPersonsWarning: 2])
        let net = CoOffendingNetwork(arrests: records.arrests, personCount: 4, window: window,
                                     ties: records.ties, roster: records.roster(in: window))
        #expect(net.persons == [0, 1, 2] && net.graph.weights == [1] && net.latestArrest == [nil, nil, nil])

        let arrests = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,a,2020-01-01\nA1,b,2020-01-01\n")
        let withArrests = try RecordSet.read(InputSources([.arrests: arrests, .persons: persons]))
        #expect(withArrests.roster(in: ObservationWindow(asOf: .latest)).isEmpty)
        #expect(withArrests.reports.allSatisfy { $0.warnings[RecordSet.untiedPersonsWarning] == nil })
    }
}
