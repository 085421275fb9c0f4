import Foundation
import Testing
@testable import FocusNetGraph

@Suite("RecordSet")
struct RecordSetTests {
    static let arrests = "arrest_id,person_id,arrest_date\nA1,P1,2022-01-01\n"

    @Test("without an arrests or ties file nothing is read")
    func arrestsRequired() {
        #expect(recordError { _ = try RecordSet.read(InputSources()) }
            == .unreadable(file: "arrests", reason: "no arrests file given (use --arrests FILE, --ties FILE or --data DIR)"))
    }

    @Test("reports and rejects come in InputKind order, whatever the reading order")
    func order() throws {
        let (records, _) = try readRecords([
            .arrests: "arrest_id,person_id,arrest_date\nA1,,2022-01-01\n",
            .aliases: "alias_id,person_id\n,P1\n",
            .persons: "person_id\n\n \n",
            .population: "area,population\nX,x\n",
            .custody: "person_id,start,end\nP1,,\n",
        ])
        #expect(records.reports.map(\.kind) == [.arrests, .persons, .custody, .aliases, .population])
        #expect(records.rejects.map(\.column) == ["person_id", "person_id", "start", "alias_id", "population"])
        #expect(records.reports.allSatisfy { $0.reconciles })
    }

    @Test("dates after the data's end are rejected; the end itself is accepted")
    func dataEnd() throws {
        let (records, _) = try readRecords([.arrests: "arrest_id,person_id,arrest_date\nA1,P1,2024-06-30\nA2,P1,2024-07-01\n"],
                                           dataEnd: "2024-06-30")
        #expect(records.rejects.map(\.reason) == ["arrest_date after the data's end"])
        #expect(records.dataEnd == day("2024-06-30"))
        #expect(records.report(.arrests)?.lastDate == day("2024-06-30"))
    }

    @Test("without a data end, today is the end")
    func today() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("arrests.csv", "arrest_id,person_id,arrest_date\nA1,P1,2000-01-01\nA2,P1,9999-01-01\n")
        let records = try RecordSet.read(InputSources([.arrests: url]))
        #expect(records.dataEnd == CalendarDay.today)
        #expect(records.rejects.map(\.reason) == ["arrest_date after the data's end"])
    }

    @Test("--data DIR picks up the canonical file names present, and only those")
    func directory() {
        let scratch = Scratch()
        defer { scratch.remove() }
        _ = scratch.file("arrests.csv", Self.arrests)
        _ = scratch.file("persons.csv", "person_id\n")
        _ = scratch.file("gangs.csv", "person_id\n")
        let sources = InputSources(directory: scratch.url)
        #expect(Set(sources.files.keys) == [.arrests, .persons])
        #expect(sources.files[.persons]?.lastPathComponent == "persons.csv")
    }

    @Test("rejected rows add no one to the person, area or incident index")
    func rejectedRowsInternNothing() throws {
        let (records, _) = try readRecords([
            .arrests: "arrest_id,person_id,arrest_date,area\nA1,P1,2022-01-01,North\nA2,GHOST,2022-02-30,South\n",
            .victimizations: "incident_id,person_id,date,type\nI1,GHOST2,2022-01-01,stabbing\n",
        ])
        #expect(records.personIDs == ["P1"])
        #expect(records.areaIDs == ["North"])
        #expect(records.incidentIDs.isEmpty)
        #expect(records.arrests.arrestIDs == ["A1"])
    }

    @Test("each file's report counts its distinct persons")
    func personsPerFile() throws {
        let (records, _) = try readRecords([
            .arrests: "arrest_id,person_id,arrest_date\nA1,P1,2022-01-01\nA1,P2,2022-01-01\nA2,P1,2022-02-01\n",
            .memberships: "person_id,group_id\nP1,G\nP3,G\n",
        ])
        #expect(records.report(.arrests)?.persons == 2)
        #expect(records.report(.memberships)?.persons == 2)
        #expect(records.personIDs == ["P1", "P2", "P3"])
    }

    @Test("an arrest whose rows disagree on the date is kept and counted as a warning")
    func arrestDateWarning() throws {
        let (records, _) = try readRecords([.arrests: "arrest_id,person_id,arrest_date\nA1,P1,2022-01-01\nA1,P2,2022-01-02\n"])
        #expect(records.rejects.isEmpty)
        #expect(records.report(.arrests)?.warnings == ["rows whose arrest_id has another row with a different arrest_date": 1])
    }
}
