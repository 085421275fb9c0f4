import Foundation
import Testing
@testable import FocusNetGraph

@Suite("EncodingEvidence")
struct EncodingEvidenceTests {
    static let addFlag = " — if that is how the file was exported, add --encoding windows-1252 (or encoding: windows-1252 in the mapping)"

    @Test("a Windows-1252 file read as UTF-8: rows rejected with the byte and offset; the hint names Windows-1252 and why")
    func undeclared() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", bytes: TableReaderEncodingTests.windows1252)
        let records = try readArrests(url)
        #expect(records.rejects.map(\.line) == [2, 3, 4, 5])
        #expect(records.rejects.map(\.detail) == ["invalid byte 0xE9 at byte 3 of the value", "invalid byte 0xF1 at byte 2 of the value",
                                                  "invalid byte 0x92 at byte 1 of the value", "invalid byte 0x80 at byte 1 of the value"])
        #expect(records.reports[0].rejectedByReason == ["not UTF-8": 4])
        // One row each: the three lowest bytes are shown; 0x80 is a character only in Windows-1252.
        let hint = "4 of 5 rows of arrests.csv are not UTF-8 (0x80 = € in column person_id, 0x92 = ’ in column person_id, "
            + "0xE9 = é in column person_id); they read as Windows-1252 text (0x80 = € is a character only in Windows-1252; "
            + "in ISO-8859-1 it is a control character)" + Self.addFlag
        #expect(records.reports[0].encodingHint == hint)
        // The gate's message carries it; no value of the file is in it.
        do {
            try DataGate().check(records)
            Issue.record("the gate let 4 of 5 rejected rows through")
        } catch {
            #expect(error.description.contains(hint))
            for id in ["Jos", "Muñoz", "Brien"] { #expect(!error.description.contains(id)) }
        }
    }

    /// The hint for an arrests file of `rows` clean rows plus one row whose `notas` holds `bad`.
    func hint(rows: Int, bad: [UInt8], valid: String = "x") throws -> String? {
        let scratch = Scratch()
        defer { scratch.remove() }
        var bytes = Array("arrest_id,person_id,arrest_date,notas\n".utf8)
        for i in 0..<rows { bytes += Array("A\(i),P\(i),2020-01-01,\(i == 0 ? valid : "x")\n".utf8) }
        bytes += Array("B,Q,2020-01-01,".utf8) + bad + [0x0A]
        return try readArrests(scratch.file("a.csv", bytes: bytes)).reports[0].encodingHint
    }

    @Test("bytes 0xA0–0xFF alone: Windows-1252 and ISO-8859-1 read them alike, and the hint says so")
    func latin1Letters() throws {
        #expect(try hint(rows: 0, bad: [0x61, 0xF1, 0x6F]) == "1 of 1 rows of a.csv are not UTF-8 (0xF1 = ñ in column notas); "
            + "they read as Windows-1252 text (ISO-8859-1 gives the same characters for these bytes)" + Self.addFlag)
    }

    @Test("'many': under 1% of rows and no letter gives no hint; a letter does, whatever the share")
    func threshold() throws {
        // 1 failing row of 200 = 0.5%: 0xA0 (no-break space) is not a letter.
        #expect(try hint(rows: 199, bad: [0xA0]) == nil)
        #expect(try hint(rows: 98, bad: [0xA0]) != nil, "1 of 99 rows is over 1%")
        #expect(try hint(rows: 199, bad: [0xE9])?.hasPrefix("1 of 200 rows of a.csv are not UTF-8 (0xE9 = é in column notas)") == true)
    }

    @Test("valid UTF-8 accents beside failing rows: the file mixes encodings, no --encoding suggested")
    func mixed() throws {
        #expect(try hint(rows: 1, bad: [0xE9], valid: "café") == "1 of 2 rows of a.csv are not UTF-8 (0xE9 = é in column notas); "
            + "but 1 other row holds UTF-8 accents: the file mixes encodings, which no --encoding reads whole; re-export it as UTF-8")
    }

    @Test("bytes undefined in Windows-1252 (read as UTF-8) point to another encoding")
    func undefinedUndeclared() throws {
        #expect(try hint(rows: 0, bad: [0x81]) == "1 of 1 rows of a.csv are not UTF-8 (0x81 in column notas); 0x81 is undefined "
            + "in Windows-1252 and a control character in ISO-8859-1: the file may be in another encoding (such as DOS code page 850) that "
            + "FocusNet does not read: convert it to UTF-8, e.g. iconv -f CP850 -t UTF-8")
    }

    @Test("letters: Latin-1 0xC0–0xFF but × ÷, ª º, and Windows-1252's Š š Œ œ Ž ž Ÿ ƒ")
    func letters() {
        let letters = (0x80...0xFF).map(UInt8.init).filter(EncodingEvidence.isLetter)
        #expect(letters.count == 64 - 2 + 2 + 8)
        #expect(!EncodingEvidence.isLetter(0xD7) && !EncodingEvidence.isLetter(0x92) && EncodingEvidence.isLetter(0x8A))
    }
}
