import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ValidationReport")
struct ValidationReportTests {
    /// Persons with 1, 1, 2, 3, 5 and 20 distinct arrests; Q2 listed twice on one arrest.
    static func records() throws -> RecordSet {
        var rows = ["arrest_id,person_id,arrest_date,offense_category"]
        let arrestsOf = ["Q1": 1, "Q2": 1, "Q3": 2, "Q4": 3, "Q5": 5, "Q6": 20]
        for (person, n) in arrestsOf.sorted(by: { $0.key < $1.key }) {
            for a in 0..<n { rows.append("\(person)-A\(a),\(person),2022-01-\(10 + a % 10),violent") }
        }
        rows.append("Q2-A0,Q2,2022-01-10,weapons")
        rows.append("X,,2022-01-01,violent")
        return try readRecords([.arrests: rows.joined(separator: "\n") + "\n"]).records
    }

    @Test("arrests per person: buckets, mean, median and max over distinct arrests")
    func distribution() throws {
        let d = try ValidationReport(records: Self.records(), maxRejectRate: 0.01).arrestsPerPerson
        #expect(d.persons == 6)
        #expect(d.personArrests == 32)
        #expect(abs(d.mean - 32.0 / 6) < 1e-12)
        #expect(d.median == 2.5)
        #expect(d.max == 20)
        #expect(d.buckets.map(\.arrests) == ["1", "2", "3-4", "5-9", "10-19", "20+"])
        #expect(d.buckets.map(\.persons) == [2, 1, 1, 1, 0, 1])
    }

    @Test("a person listed again on one arrest is a warning; the reject rate decides pass or fail")
    func passFail() throws {
        let records = try Self.records()
        let strict = ValidationReport(records: records, maxRejectRate: 0.01)
        let file = try #require(strict.files.first)
        #expect(file.warnings == [ValidationReport.repeatedPersonWarning: 1])
        #expect((file.rowsRead, file.accepted, file.rejected, file.reconciles) == (34, 33, 1, true))
        #expect(abs(strict.rejectRate - 1.0 / 34) < 1e-12)
        #expect(!strict.passed)
        #expect(ValidationReport(records: records, maxRejectRate: 0.05).passed)
    }

    @Test("JSON has snake_case keys, stable bytes and dates as ISO text")
    func json() throws {
        let report = ValidationReport(records: try Self.records(), maxRejectRate: 0.05)
        let text = try report.json()
        #expect(try report.json() == text)
        for key in ["\"rows_read\"", "\"rejected_by_reason\"", "\"arrests_per_person\"", "\"reject_rate\"", "\"first_date\" : \"2022-01-10\"",
                    "\"data_end\" : \"2024-12-31\"", "\"reconciles\" : true", "\"passed\" : true"] {
            #expect(text.contains(key), "\(key)")
        }
        let decoded = try JSONDecoder().decode(ValidationReport.self, from: Data(text.utf8))
        #expect(decoded == report)
    }

    @Test("the summary gives the reconciliation and never a person identifier")
    func summary() throws {
        let records = try Self.records()
        let text = ValidationReport(records: records, maxRejectRate: 0.01).summary
        #expect(text.contains("rows read 34 = accepted 33 + duplicates 0 + rejected 1  (reconciles)"))
        #expect(text.contains("1  blank person_id"))
        #expect(text.contains("reject rate 2.94% (1 of 34 rows), allowed 1.00%: FAIL"))
        #expect(text.contains("dates 2022-01-10 to 2022-01-19"))
        for id in records.personIDs { #expect(!text.contains(id), "a person identifier in the summary") }
    }
}
