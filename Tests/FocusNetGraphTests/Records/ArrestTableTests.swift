import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ArrestTable")
struct ArrestTableTests {
    @Test("bad values are rejected with file, line, column, value and reason")
    func rejects() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category,gun_involved
            A1,P1,2020-01-01,violent,1
            ,P2,2020-01-02,violent,0
            A3,  ,2020-01-03,violent,0
            A4,P4,2020-02-30,violent,0
            A5,P5,,violent,0
            A6,P6,2020-01-06,arson,0
            A7,P7,2020-01-07,violent,maybe
            A8,P8,01/08/2020,violent,0

            """)
        let records = try readArrests(url)
        let f = url.path
        #expect(records.rejects == [
            Rejection(file: f, line: 3, column: "arrest_id", value: "", reason: "blank arrest_id"),
            Rejection(file: f, line: 4, column: "person_id", value: "  ", reason: "blank person_id"),
            Rejection(file: f, line: 5, column: "arrest_date", value: "2020-02-30", reason: "unparseable date (expected iso)"),
            Rejection(file: f, line: 6, column: "arrest_date", value: "", reason: "blank arrest_date"),
            Rejection(file: f, line: 7, column: "offense_category", value: "arson",
                      reason: "unknown offense_category code (expected narcotics|other|property|violent|weapons)"),
            Rejection(file: f, line: 8, column: "gun_involved", value: "maybe", reason: "not a 0/1 flag"),
            Rejection(file: f, line: 9, column: "arrest_date", value: "01/08/2020", reason: "unparseable date (expected iso)"),
        ])
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.deduplicated, report.rejected) == (8, 1, 0, 7))
        #expect(report.rejectedByReason["unparseable date (expected iso)"] == 2)
        #expect(report.reconciles)
        #expect(records.personIDs == ["P1"])
    }

    @Test("exact duplicates are counted and removed; normalization happens before the comparison")
    func duplicates() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category
            A1,P1,2020-01-01,violent
            A1,P1,2020-01-01,violent
            A1, P1 ,2020-01-01,VIOLENT
            A1,P2,2020-01-01,violent
            A1,P1,2020-01-01,property
            A2,P1,2020-01-01,violent

            """)
        let records = try readArrests(url)
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.deduplicated, report.rejected) == (6, 4, 2, 0))
        #expect(report.normalized == 0)   // the only cleaned row was a duplicate
        #expect(records.arrests.rowCount == 4)
        #expect(records.arrests.category == [.violent, .violent, .property, .violent])
    }

    @Test("cleaned values count as normalized: trimmed ids, NFD → NFC, case-folded codes, mapped codes, yes/no flags")
    func normalized() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let nfd = "Jose\u{0301}", nfc = "Jos\u{00E9}"
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category,gun_involved
            A1,P1,2020-01-01,violent,1
            A2, P2,2020-01-01,violent,0
            A3,\(nfd),2020-01-01,violent,0
            A4,\(nfc),2020-01-02,Violent,0
            A5,P5,2020-01-01,homicidio,0
            A6,P6,2020-01-01,violent,yes
            A7,P7,2020-01-01,,

            """)
        var mapping = MappingSet()
        mapping[.arrests] = InputMapping(codes: ["offense_category": ["homicidio": "violent"]])
        let records = try readArrests(url, mapping: mapping)
        let report = records.reports[0]
        #expect((report.accepted, report.normalized) == (7, 5))
        // One person for both spellings of José, stored NFC.
        #expect(records.personIDs.filter { $0.unicodeScalars.first == "J" }.map { Array($0.utf8) } == [Array(nfc.utf8)])
        #expect(records.arrests.category == [.violent, .violent, .violent, .violent, .violent, .violent, nil])
        #expect(records.arrests.gunInvolved == [true, false, false, false, false, true, nil])
    }

    @Test("unknown codes become other when the mapping says so")
    func unknownToOther() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date,offense_category\nA1,P1,2020-01-01,arson\n")
        var mapping = MappingSet()
        mapping[.arrests] = InputMapping(unknownCodes: .other)
        let records = try readArrests(url, mapping: mapping)
        #expect(records.arrests.category == [.other])
        #expect(records.reports[0].normalized == 1)
    }

    @Test("person and arrest indices follow identifier order, whatever the row order")
    func identifierOrder() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA2,P3,2020-01-01\nA1,P1,2020-01-02\nA2,P2,2020-01-01\n")
        let records = try readArrests(url)
        #expect(records.personIDs == ["P1", "P2", "P3"])
        #expect(records.arrests.arrestIDs == ["A1", "A2"])
        #expect(records.arrests.person == [2, 0, 1])
        #expect(records.arrests.arrest == [1, 0, 1])
    }

    @Test("duplicates in an arrest of more rows than the per-arrest list walks (ArrestPiece.listLimit = 16) are found before and after it moves to the pair map")
    func duplicatesInACrowd() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // E1: P01…P20 on lines 2, 3 and 5–22; P02 repeated on line 4 (a duplicate found in the
        // list: 2 rows kept then); after the 17th row the arrest's rows move to the pair map:
        // P03 and P18 repeated (lines 23, 24: duplicates), P05 on another date (line 25: kept,
        // a different date) and that row again (line 26: a duplicate).
        let crowd = (1...20).map { "E1,P\(String(format: "%02d", $0)),2020-01-01,violent" }
        let lines = ["arrest_id,person_id,arrest_date,offense_category"] + crowd.prefix(2) + ["E1,P02,2020-01-01,violent"]
            + crowd.dropFirst(2) + ["E1,P03,2020-01-01,violent", "E1,P18,2020-01-01,violent",
                                    "E1,P05,2020-01-02,violent", "E1,P05,2020-01-02,violent"]
        let url = scratch.file("arrests.csv", lines.joined(separator: "\n") + "\n")
        let records = try readArrests(url)
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.deduplicated, report.rejected) == (25, 21, 4, 0))
        #expect(records.arrests.person == Array(0..<20) + [4])
        #expect(report.warnings[ArrestTable.differentDatesWarning] == 1)
    }

    @Test("codes, flags, areas and charges read again from their remembered bytes count as the first reading did")
    func rememberedFields() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Rows 1 and 2: the same cleaned fields (normalized both times, the second time from
        // memory); rows 3 and 4: blank codes (counted both times, never remembered); row 5 is
        // rejected on its flag: its area Z9 and charge ESTAFA are not kept.
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category,gun_involved,area,charge
            A1,P1,2020-01-01, VIOLENT ,yes,Z1,ROBO
            A2,P2,2020-01-02, VIOLENT ,yes,Z1,ROBO
            A3,P3,2020-01-03,,,,
            A4,P4,2020-01-04,,,,
            A5,P5,2020-01-05,violent,maybe,Z9,ESTAFA
            A6,P6,2020-01-06,property,0,Z3,LESIONES
            A7,P7,2020-01-07,violent,0,Z2,HURTO

            """)
        let records = try readArrests(url)
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.deduplicated, report.rejected) == (7, 6, 0, 1))
        #expect(report.normalized == 4)   // rows 1, 2 (case, spaces, yes), 6 and 7 (case-folded charge)
        #expect(report.warnings["blank offense_category (read as: no category, not violent or weapons)"] == 2)
        #expect(report.warnings["blank gun_involved (read as: unknown, not a gun arrest)"] == 2)
        #expect(records.areaIDs == ["Z1", "Z2", "Z3"])
        #expect(records.arrests.area == [0, 0, -1, -1, 2, 1])
        #expect(records.arrests.charge.names == ["hurto", "lesiones", "robo"])
        #expect(records.arrests.charge.codes == [3, 3, 0, 0, 2, 1])
        #expect(records.arrests.gunInvolved == [true, true, nil, nil, false, false])
        #expect(records.arrests.category == [.violent, .violent, nil, nil, .property, .violent])
    }

    @Test("the same person twice on one arrest with different details keeps both rows (the network counts the arrest once)")
    func samePersonTwice() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category
            A1,P1,2020-01-01,violent
            A1,P1,2020-01-01,weapons

            """)
        let records = try readArrests(url)
        #expect(records.arrests.rowCount == 2)
        #expect(records.reports[0].deduplicated == 0)
    }

    @Test("a list of formats: the column is read in the one most values are in (a tie goes to the first listed)")
    func dateFormats() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,P1,05/03/2021\nA2,P1,2021-03-06\nA3,P1,07/03/21\n")
        var mapping = MappingSet()
        mapping[.arrests] = InputMapping(dateFormats: [.dmy, .iso])
        let records = try readArrests(url, mapping: mapping)
        #expect(records.arrests.day == [day("2021-03-05")])
        #expect(records.rejects.map(\.reason) == ["unparseable date (expected dmy)", "unparseable date (expected dmy)"])
    }

    @Test("an arrest or person id that needs cleaning is the same identifier as its clean bytes, whichever comes first")
    func cleanedAndRawIdentifiers() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Rows 2–3 and 5 name arrest A1 and person P2 once cleaned; row 3 follows A1 (the arrest of
        // the row before), row 5 follows A2 (found by hashing).
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,P1,2020-01-01\n A1 , P2,2020-01-01\nA2,P2,2020-01-02\nA1,P3 ,2020-01-01\n")
        let records = try readArrests(url)
        #expect(records.personIDs == ["P1", "P2", "P3"])
        #expect(records.arrests.arrestIDs == ["A1", "A2"])
        #expect(records.arrests.person == [0, 1, 1, 2])
        #expect(records.arrests.arrest == [0, 0, 1, 0])
        #expect(records.reports[0].normalized == 2)
    }
}
