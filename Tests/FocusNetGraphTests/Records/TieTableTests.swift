import Foundation
import Testing
@testable import FocusNetGraph

@Suite struct TieTableTests {
    @Test("ties: self-ties and blank or bad weights rejected, repeated pairs kept and counted, ends ordered, usable without arrests")
    func readTies() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.file("ties.csv", """
            source,target,weight,date
            b,a,2,2020-01-01
            a,b,2,2020-01-01
            a,c,,
            c,c,1,
            a,d,-1,
            a,e,x,

            """)
        let records = try RecordSet.read(InputSources([.ties: file]))
        let report = try #require(records.reports.first { $0.kind == .ties })
        #expect(report.rowsRead == 6 && report.accepted == 2 && report.deduplicated == 0 && report.rejected == 4)
        #expect(report.reconciles)
        #expect(Set(records.rejects.map(\.reason)) == ["tie of a person to themselves", "weight is not a number > 0",
                                                        "blank weight (leave the column out for weight 1)"])
        #expect(records.rejects.first { $0.column == "weight" && $0.value.isEmpty }?.line == 4, "a,c,, is line 4")
        #expect(records.ties.source == [0, 0] && records.ties.target == [1, 1])
        #expect(records.ties.weight == [2, 2], "the repeated pair is kept: its weights add up")
        #expect(report.warnings[TieDuplicates.sum.warning] == 1)
    }

    @Test("given ties join the co-offending layer; a dated tie after the as-of date is not read")
    func network() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let ties = scratch.file("ties.csv", "source,target,weight,date\na,b,3,\nb,c,1,2021-01-01\n")
        let arrests = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,a,2020-05-01\nA1,b,2020-05-01\n")
        let records = try RecordSet.read(InputSources([.ties: ties, .arrests: arrests]))
        let net = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                     window: ObservationWindow(asOf: CalendarDay(year: 2020, month: 12, day: 31)!), ties: records.ties)
        #expect(net.graph.nodeCount == 2)                       // c's only tie is dated 2021
        #expect(net.graph.weights == [4])                       // a–b: shared arrest 1 + given 3
        #expect(net.arrestCounts == [1, 1])
    }
}

@Suite struct TiePairRuleTests {
    @Test("an edge list with one row per shared event keeps every event: weight 3 for three rows; no weight column means weight 1")
    func oneRowPerEvent() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let file = scratch.file("ties.csv", "source,target\na,b\nb,a\na,b\nb,c\n")
        let records = try RecordSet.read(InputSources([.ties: file]))
        let report = try #require(records.reports.first { $0.kind == .ties })
        #expect(report.accepted == 4 && report.deduplicated == 0 && report.warnings[TieDuplicates.sum.warning] == 2)
        let net = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                     window: ObservationWindow(asOf: CalendarDay(year: 2021, month: 1, day: 1)!), ties: records.ties)
        #expect(net.graph.weights == [3, 1])
    }
}

@Suite struct SpreadsheetSafetyTests {
    @Test("rejected values that look like formulas are defused; others untouched")
    func formulas() {
        #expect(CSVWriter.spreadsheetSafe("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
        #expect(CSVWriter.spreadsheetSafe("+1") == "'+1" && CSVWriter.spreadsheetSafe("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSVWriter.spreadsheetSafe("P000123") == "P000123" && CSVWriter.spreadsheetSafe("") == "")
        let csv = Rejection.csv([Rejection(file: "a.csv", line: 3, column: "arrest_date", value: "=1+1", reason: "unparseable date")])
        #expect(csv == "file,line,column,value,reason\na.csv,3,arrest_date,'=1+1,unparseable date\n")
    }
}
