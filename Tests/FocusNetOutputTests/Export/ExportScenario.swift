import FocusNetGraph
import Foundation
import FocusNetScoring
@testable import FocusNetOutput

/// A hand-built network for the export tests, as of 2021-06-30, whole history:
///
///     p1 ══ p2 ── p3 ── p4        p5 (alone: A5)
///     A1,A2  A3    A4
///     └─ G1 ─────────────────────── p5        p4 in G2 (alone)
///
/// p1–p2 share A1 (2021-01-05) and A2 (2021-03-01); p2–p3 share A3 (2021-04-01); p3–p4 share
/// A4 (2021-05-01). A6 {p4, p5} on 2021-07-01 is after the as-of date and never read. p1 and p5
/// are both in G1, so they are tied by the group layer only (weight 1/(2 − 1) = 1); p1's G1
/// label was seen again on 2021-08-01, after the as-of date: that sighting must not appear.
enum ExportScenario {
    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!

    static func directory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try """
            arrest_id,person_id,arrest_date
            A1,p1,2021-01-05
            A1,p2,2021-01-05
            A2,p1,2021-03-01
            A2,p2,2021-03-01
            A3,p2,2021-04-01
            A3,p3,2021-04-01
            A4,p3,2021-05-01
            A4,p4,2021-05-01
            A5,p5,2021-02-01
            A6,p4,2021-07-01
            A6,p5,2021-07-01

            """.write(to: dir.appendingPathComponent("arrests.csv"), atomically: true, encoding: .utf8)
        try """
            person_id,group_id,first_seen,last_seen,source
            p1,G1,2020-01-01,2021-08-01,field_interview
            p5,G1,2020-06-01,2021-02-01,gang_database
            p4,G2,2021-01-01,2021-01-01,gang_database

            """.write(to: dir.appendingPathComponent("memberships.csv"), atomically: true, encoding: .utf8)
        return dir
    }

    static func ranking(top: Int = 2) throws -> (Ranking, RecordSet, ScoringContext) {
        let records = try RecordSet.read(InputSources(directory: directory()))
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: asOf, configuration: RankConfiguration(top: top), context: context)
        return (ranking, records, context)
    }

    /// Node index of a person id.
    static func node(_ id: String, _ ranking: Ranking, _ records: RecordSet) -> Int {
        Int(ranking.social.nodeOfPerson[records.personIDs.firstIndex(of: id)!])
    }

    static func key(_ bytes: UInt8) throws -> Pseudonymizer {
        try Pseudonymizer(keyBytes: Data(repeating: bytes, count: 32))
    }
}
