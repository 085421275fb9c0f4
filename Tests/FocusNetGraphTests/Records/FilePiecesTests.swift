import Foundation
import Testing
@testable import FocusNetGraph

/// A messy arrests export of `rows` data rows (deterministic): arrests of about 3 people with
/// some rows dated differently, codes in mixed case and blank, charges quoted with a line break
/// and doubled quotes, exact repeats of rows 40 lines back (duplicates in other pieces), blank
/// person ids, impossible dates, unknown categories, an alias, a person born too late, and
/// (as byte 0xE9, invalid in UTF-8) a Latin-1 letter every 31st row. `\u{1}` marks that byte.
private func messyArrests(rows: Int, date: (Int) -> String = { "2020-01-\(String(format: "%02d", 1 + $0 / 3 % 28))" }) -> [String] {
    var lines = ["arrest_id,person_id,arrest_date,offense_category,gun_involved,charge,area"]
    for i in 0..<rows {
        if i % 13 == 12, lines.count > 41 { lines.append(lines[lines.count - 40]); continue }
        let person = i % 19 == 7 ? " " : i % 41 == 3 ? "P900" : "P\(i * 7 % 37)"
        var day = date(i)
        if i % 17 == 5 { day = date(i + 3) }
        if i % 23 == 9 { day = "2020-02-30" }
        let category = i % 29 == 11 ? "arson" : ["violent", "Property", "weapons", "", " narcotics "][i % 5]
        let gun = ["1", "0", "yes", ""][i % 4]
        let charge = i % 11 == 4 ? "\"ROBO\nCON \"\"ARMA\"\"\"" : i % 3 == 0 ? "" : "ROBO"
        let area = i % 31 == 30 ? "Z\u{1}" : i % 6 == 0 ? "" : "Z\(i % 5)"
        lines.append("A\(i / 3),\(person),\(day),\(category),\(gun),\(charge),\(area)")
    }
    return lines
}

/// The bytes of `lines` joined by `end`, `\u{1}` written as the single byte 0xE9.
private func bytes(_ lines: [String], end: String = "\n", bom: Bool = false, lastEnd: Bool = true) -> [UInt8] {
    let text = lines.joined(separator: end) + (lastEnd ? end : "")
    return (bom ? [0xEF, 0xBB, 0xBF] : []) + text.utf8.map { $0 == 0x01 ? 0xE9 : $0 }
}

private let persons = """
    person_id,birth_date
    P0,1990-01-01
    P1,1985-06-30
    P3,2015-01-01
    P7,
    """
private let aliases = "alias_id,person_id\nP900,P1\n"

/// Reads `arrests` (with the persons and aliases files above) as one pass and cut into pieces
/// of each size in `pieceSizes`, and expects every table column, index, report and rejection equal.
private func expectSameInPieces(_ arrests: [UInt8], mapping: MappingSet = MappingSet(),
                                pieceSizes: [Int] = [16, 97, 500, 2_000],
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
    let scratch = Scratch()
    defer { scratch.remove() }
    let sources = InputSources([
        .arrests: scratch.file("arrests.csv", bytes: arrests),
        .persons: scratch.file("persons.csv", persons),
        .aliases: scratch.file("aliases.csv", aliases),
    ])
    let whole = try RecordSet.read(sources, mapping: mapping, dataEnd: CalendarDay(year: 2024, month: 1, day: 1)!, arrestPieces: .whole)
    #expect(whole.arrests.rowCount > 0, sourceLocation: sourceLocation)
    for size in pieceSizes {
        let pieces = try RecordSet.read(sources, mapping: mapping, dataEnd: CalendarDay(year: 2024, month: 1, day: 1)!, arrestPieces: .bytes(size))
        #expect(pieces.personIDs == whole.personIDs, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        #expect(pieces.areaIDs == whole.areaIDs, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        let (a, b) = (pieces.arrests, whole.arrests)
        #expect(a.person == b.person && a.arrest == b.arrest && a.day == b.day, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        #expect(a.category == b.category && a.gunInvolved == b.gunInvolved && a.area == b.area, "pieces of \(size) bytes",
                sourceLocation: sourceLocation)
        #expect(a.charge == b.charge && a.arrestIDs == b.arrestIDs, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        #expect(pieces.persons.person == whole.persons.person, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        #expect(pieces.reports == whole.reports, "pieces of \(size) bytes", sourceLocation: sourceLocation)
        #expect(pieces.rejects == whole.rejects, "pieces of \(size) bytes", sourceLocation: sourceLocation)
    }
}

