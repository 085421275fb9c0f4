import FocusNetGraph
import FocusNetScoring
import Foundation

extension RankOutput {
    struct Entry: Encodable {
        struct Contribution: Encodable { let feature: String; let value: Double; let percentile: Double; let contribution: Double; let score: String }
        /// `arrest_id` is left out under pseudonyms: it leads straight back to the person.
        struct Arrest: Encodable { let arrest_id: String?; let date: String }
        struct Step: Encodable { let from: String; let to: String; let arrests: [Arrest]; let groups: [String] }
        struct Path: Encodable { let victim: String; let victim_date: String; let hops: Int; let steps: [Step] }
        struct Group: Encodable { let group_id: String; let source: String?; let first_seen: String?; let last_seen: String? }
        let rank: Int
        let overall_rank: Int
        let person_id: String
        /// The fitted P(outcome within the window); `nil` when the list is ordered by the composite.
        let probability: Double?
        let score: Double
        let points: Double
        let network: Double
        let eligibility: String
        /// ``RiskBand`` raw value: `very_high`, `high`, `elevated`, `below_elevated`.
        let risk_band: String
        /// The sentences joined by "; ", as in `call_in_list.csv`.
        let reasons: String
        /// The reasons as sentences in the run's language, most important first (``ReasonWriter``).
        let sentences: [String]
        let contributions: [Contribution]
        let nearest_victim: Path?
        let groups: [Group]
        /// Home area from the persons file; `nil` when unknown.
        let area: String?
        /// Arrests, victimizations and memberships known at the as-of date (``PersonTimeline``).
        let timeline: [PersonTimeline.Event]
    }

    /// Full explanations of every invitee, as a JSON array in list order: the contributions as numbers,
    /// the reasons as sentences beside them, each invitee's home area and timeline (``PersonTimeline``).
    public func callInJSON() throws -> String {
        let rankOf = rankOf
        let timelines = PersonTimeline.events(records: records, windows: ranking.windows,
                                              people: Set(ranking.invitees.map { ranking.persons[$0] }), withArrestIDs: pseudonymizer == nil)
        let entries = ranking.invitees.enumerated().map { i, node -> Entry in
            let e = explanations[node]!
            return Entry(
                rank: i + 1, overall_rank: rankOf[node]!, person_id: id(node),
                probability: ranking.listScore.kind == .fitted ? ranking.listScore.values[node] : nil,
                score: ranking.scores.composite[node],
                points: ranking.scores.points[node], network: ranking.scores.network.scores[node],
                eligibility: ranking.eligibility.status[node].label, risk_band: band(node).rawValue,
                reasons: reasons(node), sentences: sentences(of: node),
                contributions: e.contributions.map { .init(feature: $0.feature, value: $0.value, percentile: $0.percentile,
                                                           contribution: $0.contribution, score: $0.score) },
                nearest_victim: e.nearestVictim.map { p in
                    .init(victim: personID(p.victim), victim_date: p.victimDate.description, hops: p.hops, steps: p.steps.map { s in
                        .init(from: personID(s.from), to: personID(s.to),
                              arrests: s.arrests.map { .init(arrest_id: pseudonymizer == nil ? $0.id : nil, date: $0.date.description) }, groups: s.groups)
                    })
                },
                groups: e.groups.map { .init(group_id: $0.group, source: $0.source, first_seen: $0.firstSeen?.description,
                                             last_seen: $0.lastSeen?.description) },
                area: context.area[Int(ranking.persons[node])], timeline: timelines[ranking.persons[node]] ?? [])
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(entries), as: UTF8.self) + "\n"
    }
}
