import Foundation
import Testing
@testable import FocusNetGraph

/// Reads an arrests file through ``RecordSet``, the way every command does.
func readArrests(_ url: URL, mapping: MappingSet = MappingSet()) throws -> RecordSet {
    try RecordSet.read(InputSources([.arrests: url]), mapping: mapping)
}

/// The error `body` throws, as a ``RecordError``.
func recordError(_ body: () throws -> Void) -> RecordError? {
    do { try body(); return nil } catch { return error as? RecordError }
}

@Suite("TableReader")
struct TableReaderTests {
    @Test("a missing required column names the file, the column and the columns found")
    func missingColumn() {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person,arrest_date\nA1,P1,2020-01-01\n")
        let error = recordError { _ = try readArrests(url) }
        #expect(error == .missingColumn(file: url.path, column: "person_id", expectedHeader: "person_id",
                                        found: ["arrest_id", "person", "arrest_date"]))
        let text = error?.description ?? ""
        #expect(text.contains(url.path) && text.contains("'person_id'") && text.contains("arrest_id, person, arrest_date"))
    }

    @Test("a mapped column that is missing says which header was looked for")
    func missingMappedColumn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "folio,id_persona,fecha\nA1,P1,2020-01-01\n")
        var mapping = MappingSet()
        try mapping.apply(inline: "arrest_id=folio,person_id=id_persona,arrest_date=fecha_detencion")
        let error = recordError { _ = try readArrests(url, mapping: mapping) }
        #expect(error == .missingColumn(file: url.path, column: "arrest_date", expectedHeader: "fecha_detencion",
                                        found: ["folio", "id_persona", "fecha"]))
        #expect(error?.description.contains("(mapped to header 'fecha_detencion')") == true)
    }

    @Test("an optional column named in the mapping but absent from the file is an error, not ignored")
    func missingMappedOptionalColumn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,P1,2020-01-01\n")
        var mapping = MappingSet()
        try mapping.apply(inline: "offense_category=delito")
        #expect(recordError { _ = try readArrests(url, mapping: mapping) }
            == .missingColumn(file: url.path, column: "offense_category", expectedHeader: "delito",
                              found: ["arrest_id", "person_id", "arrest_date"]))
    }

    @Test("headers match case-insensitively and trimmed, in any order, with extra columns ignored")
    func headerMatching() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", " Arrest_Date ,notes,PERSON_ID,arrest_id\n2020-01-01,x,P1,A1\n")
        let records = try readArrests(url)
        #expect(records.arrests.rowCount == 1)
        #expect(records.arrests.day == [day("2020-01-01")])
    }

    @Test("an empty file, or one of blank lines, has no header", arguments: ["", "\n\n", "\r\n"])
    func emptyFile(_ text: String) {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", text)
        #expect(recordError { _ = try readArrests(url) } == .emptyFile(file: url.path))
    }

    @Test("a header that is not UTF-8 is an error with the byte offset")
    func headerNotUTF8() {
        let scratch = Scratch()
        defer { scratch.remove() }
        // "arrest_id,person_id,fecha_detenci\xF3n" in Latin-1: ó is the single byte 0xF3 at offset 33.
        let bytes = Array("arrest_id,person_id,fecha_detenci".utf8) + [0xF3] + Array("n\nA1,P1,2020-01-01\n".utf8)
        let url = scratch.file("arrests.csv", bytes: bytes)
        #expect(recordError { _ = try readArrests(url) } == .notUTF8(file: url.path, byteOffset: 33))
        #expect(bytes[33] == 0xF3)
    }

    @Test("a UTF-16 file is reported as not UTF-8 at offset 0")
    func utf16() {
        let scratch = Scratch()
        defer { scratch.remove() }
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "arrest_id,person_id,arrest_date\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let url = scratch.file("arrests.csv", bytes: bytes)
        #expect(recordError { _ = try readArrests(url) } == .notUTF8(file: url.path, byteOffset: 0))
    }

    @Test("a value that is not UTF-8 rejects its row with the byte offset; other rows are kept")
    func valueNotUTF8() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let head = "arrest_id,person_id,arrest_date\nA1,P1,2020-01-01\nA2,Mu"
        let bytes = Array(head.utf8) + [0xF1] + Array("oz,2020-01-02\nA3,P3,2020-01-03\n".utf8)
        let url = scratch.file("arrests.csv", bytes: bytes)
        let records = try readArrests(url)
        #expect(records.rejects == [Rejection(file: url.path, line: 3, column: "person_id", value: "",
                                              reason: "not UTF-8 (invalid byte at offset \(head.utf8.count))")])
        #expect(records.arrests.rowCount == 2)
        #expect(records.reports[0].reconciles)
    }

    @Test("a file that does not exist is unreadable")
    func noSuchFile() {
        let url = URL(fileURLWithPath: "/nonexistent/arrests.csv")
        #expect(recordError { _ = try readArrests(url) } == .unreadable(file: url.path, reason: "no such file"))
    }

    @Test("rows with the wrong number of fields or broken quoting are rejected at their line")
    func rowShape() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date
            A1,P1,2020-01-01
            A2,P2
            A3,P3,2020-01-03,extra
            A4,P"4,2020-01-04
            "A5",P5,"2020-01-05"
            A6,"P
            6",2020-01-06
            A7,P7,2020-01-07
            """)
        let records = try readArrests(url)
        #expect(records.rejects.map(\.line) == [3, 4, 5])
        #expect(records.rejects.map(\.reason) == [
            "row has 2 fields, header has 3", "row has 4 fields, header has 3",
            "malformed CSV: quote inside an unquoted field",
        ])
        #expect(records.rejects.allSatisfy { $0.file == url.path && $0.column == "" })
        #expect(records.arrests.rowCount == 4)   // A1, A5, A6 (quoted line break kept), A7
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.rejected) == (7, 4, 3))
    }

    @Test("the report hashes the file and counts blank lines")
    func hashAndBlankLines() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\n\nA1,P1,2020-01-01\n\n")
        let report = try readArrests(url).reports[0]
        #expect(report.blankLines == 2)
        #expect(report.rowsRead == 1)
        // `sha256sum` of the bytes above
        #expect(report.sha256 == "5fa99a7a023bb7273e3be68b009940bb3b1229c0ea99ba3125b3deb9d6a10f56")
    }
}
