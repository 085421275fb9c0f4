import Foundation
import Testing
@testable import FocusNetGraph

@Suite struct BlankCodesTests {
    @Test("blank optional codes are counted per column as warnings, only in accepted rows; an absent column counts nothing")
    func counted() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        // Line 2: both blank; line 3: category given, gun blank; line 4 rejected (bad date) with a blank category;
        // line 5 an exact duplicate of line 2; line 6 category only white space.
        let arrests = scratch.file("arrests.csv", """
            arrest_id,person_id,arrest_date,offense_category,gun_involved
            A1,p1,2020-01-01,,
            A2,p1,2020-02-01,violent,
            A3,p2,2020-13-01,,1
            A1,p1,2020-01-01,,
            A4,p3,2020-03-01,  ,0

            """)
        let persons = scratch.file("persons.csv", "person_id,sex,race\np1,M,\np2,,\n")
        let records = try RecordSet.read(InputSources([.arrests: arrests, .persons: persons]), dataEnd: CalendarDay(year: 2021, month: 1, day: 1)!)
        let a = try #require(records.reports.first { $0.kind == .arrests })
        #expect(a.accepted == 3 && a.deduplicated == 1 && a.rejected == 1)
        #expect(a.warnings == [BlankCodes.warning(kind: .arrests, column: "offense_category"): 2,
                               BlankCodes.warning(kind: .arrests, column: "gun_involved"): 2])
        #expect(BlankCodes.warning(kind: .arrests, column: "offense_category")
                == "blank offense_category (read as: no category, not violent or weapons)")
        let p = try #require(records.reports.first { $0.kind == .persons })
        #expect(p.warnings == ["blank sex (read as: not recorded)": 1, "blank race (read as: not recorded)": 2])
        #expect(!p.warnings.keys.contains { $0.contains("custody_status") }, "no custody_status column: nothing counted")
    }
}
