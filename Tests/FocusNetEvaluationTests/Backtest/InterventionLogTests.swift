import Foundation
import FocusNetGraph
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct InterventionLogTests {
    static func records() throws -> RecordSet {
        try BacktestFixtures.records([
            "arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2021-01-01\nA1,p2,2021-01-01\nA2,p3,2021-02-01\n",
            "aliases.csv": "alias_id,person_id\nx3,p3\n",
        ])
    }

    static func log(_ text: String) throws -> URL {
        try BacktestFixtures.directory(["log.csv": text]).appendingPathComponent("log.csv")
    }

    @Test("rows resolve through aliases; unknown people are counted; notified means dated in (D − within, D]")
    func readAndMark() throws {
        let records = try Self.records()
        let url = try Self.log("person_id,date,type\np1,2021-03-01,call-in\n\"x3\",2021-06-30,custom notification\nnobody,2021-03-01,call-in\np2,2020-01-01,call-in\n")
        let log = try InterventionLog.read(url, records: records)
        #expect(log.rows == 4 && log.entries.count == 3 && log.unknownPersons == 1)
        #expect(log.sha256.count == 64)
        let persons = (0..<3).map(Int32.init)     // p1, p2, p3
        #expect(log.notified(at: BacktestFixtures.day("2021-06-30"), within: CalendarPeriod("12mo")!, persons: persons) == [true, false, true])
        #expect(log.notified(at: BacktestFixtures.day("2021-06-29"), within: CalendarPeriod("12mo")!, persons: persons) == [true, false, false])
    }

    @Test("errors name the file, line and column, never a person id")
    func errors() throws {
        let records = try Self.records()
        let noDate = try Self.log("person_id,when\np1,2021-01-01\n")
        #expect(throws: BacktestError.interventionLog(file: noDate.path, line: 1, column: "date", value: "", reason: "missing column")) {
            try InterventionLog.read(noDate, records: records)
        }
        let badDate = try Self.log("person_id,date\np1,01/02/2021\n")
        #expect(throws: BacktestError.interventionLog(file: badDate.path, line: 2, column: "date", value: "01/02/2021", reason: "not a date YYYY-MM-DD")) {
            try InterventionLog.read(badDate, records: records)
        }
        let blank = try Self.log("person_id,date\n ,2021-01-01\n")
        #expect(throws: BacktestError.interventionLog(file: blank.path, line: 2, column: "person_id", value: "", reason: "blank person id")) {
            try InterventionLog.read(blank, records: records)
        }
        let empty = try Self.log("")
        #expect { try InterventionLog.read(empty, records: records) } throws: { error in
            if case .interventionLog(_, 1, _, _, _) = error as? BacktestError { true } else { false }
        }
    }

    @Test("CSV fields: quotes, doubled quotes, commas inside quotes")
    func fields() {
        #expect(InterventionLog.fields("a,\"b,c\",\"d\"\"e\",") == ["a", "b,c", "d\"e", ""])
    }
}
