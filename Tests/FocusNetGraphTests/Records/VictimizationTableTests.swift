import Foundation
import Testing
@testable import FocusNetGraph

@Suite("VictimizationTable")
struct VictimizationTableTests {
    @Test("types are folded and code-mapped onto shot_fatal / shot_nonfatal; anything else is rejected")
    func types() throws {
        var mapping = MappingSet()
        mapping[.victimizations] = InputMapping(
            codes: ["type": ["homicidio": "shot_fatal", "lesiones por arma de fuego": "shot_nonfatal"]])
        let text = """
            incident_id,person_id,date,type,area
            I1,P1,2022-01-01,Homicidio,Centro
            I2,P2,2022-01-02,LESIONES POR ARMA DE FUEGO,Centro
            I3,P3,2022-01-03,shot_fatal,Norte
            I4,P4,2022-01-04,robo,Norte
            I5,P5,2022-01-05,,Norte
            I6,P6,2025-01-01,shot_fatal,Norte
            I1,P1,2022-01-01,homicidio,Centro

            """
        let (records, paths) = try readRecords([.victimizations: text, .arrests: "arrest_id,person_id,arrest_date\n"], mapping: mapping)
        let f = paths[.victimizations]!
        #expect(records.rejects == [
            Rejection(file: f, line: 5, column: "type", value: "robo", reason: "unknown type code (expected shot_fatal|shot_nonfatal)"),
            Rejection(file: f, line: 6, column: "type", value: "", reason: "blank type"),
            Rejection(file: f, line: 7, column: "date", value: "2025-01-01", reason: "date after the data's end"),
        ])
        #expect(counts(records.report(.victimizations)) == [7, 3, 1, 3])
        #expect(records.report(.victimizations)?.normalized == 2)
        let t = records.victimizations
        #expect(t.type == [.shotFatal, .shotNonfatal, .shotFatal])
        #expect(t.area.map { records.areaIDs[Int($0)] } == ["Centro", "Centro", "Norte"])
        #expect(t.incident.map { records.incidentIDs[Int($0)] } == ["I1", "I2", "I3"])
    }

    @Test("unknown_codes: other cannot rescue a victimization type (there is no other type)")
    func noOther() throws {
        var mapping = MappingSet()
        mapping[.victimizations] = InputMapping(unknownCodes: .other)
        let (records, _) = try readRecords([
            .victimizations: "incident_id,person_id,date,type\nI1,P1,2022-01-01,stabbing\n",
            .arrests: "arrest_id,person_id,arrest_date\n",
        ], mapping: mapping)
        #expect(records.rejects.map(\.column) == ["type"])
    }
}
