import Foundation
import Testing
@testable import FocusNetGraph

/// Date formats declared, inferred, and the stops, through ``RecordSet/read(_:mapping:dataEnd:)``.
@Suite("DateColumnReading")
struct DateColumnReadingTests {
    static let end = CalendarDay(year: 2024, month: 12, day: 31)!

    static func read(_ rows: String, mapping: MappingSet = MappingSet(), dataEnd: CalendarDay = end,
                     header: String = "arrest_id,person_id,arrest_date") throws -> RecordSet {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", header + "\n" + rows)
        return try RecordSet.read(InputSources([.arrests: url]), mapping: mapping, dataEnd: dataEnd)
    }

    /// The reason of the `undecidedDates` error reading `rows` throws.
    static func stop(_ rows: String, mapping: MappingSet = MappingSet()) -> String? {
        guard case .undecidedDates(_, let reason)? = recordError({ _ = try read(rows, mapping: mapping) }) else { return nil }
        return reason
    }

    @Test("inline --map declares a column's format: fecha=05/03/2021 read day-first")
    func inlineDeclaration() throws {
        var mapping = MappingSet()
        try mapping.apply(inline: "arrest_date=fecha:dmy")
        #expect(mapping[.arrests].columns == ["arrest_date": "fecha"])
        #expect(mapping[.arrests].columnDateFormats == ["arrest_date": .dmy])
        let records = try Self.read("A1,P1,05/03/2021\n", mapping: mapping, header: "arrest_id,person_id,fecha")
        #expect(records.arrests.day == [day("2021-03-05")])
        #expect(records.reports[0].dateColumns == [
            DateColumnReport(column: "arrest_date", format: .dmy, inferred: false, values: 1, timeZone: nil, converted: 0)])
    }

    @Test("--date-format: one format for every file, or per input")
    func dateFormatOption() throws {
        var mapping = MappingSet()
        try mapping.apply(dateFormats: "mdy")
        #expect(mapping[.arrests].dateFormats == [.mdy] && mapping[.persons].dateFormats == [.mdy])
        try mapping.apply(dateFormats: "arrests=dmy,persons=iso")
        #expect(mapping[.arrests].dateFormats == [.dmy] && mapping[.persons].dateFormats == [.iso])
        #expect(throws: RecordError.self) { try mapping.apply(dateFormats: "arrests=dd/mm/yyyy") }
        #expect(throws: RecordError.self) { try mapping.apply(dateFormats: "people=dmy") }
        #expect(throws: RecordError.self) { try mapping.apply(inline: "arrest_date=fecha:dym") }
        #expect(throws: RecordError.self) { try mapping.apply(inline: "person_id=id:dmy") }
    }

    @Test("undeclared: exactly day-first reads every value (25/03 only day-first) → day-first, said in the report")
    func inferDayFirst() throws {
        let records = try Self.read("A1,P1,05/03/2021\nA2,P2,25/03/2021\n")
        #expect(records.arrests.day == [day("2021-03-05"), day("2021-03-25")])
        #expect(records.reports[0].dateColumns[0].summary == "arrest_date: day-first (dd/mm/yyyy), inferred from 2 values")
    }

    /// 12/03/2021 reads both ways; 03/25/2021 only month-first. The rows are first read day-first
    /// (provisional), then again month-first: 12/03/2021 is 3 December, after the data's end
    /// (2021-06-30), so P1 must not survive from the first pass in the person index.
    @Test("undeclared: exactly month-first reads every value → month-first, the file read again without leftovers")
    func inferMonthFirst() throws {
        let records = try Self.read("A1,P1,12/03/2021\nA2,P2,03/25/2021\n", dataEnd: day("2021-06-30"))
        #expect(records.arrests.day == [day("2021-03-25")])
        #expect(records.personIDs == ["P2"])
        #expect(records.rejects.map(\.reason) == ["arrest_date after the data's end"])
        #expect(records.reports[0].dateColumns[0].summary == "arrest_date: month-first (mm/dd/yyyy), inferred from 2 values")
    }

    @Test("every value reads both ways (days ≤ 12): the run stops, naming the column, a value and the flag")
    func ambiguousStop() {
        #expect(Self.stop("A1,P1,03/05/2021\nA2,P2,04/06/2021\n")
            == "arrest_date: every date reads both day-first and month-first (e.g. '03/05/2021', line 2); "
            + "declare the format: --date-format arrests=dmy or --date-format arrests=mdy")
    }

    @Test("day-first-only and month-first-only values in one column: the run stops, naming one line of each")
    func mixedStop() {
        let reason = Self.stop("A1,P1,25/03/2021\nA2,P2,01/01/2021\nA3,P3,03/25/2021\n")
        #expect(reason?.hasPrefix("arrest_date mixes day-first ('25/03/2021', line 2) and month-first ('03/25/2021', line 4)") == true)
    }

    @Test("an ISO column keeps ISO: a stray dd.mm.yyyy value is rejected, even before the first ISO value")
    func isoWins() throws {
        let records = try Self.read("A0,P0,05.03.2021\nA1,P1,2021-03-05\nA2,P2,2021-03-06\n")
        #expect(records.arrests.day == [day("2021-03-05"), day("2021-03-06")])
        #expect(records.rejects.map(\.reason) == ["unparseable date (expected iso)"])
        #expect(records.reports[0].rejectedByReason == ["unparseable date (expected iso)": 1])
        #expect(records.reports[0].dateColumns[0].format == .iso)
    }

    @Test("yyyymmdd and Excel serials are inferred; serial 60 is rejected with its reason")
    func inferOtherFormats() throws {
        #expect(try Self.read("A1,P1,20210305\n").arrests.day == [day("2021-03-05")])
        let serials = try Self.read("A1,P1,45000\nA2,P2,60\n")
        #expect(serials.arrests.day == [day("2023-03-15")])
        #expect(serials.rejects.map(\.reason) == ["excel-serial 60 is Excel's fictitious 1900-02-29, a day that never was"])
        #expect(serials.reports[0].dateColumns[0].format == .excelSerial)
    }

    @Test("a list of several formats is inferred from: one format per column, the others rejected")
    func listOfSeveral() throws {
        var mapping = MappingSet()
        mapping[.arrests] = InputMapping(dateFormats: [.iso, .dmy])
        let records = try Self.read("A1,P1,05/03/2021\nA2,P2,2021-03-06\nA3,P3,2021-03-07\n", mapping: mapping)
        #expect(records.arrests.day == [day("2021-03-06"), day("2021-03-07")])
        #expect(records.rejects.map(\.reason) == ["unparseable date (expected iso)"])
    }

    @Test("offsets without --timezone stop the run; with one they are dated in it",
          .enabled(if: ParsedDateTests.zoneDatabase, "needs the system's time-zone database (/usr/share/zoneinfo, Debian tzdata)"))
    func offsets() throws {
        let rows = "A1,P1,2024-03-10T05:30:00Z\nA2,P2,2024-03-10T05:30:00-06:00\n"
        #expect(Self.stop(rows) == "arrest_date: dates carry a UTC offset ('2024-03-10T05:30:00Z', line 2); "
            + "give the records' time zone, e.g. --timezone America/Mexico_City")
        let zoned = try Self.read(rows, mapping: MappingSet(timeZone: TimeZone(identifier: "America/Mexico_City")))
        #expect(zoned.arrests.day == [day("2024-03-09"), day("2024-03-10")])
        #expect(zoned.reports[0].dateColumns[0].summary
            == "arrest_date: ISO (yyyy-mm-dd), inferred from 2 values; 2 with a UTC offset dated in America/Mexico_City")
    }
}
