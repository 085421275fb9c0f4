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
        #expect(error == .missingColumn(file: url.path, kind: .arrests, column: "person_id", expectedHeader: "person_id",
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
        #expect(error == .missingColumn(file: url.path, kind: .arrests, column: "arrest_date", expectedHeader: "fecha_detencion",
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
            == .missingColumn(file: url.path, kind: .arrests, column: "offense_category", expectedHeader: "delito",
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

    @Test("a UTF-16 file stops the run naming UTF-16 and its byte order, whatever encoding is declared")
    func utf16() {
        let scratch = Scratch()
        defer { scratch.remove() }
        var little: [UInt8] = [0xFF, 0xFE], big: [UInt8] = [0xFE, 0xFF]
        for unit in "arrest_id,person_id,arrest_date\n".utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let le = scratch.file("le.csv", bytes: little), be = scratch.file("be.csv", bytes: big)
        #expect(recordError { _ = try readArrests(le) } == .utf16(file: le.path, byteOrder: "UTF-16LE"))
        #expect(recordError { _ = try readArrests(be) } == .utf16(file: be.path, byteOrder: "UTF-16BE"))
        var latin1 = MappingSet()
        latin1.encoding = .iso8859_1
        #expect(recordError { _ = try readArrests(le, mapping: latin1) } == .utf16(file: le.path, byteOrder: "UTF-16LE"))
        #expect(RecordError.utf16(file: "a.csv", byteOrder: "UTF-16LE").description
            == "a.csv: the file is UTF-16LE (it starts with a UTF-16 byte-order mark); FocusNet reads UTF-8, "
            + "Windows-1252 or ISO-8859-1: save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
    }

    @Test("a value that is not UTF-8 rejects its row with the byte and its offset in the value; other rows are kept")
    func valueNotUTF8() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let head = "arrest_id,person_id,arrest_date\nA1,P1,2020-01-01\nA2,Mu"
        let bytes = Array(head.utf8) + [0xF1] + Array("oz,2020-01-02\nA3,P3,2020-01-03\n".utf8)
        let url = scratch.file("arrests.csv", bytes: bytes)
        let records = try readArrests(url)
        // "Mu\xF1oz": 0xF1 (ñ in Latin-1) is byte 2 of the value.
        #expect(records.rejects == [Rejection(file: url.path, line: 3, column: "person_id", value: "Mu\u{FFFD}oz",
                                              reason: "not UTF-8", detail: "invalid byte 0xF1 at byte 2 of the value")])
        #expect(records.reports[0].rejectedByReason == ["not UTF-8": 1])
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

/// Reading a file in a declared encoding (`--encoding`, a mapping's `encoding:`).
@Suite("TableReader: encodings")
struct TableReaderEncodingTests {
    /// Five arrests whose person ids are `José`, `Muñoz`, `O’Brien`, `P€`, `P5` in Windows-1252.
    static let windows1252: [UInt8] = Array("arrest_id,person_id,arrest_date\nA1,Jos".utf8) + [0xE9]
        + Array(",2020-01-01\nA2,Mu".utf8) + [0xF1] + Array("oz,2020-01-02\nA3,O".utf8) + [0x92]
        + Array("Brien,2020-01-03\nA4,P".utf8) + [0x80] + Array(",2020-01-04\nA5,P5,2020-01-05\n".utf8)

    static func mapping(_ encoding: TextEncoding) -> MappingSet {
        var set = MappingSet()
        set.encoding = encoding
        return set
    }

