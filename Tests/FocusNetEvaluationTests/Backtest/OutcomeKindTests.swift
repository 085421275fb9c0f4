import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct OutcomeKindTests {
    @Test("the window is (D, D + W]: an event dated D is not an outcome, one dated D + W is, D + W + 1 is not")
    func boundaries() throws {
        let records = try BacktestFixtures.records([
            "arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2021-01-01\nA2,p2,2021-01-01\nA3,p3,2021-01-01\nA4,p4,2021-06-30\nA5,p5,2021-12-31\n",
            "victimizations.csv": "incident_id,person_id,date,type\nV1,p1,2021-06-30,shot_nonfatal\nV2,p2,2021-12-31,shot_nonfatal\nV3,p3,2022-01-01,shot_fatal\n",
            "shootings.csv": "incident_id,suspect_person_id,date\nS1,p2,2021-06-30\nS2,p3,2021-12-31\n",
        ])
        let context = ScoringContext(records: records)
        let window = OutcomeWindow(origin: BacktestFixtures.day("2021-06-30"), length: CalendarPeriod("6mo")!)
        #expect(window.end.description == "2021-12-31")      // 30 June is a month end: + 6 months is 31 December
        #expect(window.description == "(2021-06-30, 2021-12-31]")
        let index = Dictionary(uniqueKeysWithValues: records.personIDs.enumerated().map { ($1, $0) })
        func who(_ kind: OutcomeKind) -> [String] {
            let happened = window.happened(kind, records: records, context: context)
            return records.personIDs.filter { happened[index[$0]!] }
        }
        #expect(who(.shot) == ["p2"])
        #expect(who(.shooter) == ["p3"])
        #expect(who(.either) == ["p2", "p3"])
        #expect(who(.arrest) == ["p5"])
    }

    @Test("an outcome needs its file")
    func availability() throws {
        let records = try BacktestFixtures.records(["arrests.csv": "arrest_id,person_id,arrest_date\nA1,p1,2021-01-01\n"])
        #expect(OutcomeKind.arrest.isAvailable(in: records))
        #expect(!OutcomeKind.shot.isAvailable(in: records))
        #expect(!OutcomeKind.either.isAvailable(in: records))
    }
}
