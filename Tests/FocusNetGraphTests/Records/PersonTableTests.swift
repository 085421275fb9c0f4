import Foundation
import Testing
@testable import FocusNetGraph

@Suite("PersonTable")
struct PersonTableTests {
    static let header = "person_id,birth_date,sex,race,area,custody_status,supervision\n"

    @Test("one row per person: repeats are duplicates, blanks are filled by merging, contradictions are rejected")
    func mergeAndConflict() throws {
        let text = Self.header + """
            P1,1990-05-01,m,,North,free,none
            P1,1990-05-01,m,,North,free,none
            P2,,f,,,,
            P2,1992-02-02,f,,South,Incarcerated,
            P2,1993-03-03,f,,,,
            P3,1980-01-01,m,,,free,parole
            P3,1980-01-01,f,,,,
            P3,1980-01-01,,,,deceased,

            """
        let (records, paths) = try readRecords([.persons: text, .arrests: "arrest_id,person_id,arrest_date\n"])
        let f = paths[.persons]!
        #expect(records.rejects == [
            Rejection(file: f, line: 6, column: "birth_date", value: "1993-03-03", reason: "conflicting birth_date for one person"),
            Rejection(file: f, line: 8, column: "sex", value: "f", reason: "conflicting sex for one person"),
            Rejection(file: f, line: 9, column: "custody_status", value: "deceased",
                      reason: "conflicting custody_status for one person"),
        ])
        #expect(counts(records.report(.persons)) == [8, 4, 1, 3])
        // Blank codes in the accepted rows (lines 2, 4, 5, 7): race on all four, supervision on 4 and 5,
        // custody_status on 4; the rejected and duplicate rows count nothing.
        #expect(records.report(.persons)?.warnings == ["rows merged into an earlier row of the same person": 1,
                                                       "blank race (read as: not recorded)": 4,
                                                       "blank supervision (read as: unknown, not supervised)": 2,
                                                       "blank custody_status (read as: unknown, custody periods decide)": 1])
        #expect(records.report(.persons)?.normalized == 1)      // "Incarcerated" folded
        let t = records.persons
        #expect(t.rowCount == 3)
        #expect(t.person.map(records.id) == ["P1", "P2", "P3"])
        #expect(t.birthDate == [day("1990-05-01"), day("1992-02-02"), day("1980-01-01")])
        #expect((0..<3).map { t.sex[$0] } == ["m", "f", "m"])
        #expect(t.area.map { $0 < 0 ? "" : records.areaIDs[Int($0)] } == ["North", "South", ""])
        #expect(t.custodyStatus == [.free, .incarcerated, .free])
        #expect(t.supervision == [Supervision.none, nil, .parole])
        #expect(t.race.codes == [0, 0, 0])
        #expect(t.row(of: 1) == 1)
        #expect(records.report(.persons)?.firstDate == day("1980-01-01"))
        #expect(records.report(.persons)?.lastDate == day("1992-02-02"))
    }

    @Test("closed code lists: unknown custody_status or supervision is rejected, mapped codes are accepted")
    func codes() throws {
        var mapping = MappingSet()
        mapping[.persons] = InputMapping(codes: ["supervision": ["libertad condicional": "parole"], "sex": ["hombre": "male"]])
        let (records, _) = try readRecords([
            .persons: "person_id,custody_status,supervision,sex\nP1,free,Libertad Condicional,Hombre\nP2,jailed,none,\nP3,free,house arrest,\n",
            .arrests: "arrest_id,person_id,arrest_date\n",
        ], mapping: mapping)
        #expect(records.rejects.map(\.reason) == [
            "unknown custody_status code (expected deceased|free|incarcerated)",
            "unknown supervision code (expected none|parole|probation)",
        ])
        #expect(records.persons.supervision == [.parole])
        #expect(records.persons.sex[0] == "male")
    }

    @Test("a birth date after the data's end is rejected")
    func futureBirth() throws {
        let (records, _) = try readRecords([.persons: "person_id,birth_date\nP1,2025-01-01\nP2,2024-12-31\n",
                                            .arrests: "arrest_id,person_id,arrest_date\n"], dataEnd: "2024-12-31")
        #expect(records.rejects.map(\.reason) == ["birth_date after the data's end"])
        #expect(records.persons.person.map(records.id) == ["P2"])
    }

    @Test("ages at arrest: under 10 and over 100 rejected, 10 and 100 accepted, an arrest before birth rejected")
    func agesAtArrest() throws {
        let persons = "person_id,birth_date\nP1,2000-02-29\nP2,1900-06-15\n"
        let arrests = """
            arrest_id,person_id,arrest_date
            A1,P1,2010-02-28
            A2,P1,2010-03-01
            A3,P1,1999-12-31
            A4,P2,2000-06-15
            A5,P2,2001-06-15
            A6,P2,2001-06-14
            A7,P3,1901-01-01

            """
        let (records, paths) = try readRecords([.persons: persons, .arrests: arrests])
        let f = paths[.arrests]!
        #expect(records.rejects == [
            Rejection(file: f, line: 2, column: "arrest_date", value: "2010-02-28", reason: "age at arrest under 10"),
            Rejection(file: f, line: 4, column: "arrest_date", value: "1999-12-31",
                      reason: "arrest_date before the person's birth_date"),
            Rejection(file: f, line: 6, column: "arrest_date", value: "2001-06-15", reason: "age at arrest over 100"),
        ])
        // P3 has no birth date: nothing to check.
        #expect(records.arrests.arrestIDs == ["A2", "A4", "A6", "A7"])
    }

    @Test("whole years are counted as on a birthday")
    func wholeYears() {
        #expect(day("2010-03-01").wholeYears(since: day("2000-02-29")) == 10)
        #expect(day("2010-02-28").wholeYears(since: day("2000-02-29")) == 9)
        #expect(day("2020-02-29").wholeYears(since: day("2000-02-29")) == 20)
        #expect(day("1999-12-31").wholeYears(since: day("2000-01-01")) == 0)
        #expect(day("1998-12-31").wholeYears(since: day("2000-01-01")) == -1)
    }

    @Test("rowOfPerson covers every person of the run, -1 for persons the file does not list")
    func rowOfPerson() throws {
        let (records, _) = try readRecords([.persons: "person_id\nP2\n", .arrests: "arrest_id,person_id,arrest_date\nA,P1,2020-01-01\n"])
        #expect(records.personIDs == ["P1", "P2"])
        #expect(records.persons.rowOfPerson == [-1, 0])
        #expect(records.persons.row(of: 0) == nil)
    }
}
