import Foundation
import Testing
@testable import FocusNetGraph

@Suite("ShootingTable")
struct ShootingTableTests {
    @Test("suspects join the person index; incidents are shared with victimizations")
    func shootings() throws {
        let (records, paths) = try readRecords([
            .shootings: "incident_id,suspect_person_id,date\nI2,S1,2022-03-01\nI1,S2,2022-02-01\nI1,S2,2022-02-01\nI3,,2022-04-01\nI4,S1,2022-13-01\n",
            .victimizations: "incident_id,person_id,date,type\nI1,V1,2022-02-01,shot_nonfatal\n",
            .arrests: "arrest_id,person_id,arrest_date\nA1,S1,2021-01-01\n",
        ])
        let f = paths[.shootings]!
        #expect(records.rejects == [
            Rejection(file: f, line: 5, column: "suspect_person_id", value: "", reason: "blank suspect_person_id"),
            Rejection(file: f, line: 6, column: "date", value: "2022-13-01", reason: "unparseable date (expected iso)"),
        ])
        #expect(counts(records.report(.shootings)) == [5, 2, 1, 2])
        #expect(records.personIDs == ["S1", "S2", "V1"])
        #expect(records.incidentIDs == ["I1", "I2"])
        #expect(records.shootings.incident == [1, 0])
        #expect(records.shootings.suspect.map(records.id) == ["S1", "S2"])
        #expect(records.victimizations.incident == [0])
        #expect(records.shootings.area.isEmpty)
    }
}
