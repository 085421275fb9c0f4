import Foundation
import Testing
@testable import FocusNetGraph

@Suite("MembershipTable")
struct MembershipTableTests {
    @Test("groups interned in identifier order; seen dates checked against each other, the data's end and birth")
    func memberships() throws {
        let text = """
            person_id,group_id,first_seen,last_seen,source
            P1,Vipers,2020-01-01,2021-01-01,Gang_Database
            P2,Aces,,,field_interview
            P1,Vipers,2020-01-01,2021-01-01,gang_database
            P3,Aces,2021-01-01,2020-01-01,gang_database
            P4,Aces,2025-01-01,,gang_database
            P5,Aces,1999-01-01,,gang_database
            P6,,2020-01-01,,gang_database

            """
        let (records, paths) = try readRecords([
            .memberships: text, .persons: "person_id,birth_date\nP5,2000-01-01\n", .arrests: "arrest_id,person_id,arrest_date\n",
        ])
        let f = paths[.memberships]!
        #expect(records.rejects == [
            Rejection(file: f, line: 5, column: "last_seen", value: "2020-01-01", reason: "last_seen before first_seen"),
            Rejection(file: f, line: 6, column: "first_seen", value: "2025-01-01", reason: "first_seen after the data's end"),
            Rejection(file: f, line: 7, column: "first_seen", value: "1999-01-01", reason: "first_seen before the person's birth_date"),
            Rejection(file: f, line: 8, column: "group_id", value: "", reason: "blank group_id"),
        ])
        #expect(counts(records.report(.memberships)) == [7, 2, 1, 4])
        let t = records.memberships
        #expect(t.groupIDs == ["Aces", "Vipers"])
        #expect(t.group == [1, 0])
        #expect(t.person.map(records.id) == ["P1", "P2"])
        #expect(t.firstSeen == [day("2020-01-01"), nil])
        #expect(t.lastSeen == [day("2021-01-01"), nil])
        #expect((0..<2).map { t.source[$0] } == ["gang_database", "field_interview"])
        #expect(records.report(.memberships)?.firstDate == day("2020-01-01"))
        #expect(records.report(.memberships)?.lastDate == day("2021-01-01"))
    }
}
