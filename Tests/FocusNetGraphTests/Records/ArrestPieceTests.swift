import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ArrestPiece")
struct ArrestPieceTests {
    @Test("pieces past the sample that sizes their arrest table (ArrestPiece.sampleRows) number arrests and persons as one pass does")
    func pastTheSample() throws {
        // 3 rows an arrest (A0: rows 0–2, …): 20,000 rows → arrests A0…A6666 (6,667); persons
        // P0…P4999 (row i: P(i·7 mod 5,000)). Rows take ≈ 23 bytes (≈ 460 KB in all): the whole
        // file passes the 16,384-row sample, and so does the first piece of pieces of 200 KB
        // (it reads its own ≈ 8,700 rows, then on through the next piece's) and of 400 KB; the
        // later pieces do not.
        let rows = 20_000
        var text = "arrest_id,person_id,arrest_date\n"
        for i in 0..<rows { text += "A\(i / 3),P\(i * 7 % 5_000),2020-01-\(String(format: "%02d", 1 + i / 3 % 28))\n" }
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", text)
        let end = CalendarDay(year: 2024, month: 1, day: 1)!
        let whole = try RecordSet.read(InputSources([.arrests: url]), dataEnd: end, arrestPieces: .whole)
        #expect(whole.arrests.arrestCount == 6_667)
        #expect(whole.personIDs.count == 5_000)
        #expect(whole.arrests.rowCount == rows)
        for size in [200_000, 400_000] {
            let pieces = try RecordSet.read(InputSources([.arrests: url]), dataEnd: end, arrestPieces: .bytes(size))
            #expect(pieces.arrests.person == whole.arrests.person && pieces.arrests.arrest == whole.arrests.arrest, "pieces of \(size) bytes")
            #expect(pieces.arrests.arrestIDs == whole.arrests.arrestIDs && pieces.personIDs == whole.personIDs, "pieces of \(size) bytes")
            #expect(pieces.reports == whole.reports, "pieces of \(size) bytes")
        }
    }
}
