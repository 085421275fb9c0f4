import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

/// Look-ahead traps: records dated D + 1 must not change anything known at D.
///
///     A1 2021-01-10 {p1 p2 p3} violent      G1: p1 (2020-06-01), p4 (2021-02-01)
///     A2 2021-03-05 {p2 p4} weapons, gun    G2: p6 (2021-01-01)
///     A3 2021-05-01 {p5} property           V1 p2 shot 2021-04-01; V2 p6 killed 2021-05-15
///     A4 2021-06-01 {p3 p5} narcotics       S1 suspect p4 2021-04-01; p5 in custody 06-10…08-01
///
/// D = 2021-06-30. p1's custody_status is "incarcerated" in the persons file (end of data): a
/// backtest must not read it.
@Suite struct OriginSnapshotTests {
    static let base: [String: String] = [
        "persons.csv": """
            person_id,birth_date,sex,race,area,custody_status
            p1,1995-03-01,M,black,A1,incarcerated
            p2,2004-08-01,M,white,A1,free
            p3,1990-01-01,F,,A2,free
            p4,1999-12-31,,black,,free
            p5,1985-05-05,M,hispanic,A2,free
            p6,2000-01-01,M,black,A1,deceased

            """,
        "arrests.csv": """
            arrest_id,person_id,arrest_date,offense_category,gun_involved
            A1,p1,2021-01-10,violent,0
            A1,p2,2021-01-10,violent,0
            A1,p3,2021-01-10,violent,0
            A2,p2,2021-03-05,weapons,1
            A2,p4,2021-03-05,weapons,1
            A3,p5,2021-05-01,property,0
            A4,p3,2021-06-01,narcotics,0
            A4,p5,2021-06-01,narcotics,0

            """,
        "memberships.csv": "person_id,group_id,first_seen,last_seen\np1,G1,2020-06-01,2021-06-01\np4,G1,2021-02-01,2021-06-01\np6,G2,2021-01-01,2021-01-01\n",
        "victimizations.csv": "incident_id,person_id,date,type\nV1,p2,2021-04-01,shot_nonfatal\nV2,p6,2021-05-15,shot_fatal\n",
        "shootings.csv": "incident_id,suspect_person_id,date\nS1,p4,2021-04-01\n",
        "custody.csv": "person_id,start,end\np5,2021-06-10,2021-08-01\n",
    ]

    /// Everything above plus one record of each kind dated D + 1 (and a new person p9).
    static var trapped: [String: String] {
        var files = base
        files["arrests.csv"]! += "A9,p1,2021-07-01,violent,1\nA9,p4,2021-07-01,violent,1\nA10,p2,2021-07-01,other,0\nA10,p9,2021-07-01,other,0\n"
        files["memberships.csv"]! += "p2,G1,2021-07-01,2021-07-01\np3,G2,2021-07-01,\n"
        files["victimizations.csv"]! += "V9,p3,2021-07-01,shot_fatal\nV10,p4,2021-07-01,shot_nonfatal\n"
        files["shootings.csv"]! += "S9,p2,2021-07-01\n"
        files["custody.csv"]! += "p1,2021-07-01,\np3,2021-07-01,2021-09-01\n"
        return files
    }

    static let origin = BacktestFixtures.day("2021-06-30")

    static func snapshot(_ files: [String: String], outcomes: [OutcomeKind] = [.shot, .shooter, .either, .arrest]) throws -> (RecordSet, OriginSnapshot) {
        let records = try BacktestFixtures.records(files)
        let configuration = RankConfiguration()
        let snapshot = try OriginSnapshot(records: records, context: ScoringContext(records: records), configuration: configuration,
                                          origin: origin, outcomeWindow: CalendarPeriod("18mo")!, outcomes: outcomes)
        return (records, snapshot)
    }

    @Test("an arrest, a victimization, a membership, a shooting and a custody period dated D + 1 change no feature at D")
    func lookAheadTrap() throws {
        let (ra, a) = try Self.snapshot(Self.base)
        let (rb, b) = try Self.snapshot(Self.trapped)
        #expect(a.persons.map { ra.personIDs[Int($0)] } == b.persons.map { rb.personIDs[Int($0)] })
        #expect(a.inputs == b.inputs)
        #expect(a.attributes == b.attributes)
        #expect(a.neighbors == b.neighbors)
        #expect(a.networkPeople == b.networkPeople && a.deceasedExcluded == b.deceasedExcluded && a.inCustody == b.inCustody)
        // Only the outcomes see D + 1: p1, p2, p4 and the new p9 are arrested, p9 outside the scored people.
        #expect(a.outcomes[.shot] != b.outcomes[.shot])
        #expect(b.outcomes[.arrest]!.filter { $0 }.count == 3)
        #expect(b.outcomePersonsAll[.arrest] == 4 && a.outcomePersonsAll[.arrest] == 0)
        #expect(b.unscoredOutcomePersons[.arrest]!.map { rb.personIDs[Int($0)] } == ["p9"])
        #expect(a.unscoredOutcomePersons[.arrest] == [])
    }

    @Test("scored people: the network at D without the dead; custody as of D from dated periods, not custody_status")
    func scoredPopulation() throws {
        let (records, s) = try Self.snapshot(Self.base)
        let ids = s.persons.map { records.personIDs[Int($0)] }
        #expect(ids == ["p1", "p2", "p3", "p4", "p5"])        // p6 (group-only node) was killed before D
        #expect(s.networkPeople == 6 && s.deceasedExcluded == 1)
        #expect(s.inCustody == 1)                               // p5 (2021-06-10…); p1's "incarcerated" is ignored
        #expect(s.inputs.arrests == [1, 2, 2, 1, 2])
        #expect(s.inputs.gunArrests == [0, 1, 0, 1, 0])
        #expect(s.inputs.priorVictimizations == [0, 1, 0, 0, 0])
        #expect(s.inputs.groupMember == [true, false, false, true, false])
        #expect(s.inputs.shooterExposure[1] > 0, "p2 is one step from the suspect p4")
        #expect(s.attributes.ageBand == ["25-34", "under 18", "25-34", "18-24", "35-44"])
        #expect(s.attributes.juvenile == [false, true, false, false, false])
        #expect(s.attributes.race == ["black", "white", nil, "black", "hispanic"])
        #expect(s.attributes.sex == ["m", "m", "f", nil, "m"])     // codes are case-folded on reading
        #expect(s.attributes.recentViolence == [true, true, true, true, false])
        #expect(s.neighbors[0] == [1, 2, 3], "p1: A1 ties to p2, p3 and the G1 tie to p4")
    }

    @Test("subset keeps the chosen people and re-indexes neighbours")
    func subset() throws {
        let (_, s) = try Self.snapshot(Self.base)
        let t = s.subset([0, 2, 4])
        #expect(t.count == 3)
        #expect(t.inputs.arrests == [1, 2, 2])
        #expect(t.neighbors[0] == [1])     // p1–p3
        #expect(t.neighbors[2] == [1])     // p5–p3
        #expect(t.outcomes[.shot]!.count == 3)
    }
}
