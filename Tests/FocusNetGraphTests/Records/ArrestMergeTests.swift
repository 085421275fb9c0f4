import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ArrestMerge")
struct ArrestMergeTests {
    /// Arrest A1 has rows in every third of the file (rows 1–2, 4–5, 8), A3 in the second and
    /// last (rows 6–7). Cut anywhere, a piece's row can repeat an earlier piece's:
    ///
    ///     line  row                       one pass
    ///     2     A1,P1,2020-01-01           kept (A1's first date: 01-01)
    ///     3     A1,P2,2020-01-01           kept
    ///     4     A2,P3,2020-01-02           kept
    ///     5     A1,P1,2020-01-01           duplicate of line 2
    ///     6     A1,P4,2020-01-05           kept, another date than A1's first
    ///     7     A3,P1,2020-01-03           kept
    ///     8     A3,P1,2020-01-03           duplicate of line 7
    ///     9     A1,P2,2020-01-09           kept (not a duplicate of line 3: the date differs), another date
    ///     10    A4,P5,2020-01-04           kept
    ///
    /// 9 rows read, 7 kept, 2 duplicates, 2 rows dated differently from their arrest's first.
    /// Persons P1…P5 → 0…4, arrests A1…A4 → 0…3 (identifier order).
    @Test("rows of arrests spanning pieces: duplicates across pieces dropped, dates compared with the file's first, whatever the cuts")
    func spanningArrests() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date
            A1,P1,2020-01-01
            A1,P2,2020-01-01
            A2,P3,2020-01-02
            A1,P1,2020-01-01
            A1,P4,2020-01-05
            A3,P1,2020-01-03
            A3,P1,2020-01-03
            A1,P2,2020-01-09
            A4,P5,2020-01-04

            """)
        let end = CalendarDay(year: 2024, month: 1, day: 1)!
        let day = { (d: Int) in CalendarDay(year: 2020, month: 1, day: d)! }
        // Rows are 17 bytes and the header 32: pieces of 17–60 bytes put cuts between every
        // pair of rows, and several cuts inside A1's rows.
        for plan in [PiecePlan.whole] + (17...60).map(PiecePlan.bytes) {
            let set = try RecordSet.read(InputSources([.arrests: url]), dataEnd: end, arrestPieces: plan)
            #expect(set.personIDs == ["P1", "P2", "P3", "P4", "P5"], "\(plan)")
            #expect(set.arrests.arrestIDs == ["A1", "A2", "A3", "A4"], "\(plan)")
            #expect(set.arrests.person == [0, 1, 2, 3, 0, 1, 4], "\(plan)")
            #expect(set.arrests.arrest == [0, 0, 1, 0, 2, 0, 3], "\(plan)")
            #expect(set.arrests.day == [1, 1, 2, 5, 3, 9, 4].map(day), "\(plan)")
            let report = set.reports[0]
            #expect((report.rowsRead, report.accepted, report.deduplicated) == (9, 7, 2), "\(plan)")
            #expect(report.warnings[ArrestTable.differentDatesWarning] == 2, "\(plan)")
        }
    }

    @Test("the rows whose arrest spans pieces, read through a piece's map of arrests")
    func spanningRows() {
        // Arrests 0…3 of the file; 1 and 3 span pieces. A piece's local arrests 0, 1, 2 are the
        // file's 3, 0, 1: its rows 1 (local 0 → 3) and 3 (local 2 → 1) are the spanning ones.
        let spans = [false, true, false, true]
        #expect(ArrestTable.rows(of: [1, 0, 1, 2, 1], through: [3, 0, 1], where: spans) == [1, 3])
        #expect(ArrestTable.rows(of: [0, 1, 2, 3, 3], where: spans) == [1, 3, 4])
        #expect(ArrestTable.rows(of: [], where: spans) == [])
    }

    @Test("later pieces' rows appended renumbered, skipped rows left out, area and charge only when the file has them")
    func appendRenumbered() {
        var table = ArrestTable()
        var charges = CodeColumnBuilder()
        let d = { (n: Int32) in CalendarDay(daysSinceEpoch: n) }
        // The first piece: one row (person 0, arrest 0, area 0, charge "robo" = code 1).
        table.person = [0]; table.arrest = [0]; table.day = [d(10)]; table.category = [.violent]; table.gunInvolved = [true]
        table.area = [0]
        charges.append(code: charges.intern("robo"))
        // A later piece of 3 rows in its own numbers: persons 0, 1 → 5, 2; areas 0 → 1 (-1 blank
        // stays); charges "hurto" (local 1) → 2 once interned after "robo"; arrests 0, 1 → 1, 0.
        var rows = ArrestTable()
        rows.person = [0, 1, 0]; rows.arrest = [0, 1, 1]; rows.day = [d(11), d(12), d(13)]
        rows.category = [nil, .property, .weapons]; rows.gunInvolved = [false, nil, true]; rows.area = [0, -1, 0]
        let remap = PieceRemap(rows: rows, arrests: [1, 0], persons: [5, 2], areas: [1], codes: [1, 0, 1],
                               charges: [charges.intern("hurto")], area: true, charge: true)
        table.append([remap], skipping: [[1]], charges: &charges)
        #expect(table.person == [0, 5, 5])
        #expect(table.arrest == [0, 1, 0])
        #expect(table.day == [d(10), d(11), d(13)])
        #expect(table.category == [.violent, nil, .weapons])
        #expect(table.gunInvolved == [true, false, true])
        #expect(table.area == [0, 1, 1])
        #expect((0..<3).map(charges.code(at:)) == [1, 2, 2])

        // Without area and charge columns: those stay empty.
        var bare = ArrestTable()
        var none = CodeColumnBuilder()
        let plain = PieceRemap(rows: rows, arrests: [1, 0], persons: nil, areas: nil, codes: [], charges: [], area: false, charge: false)
        bare.append([plain, plain], skipping: [[], [0, 2]], charges: &none)
        #expect(bare.person == [0, 1, 0, 1])
        #expect(bare.arrest == [1, 0, 0, 0])
        #expect(bare.area.isEmpty)
        #expect(none.codes.isEmpty)
    }
}
