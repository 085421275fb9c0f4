import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct ModelInputsTests {
    /// The example region ranked at its last day: groups, victims and co-arrests all present.
    static func example() throws -> (Ranking, ModelInputs) {
        let records = try BacktestFixtures.example.get()
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: BacktestFixtures.day("2023-12-31"), configuration: RankConfiguration())
        return (ranking, ModelInputs(ranking: ranking, context: context))
    }

    @Test("the exposure-profile columns are the ranking's ExposureProfile, node for node")
    func exposureProfileColumns() throws {
        let (ranking, x) = try Self.example()
        let p = ranking.exposureProfile
        #expect(x.count == ranking.persons.count)
        #expect(x.victimsCoArrest1Step == p.victimsCoArrest1Step.map(Int.init))
        #expect(x.victimsGroup1Step == p.victimsGroup1Step.map(Int.init))
        #expect(x.victims2Step == p.victims2Step.map(Int.init))
        #expect(x.groupExposure == p.groupExposure)
        #expect(x.groupViolence == p.groupViolence.map(Int.init))
        #expect(x.daysSinceVictimization == p.daysSinceVictimization.map { $0.map(Int.init) })
        // Each column holds something on the example region, so the equalities above can fail.
        #expect(x.victimsCoArrest1Step.contains { $0 > 0 } && x.victimsGroup1Step.contains { $0 > 0 })
        #expect(x.victims2Step.contains { $0 > 0 } && x.groupViolence.contains { $0 > 0 } && x.groupExposure.contains { $0 > 0 })
        #expect(x.daysSinceVictimization.contains { $0 != nil })
    }

    @Test("a subset keeps the exposure-profile columns of the people chosen, in that order")
    func subset() throws {
        let (_, x) = try Self.example()
        let chosen = [x.groupViolence.firstIndex { $0 > 0 }!, x.daysSinceVictimization.firstIndex { $0 != nil }!, 0]
        let s = x.subset(chosen)
        #expect(s.count == 3)
        #expect(s.victimsCoArrest1Step == chosen.map { x.victimsCoArrest1Step[$0] })
        #expect(s.victimsGroup1Step == chosen.map { x.victimsGroup1Step[$0] })
        #expect(s.victims2Step == chosen.map { x.victims2Step[$0] })
        #expect(s.groupExposure == chosen.map { x.groupExposure[$0] })
        #expect(s.groupViolence == chosen.map { x.groupViolence[$0] })
        #expect(s.daysSinceVictimization == chosen.map { x.daysSinceVictimization[$0] })
    }

    @Test("the new model features: log(1 + count), log(1 + weighted exposure), 1/(1 + days/365) or 0")
    func featureValues() throws {
        let (_, x) = try Self.example()
        #expect(ModelFeature.logVictimsCoArrest1Step.values(x) == x.victimsCoArrest1Step.map { log1p(Double($0)) })
        #expect(ModelFeature.logVictimsGroup1Step.values(x) == x.victimsGroup1Step.map { log1p(Double($0)) })
        #expect(ModelFeature.logVictims2Step.values(x) == x.victims2Step.map { log1p(Double($0)) })
        #expect(ModelFeature.logGroupExposure.values(x) == x.groupExposure.map { log1p($0) })
        #expect(ModelFeature.logGroupViolence.values(x) == x.groupViolence.map { log1p(Double($0)) })
        let recency = ModelFeature.victimizationRecency.values(x)
        for (value, days) in zip(recency, x.daysSinceVictimization) {
            #expect(abs(value - (days.map { 1 / (1 + Double($0) / 365) } ?? 0)) < 1e-15)
        }
        #expect(ModelFeature.recency([0, 365, nil]) == [1, 0.5, 0])
    }

    @Test("area violence by hand: victimizations in the window per 1,000 people of the network in the area; nothing after D counts")
    func areaViolence() {
        // Area A: persons 0, 1, 2, 3 in the network (4 people), victims 0 and 1 in the window, 2 before it →
        // 2 / 4 × 1000 = 500. Area B: persons 4, 5 in the network, no victim → 0. Person 6 has no area.
        // Person 7 (area A) is not in the network at D (first recorded later): not a resident; their
        // victimization and person 0's, both after D, change nothing.
        var context = ScoringContext(personCount: 8)
        context.area = ["A", "A", "A", "A", "B", "B", nil, "A"]
        let day = BacktestFixtures.day
        context.victimizations = [
            .init(person: 0, day: day("2023-06-01"), fatal: false), .init(person: 1, day: day("2023-12-31"), fatal: false),
            .init(person: 2, day: day("2021-01-01"), fatal: false), .init(person: 6, day: day("2023-06-01"), fatal: false),
            .init(person: 7, day: day("2024-02-01"), fatal: false), .init(person: 0, day: day("2024-03-01"), fatal: false),
        ]
        let window = ObservationWindow(asOf: day("2023-12-31"), lookback: CalendarPeriod(count: 18, unit: .months))
        let rate = ModelInputs.Source.areaViolence(context: context, people: [0, 1, 2, 3, 4, 5, 6], window: window)
        #expect(rate.ofPerson == [0, 0, 0, 0, 1, 1, -1, 0])
        #expect(rate.perArea == [500, 0])
    }
}