@Suite("FilePieces")
struct FilePiecesTests {
    @Test("a messy export read in pieces gives exactly what one pass gives: LF, CRLF, BOM, no last line end")
    func sameAsOnePass() throws {
        let lines = messyArrests(rows: 300)
        try expectSameInPieces(bytes(lines))
        try expectSameInPieces(bytes(lines, end: "\r\n"))
        try expectSameInPieces(bytes(lines, bom: true))
        try expectSameInPieces(bytes(lines, end: "\r\n", lastEnd: false))
    }

    @Test("the messy export's account, so the comparison above compares something")
    func messyAccount() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: bytes(messyArrests(rows: 300)))
        let set = try RecordSet.read(InputSources([.arrests: url]), dataEnd: CalendarDay(year: 2024, month: 1, day: 1)!, arrestPieces: .bytes(500))
        let report = set.reports[0]
        // 300 rows: 22 repeats of a row 40 lines back (rows 12, 25, …, 298 with i % 13 == 12 once
        // 41 lines are written: i ≥ 38), the rest read afresh.
        #expect(report.rowsRead == 300)
        #expect(report.deduplicated > 0 && report.rejected > 0 && report.warnings[ArrestTable.differentDatesWarning] ?? 0 > 0)
        #expect(report.rejectedByReason["not UTF-8"] ?? 0 > 0)
        #expect(report.reconciles)
        #expect(set.arrests.charge.names.contains("robo con \"arma\""))   // the line break folded into a space
    }

    @Test("Windows-1252: line numbers count the file's lines, offsets the transcoded bytes; an undefined byte is rejected in any piece")
    func windows1252() throws {
        var lines = messyArrests(rows: 200)
        for i in stride(from: 5, to: lines.count, by: 9) { lines[i] = lines[i].replacingOccurrences(of: ",P", with: ",Peña") }
        lines[150] = lines[150].replacingOccurrences(of: "A", with: "A\u{81}")
        let file = lines.joined(separator: "\r\n").unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value == 1 ? 0xE9 : $0.value) }
        var mapping = MappingSet()
        mapping[.arrests].encoding = .windows1252
        try expectSameInPieces(file, mapping: mapping)
    }

    @Test("date formats inferred in pieces: first readable date in a late piece, and a format that needs a second read")
    func inferredDates() throws {
        // 60 rows with no readable date first: their reason is pending until a format is known.
        var late = messyArrests(rows: 200) { i in String(format: "%02d/%02d/2020", 1 + i % 28, 1 + i / 40 % 12) }
        for i in 1...60 { late[i] = late[i].replacingOccurrences(of: "/2020", with: "/20x0") }
        try expectSameInPieces(bytes(late))
        // The first date reads both ways (day-first is provisional), later ones only month-first: read again as mdy.
        let monthFirst = messyArrests(rows: 200) { i in i < 3 ? "05/03/2020" : String(format: "%02d/%02d/2020", 1 + i / 40 % 12, 13 + i % 15) }
        try expectSameInPieces(bytes(monthFirst))
    }

    @Test("cuts fall after a line feed near each target, even inside a quoted field")
    func bounds() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // offsets: "h\n" 0–1, "a,\"x\n" 2–6, "y\"\n" 7–9, "b\n" 10–11
        let url = scratch.file("f.csv", "h\na,\"x\ny\"\nb\n")
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        #expect(try PiecePlan.bytes(3).bounds(of: handle, size: 12, file: url.path) == [0, 7, 10, 12])
        #expect(try PiecePlan.bytes(2).bounds(of: handle, size: 12, file: url.path) == [0, 2, 7, 10, 12])
        #expect(try PiecePlan.whole.bounds(of: handle, size: 12, file: url.path) == [0, 12])
        #expect(try PiecePlan.automatic.bounds(of: handle, size: 12, file: url.path) == [0, 12])
    }

    @Test("a piece's extent counts CR, LF and CRLF as one line each, and UTF-8 bytes after transcoding")
    func extent() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("f.csv", bytes: Array("a\r\nb\rc\n\"x\ny\"\r\n".utf8) + [0xE9, 0x80, 0x0A])
        let utf8 = try FilePieces.extent(of: 0..<17, in: url.path, encoding: .utf8)
        #expect(utf8 == (lines: 6, utf8: 17))
        // é (0xE9) is 2 UTF-8 bytes, € (0x80) 3.
        let cp1252 = try FilePieces.extent(of: 0..<17, in: url.path, encoding: .windows1252)
        #expect(cp1252 == (lines: 6, utf8: 20))
        #expect(try FilePieces.extent(of: 3..<7, in: url.path, encoding: .utf8) == (lines: 2, utf8: 4))
    }
}
