import FocusNetGraph
import FocusNetTestSupport
import Foundation
import Testing
@testable import FocusNetScoring

/// A hand-built case for eligibility, features, points, exposure and explanations.
///
///     p6 — p1 — p2 — p3 — p4✝        p5 (alone)
///     A5    A1    A2    A3
///
/// p4 was shot dead on 2021-04-15; p6 is in custody from 2021-05-15; p2 is 15 years old.
@Suite struct CallInScenarioTests {
    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    static func records() throws -> RecordSet {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-scenario-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }   // the records are read into memory below
        let file = dir.appendingPathComponent("arrests.csv")
        try ChainArrests.csv(adding: ["A6,p1,2021-07-01,violent,1"])   // A6 is after the as-of date
            .write(to: file, atomically: true, encoding: .utf8)
        return try RecordSet.read(InputSources([.arrests: file]))
    }

    static func context(_ records: RecordSet) -> ScoringContext {
        var c = ScoringContext(personCount: records.personIDs.count)
        c.birthDate[0] = day(1990, 1, 1)
        c.birthDate[1] = day(2005, 8, 1)
        c.victimizations = [.init(person: 3, day: day(2021, 4, 15), fatal: true),
                            .init(person: 0, day: day(2021, 7, 2), fatal: false)]   // after D: ignored
        c.custody = [.init(person: 5, start: day(2021, 5, 15), end: nil)]
        return c
    }

    static func ranking(_ configure: (inout RankConfiguration) -> Void = { _ in }) throws -> (Ranking, RecordSet, ScoringContext) {
        let records = try records()
        let context = context(records)
        var configuration = RankConfiguration(top: 3)
        configure(&configuration)
        return (try Ranking(records: records, asOf: asOf, configuration: configuration, context: context), records, context)
    }

    @Test("history features and points, hand-computed; nothing after the as-of date counts")
    func featuresAndPoints() throws {
        let (r, _, _) = try Self.ranking()
        #expect(r.features.arrests == [2, 2, 2, 1, 1, 1])
        #expect(r.features.violentArrests == [2, 1, 0, 0, 0, 1])
        #expect(r.features.gunArrests == [1, 1, 0, 0, 1, 0])
        #expect(r.features.priorVictimizations == [0, 0, 0, 1, 0, 0])
        #expect(r.features.age[0] == 31 && r.features.age[1] == 15 && r.features.age[2] == nil)
        // points: arrests + 3 violent + 4 gun + 5 victimization + 3 if under 25.
        #expect(r.scores.points == [12, 12, 2, 6, 5, 4])
    }

    @Test("exposure to the victim: 1 at one step, 0.5 at two; own victimization excluded")
    func exposure() throws {
        let (r, _, _) = try Self.ranking()
        #expect(r.victimExposure.exposure == [0, 0.5, 1, 0, 0, 0])
        #expect(r.victimExposure.within2 == [0, 1, 1, 0, 0, 0])
    }

    @Test("eligibility: the dead and those in custody are excluded; the juvenile is not invited by default, flagged when the policy invites minors")
    func eligibility() throws {
        let (r, _, _) = try Self.ranking()
        #expect(r.eligibility.status[3] == .excluded(.deceased))
        #expect(r.eligibility.status[5] == .excluded(.inCustody))
        #expect(r.eligibility.status[1] == .excluded(.under(18)))   // default: services, not the call-in
        #expect(r.eligibility.status[0] == .eligible)
        #expect(r.eligibility.status[2] == .eligible)   // no birth date: unknown age stays eligible
        #expect(!r.invitees.contains(1) && !r.invitees.contains(3) && !r.invitees.contains(5))
        let (flagged, _, _) = try Self.ranking { $0.eligibility.juveniles = .flag }
        #expect(flagged.eligibility.status[1] == .flagged(.under(18)))
        let (strict, _, _) = try Self.ranking { $0.eligibility.juveniles = .exclude }
        #expect(strict.eligibility.status[1] == .excluded(.under(18)))
        #expect(!strict.invitees.contains(1))
    }

    @Test("excluded people above the cut are reported with their would-be rank")
    func excludedAboveCut() throws {
        let (r, _, _) = try Self.ranking()
        let rankOf = Dictionary(uniqueKeysWithValues: r.order.enumerated().map { ($1, $0 + 1) })
        let cut = r.invitees.map { rankOf[$0]! }.max()!
        let expected = r.order.prefix(cut).enumerated().filter { !r.eligibility.status[$0.element].isEligible }.map { $0.offset + 1 }
        #expect(r.excludedAboveCut().map(\.rank) == expected)
        #expect(r.invitees.count == 3)
    }

    @Test("explanation: the path to the nearest victim names the arrests that make each tie")
    func explanation() throws {
        let (r, records, context) = try Self.ranking()
        let e = Explainer(ranking: r, records: records, context: context).explain(node: 1)
        let path = try #require(e.nearestVictim)
        #expect(path.victim == 3 && path.hops == 2 && path.victimDate == Self.day(2021, 4, 15))
        #expect(path.steps.map(\.from) == [1, 2] && path.steps.map(\.to) == [2, 3])
        #expect(path.steps.map { $0.arrests.map(\.id) } == [["A2"], ["A3"]])
        #expect(e.contributions.contains { $0.feature == "gun_arrests" && $0.contribution == 4 })
        // The list files explain once with 8 contributions and keep 5 for the CSV.
        let explainer = Explainer(ranking: r, records: records, context: context)
        for node in r.order { #expect(explainer.explain(node: node, top: 8).keeping(top: 5) == explainer.explain(node: node, top: 5)) }
    }

    @Test("reach mode picks the person tied to most at-risk people first")
    func reachMode() throws {
        let (r, _, _) = try Self.ranking {
            $0.selection = .reach(steps: 1, showUp: 1, atRiskShare: 1); $0.top = 1
            $0.eligibility.juveniles = .flag   // p2 (15) is a candidate here
        }
        // One-step closed neighbourhoods of eligible people: p1 {p6,p1,p2}, p2 {p1,p2,p3}, p3 {p2,p3,p4}: 3 each;
        // the tie goes to the higher composite score.
        let best = [0, 1, 2].max { r.scores.composite[$0] < r.scores.composite[$1] }!
        #expect(r.invitees == [best])
    }

    @Test("retention: records older than the period are set aside and counted, whatever the lookback")
    func retention() throws {
        let (r, _, _) = try Self.ranking { $0.windows.retention = CalendarPeriod("120d") }
        // 120 days before 2021-06-30 is 2021-03-02: A1, A2, A3 (6 rows) are set aside; A6 is after D (not counted).
        #expect(r.retention.arrestRowsSetAside == 6)
        #expect(r.windows.records.description == "(2021-03-02, 2021-06-30]")
        #expect(r.social.coOffending.tieCount == 1)   // only A5: p1–p6
        #expect(r.features.arrests.reduce(0, +) == 3)   // A4 (p5), A5 (p1, p6)
    }
}
