import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Foundation
@testable import FocusNetOutput

/// A hand-built region for the reason sentences, as of 2021-06-30:
///
///     p6 ─A5─ p1 ─A1─ p2 ─A2─ p3 ═A3,A7═ p4✚        p5 (A4 alone)
///      └──────────── G1 ─────────────────┘└──── G1 ───┘
///
/// p4 was shot (not fatally) on 2021-05-12, 49 days before the as-of date; p6 is in custody from
/// 2021-05-15; p2 is 15. G1 = {p4, p5, p6}: p5 shares only the group label with the victim, p3
/// two arrests (A3, A7), p1 reaches the victim in two steps (A5 with p6, then G1).
enum ReasonScenario {
    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!
    static func day(_ y: Int, _ m: Int, _ d: Int) -> CalendarDay { CalendarDay(year: y, month: m, day: d)! }

    /// The chain's arrests (``FocusNetTestSupport/ChainArrests``) plus A7, and the memberships of G1.
    static func records() throws -> RecordSet {
        try BacktestFixtures.records([
            "arrests.csv": ChainArrests.csv(adding: ["A7,p3,2021-03-20,weapons,1", "A7,p4,2021-03-20,weapons,1"]),
            "memberships.csv": "person_id,group_id\np4,G1\np5,G1\np6,G1\n",
        ])
    }

    /// The person index of `id`.
    static func person(_ id: String, _ records: RecordSet) -> Int32 { Int32(records.personIDs.firstIndex(of: id)!) }

    static func context(_ records: RecordSet) -> ScoringContext {
        var c = ScoringContext(records: records)
        c.birthDate[Int(person("p1", records))] = day(1990, 1, 1)
        c.birthDate[Int(person("p2", records))] = day(2005, 8, 1)
        c.victimizations = [.init(person: person("p4", records), day: day(2021, 5, 12), fatal: false)]
        c.custody = [.init(person: person("p6", records), start: day(2021, 5, 15), end: nil)]
        return c
    }

    /// The ranking and its output in `language`.
    static func output(_ language: Language = .en, _ configure: (inout RankConfiguration) -> Void = { _ in }) throws -> RankOutput {
        let records = try records()
        let context = context(records)
        var configuration = RankConfiguration(top: 4)
        configure(&configuration)
        let ranking = try Ranking(records: records, asOf: asOf, configuration: configuration, context: context)
        return RankOutput(ranking: ranking, records: records, context: context, language: language)
    }

    /// The sentences of person `id` (listed or in services).
    static func sentences(_ id: String, _ output: RankOutput) -> [String] {
        let person = Self.person(id, output.records)
        return output.sentences(of: Int(output.ranking.social.nodeOfPerson[Int(person)]))
    }
}
