import FocusNetGraph
import FocusNetTestSupport
import Foundation
import Testing
@testable import FocusNetScoring

@Suite struct RankingTests {
    /// Arrests: A1 {p1, p2, p3}, A2 {p1, p2}, A3 {p4} alone, A4 {p3, p5}; p1 listed twice on A1.
    static let rows = [
        "A1,p1,2021-01-05", "A1,p2,2021-01-05", "A1,p3,2021-01-05", "A1,p1,2021-01-05",
        "A2,p1,2021-03-01", "A2,p2,2021-03-01", "A3,p4,2021-04-01", "A4,p3,2021-05-01", "A4,p5,2021-05-01",
        "A5,p9,2021-07-01",   // after the as-of date: never read
    ]

    static func records(_ rows: [String]) throws -> RecordSet {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-ranking-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }   // the records are read into memory below
        let file = dir.appendingPathComponent("arrests.csv")
        try ("arrest_id,person_id,arrest_date\n" + rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try RecordSet.read(InputSources([.arrests: file]))
    }

    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!
    static let configuration = RankConfiguration(top: 3)

    @Test("hand-computed network: strengths, isolates and nothing after the as-of date")
    func handComputed() throws {
        let records = try Self.records(Self.rows)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: Self.configuration)
        let ids = ranking.persons.map { records.personIDs[Int($0)] }
        #expect(ids == ["p1", "p2", "p3", "p4", "p5"])
        // p1–p2 share A1 and A2 (2); p1–p3, p2–p3 share A1; p3–p5 share A4; p4 is an isolate.
        #expect(ranking.measures.strength == [3, 3, 3, 0, 1])
        #expect(ranking.network.arrestCounts == [2, 2, 2, 1, 1])
        #expect(ranking.features.arrests == [2, 2, 2, 1, 1])
        #expect(ranking.measures.degree == [2, 2, 3, 0, 1])
        #expect(ranking.measures.betweenness == nil, "no default score uses betweenness")
        // With betweenness in the network score: p3 is the only broker to p5 (p4 is isolated),
        // so it lies on the shortest paths of (p1, p5) and (p2, p5), and ranks first.
        var brokerage = Self.configuration
        brokerage.model.network.components = [.strength, .betweenness, .eigenvector, .victimExposure]
        let brokered = try Ranking(records: records, asOf: Self.asOf, configuration: brokerage)
        #expect(brokered.measures.betweenness == [0, 0, 2, 0, 0])
        #expect(ids[brokered.order[0]] == "p3")
    }

    /// The network of `ExposureProfileTests` from record files: arrests p0–p1, p1–p2, p4–p5 and
    /// p6 alone; group GA = {p1, p2, p3, p4}; victims p0, p2 (twice) and p5 in the exposure
    /// window, p3 before it (2019-06-30: 731 days before D) and after D (a look-ahead trap).
    @Test("exposure profile through the records: windows applied, nothing after the as-of date")
    func exposureProfile() throws {
        let records = try BacktestFixtures.records([
            "arrests.csv": "arrest_id,person_id,arrest_date\nA1,p0,2021-01-05\nA1,p1,2021-01-05\nA2,p1,2021-02-01\n"
                + "A2,p2,2021-02-01\nA3,p4,2021-03-01\nA3,p5,2021-03-01\nA4,p6,2021-04-01\n",
            "memberships.csv": "person_id,group_id,first_seen,last_seen\np1,GA,2021-01-01,2021-06-01\np2,GA,2021-01-01,2021-06-01\n"
                + "p3,GA,2021-01-01,2021-06-01\np4,GA,2021-01-01,2021-06-01\n",
            "victimizations.csv": "incident_id,person_id,date,type\nV1,p0,2021-05-01,shot_nonfatal\nV2,p2,2021-05-20,shot_nonfatal\n"
                + "V3,p2,2021-06-20,shot_nonfatal\nV4,p5,2021-06-30,shot_fatal\nV5,p3,2019-06-30,shot_nonfatal\n"
                + "V6,p3,2021-07-01,shot_nonfatal\n",
        ])
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: Self.configuration)
        #expect(ranking.persons.map { records.personIDs[Int($0)] } == ["p0", "p1", "p2", "p3", "p4", "p5", "p6"])
        let p = ranking.exposureProfile
        #expect(p.victimsCoArrest1Step == [0, 2, 0, 0, 1, 0, 0])
        #expect(p.victimsGroup1Step == [0, 0, 0, 1, 1, 0, 0])
        #expect(p.victims2Step == [1, 1, 2, 2, 1, 1, 0])
        #expect(p.groupViolence == [0, 1, 0, 1, 1, 0, 0])
        #expect(zip(p.groupExposure, [0, 1.0 / 3, 0, 1.0 / 3, 1.0 / 3, 0, 0]).allSatisfy { abs($0 - $1) < 1e-15 })
        // Own victimization: the records window (all history up to D), the newest one; V6 is after D.
        #expect(p.daysSinceVictimization == [60, nil, 10, 731, nil, 0, nil])
    }
}

@Suite struct ProjectionOptionsTests {
    /// A1 {p1..p4} (4 persons), A2 {p1, p2}; as of 2021-06-30.
    static let rows = ["A1,p1,2021-01-01", "A1,p2,2021-01-01", "A1,p3,2021-01-01", "A1,p4,2021-01-01",
                       "A2,p1,2021-06-30", "A2,p2,2021-06-30"]

    static func network(_ options: ProjectionOptions) throws -> CoOffendingNetwork {
        let records = try RankingTests.records(rows)
        return CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                  window: ObservationWindow(asOf: CalendarDay(year: 2021, month: 6, day: 30)!), options: options)
    }

    @Test("mass event down-weighted 1/(k−1): A1 has 4 persons > 3 → each tie 1/3")
    func downweight() throws {
        let net = try Self.network(ProjectionOptions(massEventSize: 3, massEventPolicy: .downweight))
        #expect(net.massEvents == 1)
        #expect(net.graph.tieCount == 6)
        #expect(abs(net.graph.weights[0] - (1 + 1.0 / 3)) < 1e-15)   // p1–p2: A2 + A1/3
        #expect(abs(net.graph.weights[1] - 1.0 / 3) < 1e-15)         // p1–p3
    }

    @Test("mass event excluded: only A2's tie remains, persons and arrest counts stay")
    func exclude() throws {
        let net = try Self.network(ProjectionOptions(massEventSize: 3, massEventPolicy: .exclude))
        #expect(net.graph.tieCount == 1 && net.graph.weights == [1])
        #expect(net.graph.nodeCount == 4)
        #expect(net.arrestCounts == [2, 2, 1, 1])
    }

    @Test("tie half-life: an arrest 180 days old with a 180-day half-life weighs 0.5")
    func decay() throws {
        let net = try Self.network(ProjectionOptions(massEventPolicy: .keep, tieHalfLifeDays: 180))
        // A1 is dated 2021-01-01, 180 days before 2021-06-30; A2 is on the as-of date.
        #expect(abs(net.graph.weights[0] - 1.5) < 1e-12)
        #expect(abs(net.graph.weights[1] - 0.5) < 1e-12)
    }
}
