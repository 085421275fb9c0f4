import Foundation
import Testing
@testable import FocusNetGraph

@Suite("AliasTable")
struct AliasTableTests {
    static let arrestsHeader = "arrest_id,person_id,arrest_date\n"

    @Test("an alias resolves before interning: two ids of one person never double-count a shared arrest")
    func noDoubleCount() throws {
        // P900 is another agency's id for P001. On A1 both ids are listed (the same person entered
        // twice); on A2 only the alias. P001–P002 share A1 and A2: weight 2, and no P001–P900 tie.
        let arrests = Self.arrestsHeader + """
            A1,P001,2022-01-01
            A1,P900,2022-01-01
            A1,P002,2022-01-01
            A2,P900,2022-02-01
            A2,P002,2022-02-01

            """
        let (records, _) = try readRecords([.arrests: arrests, .aliases: "alias_id,person_id\nP900,P001\n"])
        #expect(records.personIDs == ["P001", "P002"])
        #expect(records.ties() == ["P001|P002": 2])
        // After resolution A1's P900 row equals its P001 row: an exact duplicate, counted and removed.
        #expect(counts(records.report(.arrests)) == [5, 4, 1, 0])
        #expect(records.report(.arrests)?.aliasesResolved == 1)
        #expect(records.arrests.person.map(records.id) == ["P001", "P002", "P001", "P002"])

        // Without the alias file the same rows give the inflated network.
        let (raw, _) = try readRecords([.arrests: arrests])
        #expect(raw.ties() == ["P001|P002": 1, "P001|P900": 1, "P002|P900": 2])
    }

    @Test("chains resolve to their end, in any row order")
    func chains() throws {
        let (records, _) = try readRecords([
            .aliases: "alias_id,person_id\nA,B\nB,C\nD,A\n",
            .arrests: Self.arrestsHeader + "X1,A,2022-01-01\nX2,B,2022-01-02\nX3,D,2022-01-03\nX4,C,2022-01-04\n",
        ])
        #expect(records.personIDs == ["C"])
        #expect(records.aliases.aliasIDs == ["A", "B", "D"])
        #expect(records.aliases.person.map(records.id) == ["C", "C", "C"])
        #expect(records.report(.arrests)?.aliasesResolved == 3)
    }

    @Test("cycles and an alias naming two persons are rejected; self-maps and duplicates are not")
    func conflicts() throws {
        let text = """
            alias_id,person_id,source
            A,B,sheriff
            B,A,sheriff
            A,C,police
            A,B,sheriff
            E,E,police
            A, B ,sheriff
            F,B,police

            """
        let (records, paths) = try readRecords([.aliases: text, .arrests: Self.arrestsHeader + "X1,F,2022-01-01\n"])
        let f = paths[.aliases]!
        #expect(records.rejects == [
            Rejection(file: f, line: 3, column: "person_id", value: "A", reason: "alias cycle"),
            Rejection(file: f, line: 4, column: "alias_id", value: "A", reason: "alias_id names two persons"),
        ])
        #expect(counts(records.report(.aliases)) == [7, 3, 2, 2])
        #expect(records.report(.aliases)?.normalized == 0)
        #expect(records.aliases.source.names == ["police", "sheriff"])
        #expect(records.personIDs.contains("B") && !records.personIDs.contains("A") && !records.personIDs.contains("F"))
    }

    @Test("an alias consistent with an earlier row through a chain is accepted, not a conflict")
    func consistentThroughChain() throws {
        let (records, _) = try readRecords([
            .aliases: "alias_id,person_id\nA,B\nB,C\nA,C\n",
            .arrests: Self.arrestsHeader + "X1,A,2022-01-01\n",
        ])
        #expect(records.rejects.isEmpty)
        #expect(records.personIDs == ["C"])
    }

    @Test("aliases apply to every file, and conflicting person rows of one person are then reported")
    func everyFile() throws {
        let (records, paths) = try readRecords([
            .aliases: "alias_id,person_id\nP900,P001\n",
            .persons: "person_id,birth_date\nP001,1990-01-01\nP900,1991-01-01\n",
            .arrests: Self.arrestsHeader + "X1,P900,2022-01-01\n",
            .memberships: "person_id,group_id\nP900,G1\n",
            .victimizations: "incident_id,person_id,date,type\nI1,P900,2022-02-01,shot_fatal\n",
            .shootings: "incident_id,suspect_person_id,date\nI1,P900,2022-02-01\n",
            .custody: "person_id,start,end\nP900,2022-03-01,\n",
        ])
        #expect(records.personIDs == ["P001"])
        #expect(records.rejects == [Rejection(file: paths[.persons]!, line: 3, column: "birth_date", value: "1991-01-01",
                                              reason: "conflicting birth_date for one person")])
        for kind in [InputKind.arrests, .memberships, .victimizations, .shootings, .custody] {
            #expect(records.report(kind)?.aliasesResolved == 1, "\(kind)")
            #expect(records.report(kind)?.persons == 1, "\(kind)")
        }
    }
}