    @Test("a Windows-1252 file read as Windows-1252: é ñ ’ € decoded, every row kept, the encoding recorded")
    func windows1252() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: Self.windows1252)
        let records = try readArrests(url, mapping: Self.mapping(.windows1252))
        #expect(records.personIDs == ["José", "Muñoz", "O’Brien", "P5", "P€"])
        #expect(records.rejects.isEmpty)
        #expect(records.reports[0].encoding == .windows1252)
        #expect(records.reports[0].encodingHint == nil)
        #expect(try readArrests(scratch.file("plain.csv", "arrest_id,person_id,arrest_date\nA1,P1,2020-01-01\n"))
            .reports[0].encoding == .utf8)
    }

    @Test("ISO-8859-1: é ñ decoded; 0x80–0x9F become the control characters U+0080–U+009F")
    func latin1() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: Self.windows1252)
        let records = try readArrests(url, mapping: Self.mapping(.iso8859_1))
        #expect(records.personIDs == ["José", "Muñoz", "O\u{92}Brien", "P5", "P\u{80}"])
        #expect(records.reports[0].encoding == .iso8859_1)
    }

    @Test("Windows-1252's undefined bytes reject their row with the byte and its offset in the file's own bytes")
    func undefinedBytes() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Line 2: "P\xE9\x81" (é is one byte in the file, so 0x81 is byte 2); line 3: "Q ""x"" \x9D" (byte 6: quotes undoubled).
        let bytes = Array("arrest_id,person_id,arrest_date\nA1,P".utf8) + [0xE9, 0x81] + Array(",2020-01-01\nA2,\"Q \"\"x\"\" ".utf8)
            + [0x9D] + Array("\",2020-01-02\nA3,P3,2020-01-03\n".utf8)
        let url = scratch.file("arrests.csv", bytes: bytes)
        let records = try readArrests(url, mapping: Self.mapping(.windows1252))
        #expect(records.rejects == [
            Rejection(file: url.path, line: 2, column: "person_id", value: "Pé\u{FFFD}", reason: "not Windows-1252",
                      detail: "undefined byte 0x81 at byte 2 of the value"),
            Rejection(file: url.path, line: 3, column: "person_id", value: "Q \"x\" \u{FFFD}", reason: "not Windows-1252",
                      detail: "undefined byte 0x9D at byte 6 of the value"),
        ])
        #expect(records.reports[0].reconciles && records.reports[0].accepted == 1)
        #expect(records.reports[0].encodingHint == "2 of 3 rows of arrests.csv hold bytes Windows-1252 does not define "
            + "(0x81 in column person_id, 0x9D in column person_id); the file may be in another encoding (such as DOS code "
            + "page 850) that FocusNet does not read: convert it to UTF-8, e.g. iconv -f CP850 -t UTF-8")
        // The same bytes are all defined in ISO-8859-1 (as control characters): nothing rejected.
        #expect(try readArrests(url, mapping: Self.mapping(.iso8859_1)).rejects.isEmpty)
    }

    @Test("invalid UTF-8 in a column FocusNet does not read rejects the row, naming the file's own header")
    func unreadColumn() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: Array("arrest_id,person_id,arrest_date,notas\nA1,P1,2020-01-01,caf".utf8)
            + [0xE9] + Array("\nA2,P2,2020-01-02,ok\n".utf8))
        let records = try readArrests(url)
        #expect(records.rejects == [Rejection(file: url.path, line: 2, column: "notas", value: "caf\u{FFFD}", reason: "not UTF-8",
                                              detail: "invalid byte 0xE9 at byte 3 of the value")])
        #expect(Rejection.csv(records.rejects).contains(",notas,caf\u{FFFD},not UTF-8 (invalid byte 0xE9 at byte 3 of the value)\n"))
    }

    @Test("a UTF-8 byte-order mark under a declared single-byte encoding stops the run")
    func bomConflict() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("arrest_id,person_id,arrest_date\n".utf8))
        #expect(recordError { _ = try readArrests(url, mapping: Self.mapping(.windows1252)) }
            == .encodingConflict(file: url.path, declared: .windows1252))
        #expect(try readArrests(url).reports[0].rowsRead == 0, "undeclared, the mark is skipped as usual")
    }

    @Test("a header byte undefined in the declared encoding stops the run naming the byte")
    func headerUndefined() {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: Array("arrest_id,person_id,arrest_date,x".utf8) + [0x8D] + [0x0A])
        let error = recordError { _ = try readArrests(url, mapping: Self.mapping(.windows1252)) }
        #expect(error == .undefinedByte(file: url.path, byte: 0x8D, encoding: .windows1252))
        #expect(error?.description == "\(url.path): the header holds byte 0x8D, which Windows-1252 does not define; "
            + "the file is in another encoding")
    }

    @Test("a mapping block's encoding wins over the run's (--encoding)")
    func perFileWins() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: Self.windows1252)
        var set = Self.mapping(.iso8859_1)
        set.inputs[.arrests] = InputMapping(encoding: .windows1252)
        #expect(try readArrests(url, mapping: set).personIDs.contains("O’Brien"))
        var utf8 = Self.mapping(.windows1252)
        utf8.inputs[.arrests] = InputMapping(encoding: .utf8)
        #expect(try readArrests(url, mapping: utf8).reports[0].rejected == 4)
    }
}
