import FocusNetGraph
import FocusNetScoring
import Foundation
import Testing
@testable import FocusNetOutput

/// The rank folder's files for the hand-computed records of the ranking tests.
@Suite struct RankOutputTests {
    /// Arrests: A1 {p1, p2, p3}, A2 {p1, p2}, A3 {p4} alone, A4 {p3, p5}; p1 listed twice on A1.
    static let rows = [
        "A1,p1,2021-01-05", "A1,p2,2021-01-05", "A1,p3,2021-01-05", "A1,p1,2021-01-05",
        "A2,p1,2021-03-01", "A2,p2,2021-03-01", "A3,p4,2021-04-01", "A4,p3,2021-05-01", "A4,p5,2021-05-01",
        "A5,p9,2021-07-01",   // after the as-of date: never read
    ]

    static func records(_ rows: [String]) throws -> RecordSet {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-rank-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }   // the records are read into memory below
        let file = dir.appendingPathComponent("arrests.csv")
        try ("arrest_id,person_id,arrest_date\n" + rows.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try RecordSet.read(InputSources([.arrests: file]))
    }

    static let asOf = CalendarDay(year: 2021, month: 6, day: 30)!
    static let configuration = RankConfiguration(top: 3)

    @Test("the same rows shuffled give byte-identical outputs")
    func shuffledRowsSameBytes() throws {
        var generator = SplitMix64(seed: 7)
        let a = try Self.records(Self.rows)
        let b = try Self.records(Self.rows.shuffled(using: &generator))
        let ra = try Ranking(records: a, asOf: Self.asOf, configuration: Self.configuration)
        let rb = try Ranking(records: b, asOf: Self.asOf, configuration: Self.configuration)
        let oa = RankOutput(ranking: ra, records: a, context: ScoringContext(records: a))
        let ob = RankOutput(ranking: rb, records: b, context: ScoringContext(records: b))
        #expect(oa.scores() == ob.scores())
        #expect(oa.edges() == ob.edges())
        #expect(oa.callInList() == ob.callInList())
        #expect(try oa.callInJSON() == ob.callInJSON())
    }

    @Test("network_edges.csv: the co-offending ties with both layers' weights; group-only pairs are not listed")
    func edgesListCoOffendingTies() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-edges-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let arrests = dir.appendingPathComponent("arrests.csv"), memberships = dir.appendingPathComponent("memberships.csv")
        try ("arrest_id,person_id,arrest_date\n" + Self.rows.joined(separator: "\n") + "\n").write(to: arrests, atomically: true, encoding: .utf8)
        // G1 = {p1, p3, p4, p5}: each pair gets 1/(4 − 1) = 1/3 (Newman 2001).
        try "person_id,group_id\np1,G1\np3,G1\np4,G1\np5,G1\n".write(to: memberships, atomically: true, encoding: .utf8)
        let records = try RecordSet.read(InputSources([.arrests: arrests, .memberships: memberships]))
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: Self.configuration)
        let edges = RankOutput(ranking: ranking, records: records, context: ScoringContext(records: records)).edges()
        // Co-offending: p1–p2 share A1 and A2 (2), p1–p3 and p2–p3 share A1, p3–p5 share A4. The
        // group-only pairs p1–p4, p1–p5, p3–p4, p4–p5 are not rows; p1–p3 and p3–p5 carry both layers.
        #expect(edges == """
            person_a,person_b,weight,co_offending,group
            p1,p2,2,2,0
            p1,p3,1.33333333333,1,0.333333333333
            p2,p3,1,1,0
            p3,p5,1.33333333333,1,0.333333333333

            """)
        #expect(ranking.social.combined.tieCount == 8)   // the network itself keeps all 8 ties
    }

    @Test("call-in list: header, top-N rows, ranks 1…N")
    func callInListShape() throws {
        let records = try Self.records(Self.rows)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: Self.configuration)
        let text = RankOutput(ranking: ranking, records: records, context: ScoringContext(records: records)).callInList()
        let lines = text.split(separator: "\n")
        #expect(lines[0] == "rank,overall_rank,person_id,probability,score,points,network,strength,eigenvector,victim_exposure,groups,eligibility,risk_band,reasons")
        #expect(lines.count == 4)
        #expect(lines.dropFirst().map { $0.split(separator: ",")[0] } == ["1", "2", "3"])
    }

    @Test("call_in_network.graphml: the export's GraphML of the list and everyone one step from it")
    func callInNetworkInExportDialect() throws {
        let records = try Self.records(Self.rows)
        let ranking = try Ranking(records: records, asOf: Self.asOf, configuration: Self.configuration)
        let output = RankOutput(ranking: ranking, records: records, context: ScoringContext(records: records))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-call-in-network-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try output.write(parameters: RankParameters(ranking: ranking), to: dir)
        let text = try String(contentsOf: dir.appendingPathComponent("call_in_network.graphml"), encoding: .utf8)
        #expect(text == output.callInNetwork().graphML())

        // The list and its co-offenders; p4, alone on its arrest, is not one of them.
        var expected = Set(ranking.invitees)
        for v in ranking.invitees { for w in ranking.social.coOffendingAdjacency.neighbors(of: v) { expected.insert(Int(w)) } }
        let ids = expected.sorted().map { records.personIDs[Int(ranking.persons[$0])] }
        let root = try #require(XMLElementNode.parse(text))
        let nodes = root.all("node")
        #expect(nodes.map { $0.attributes["id"] ?? "" } == ids && !ids.contains("p4"))
        let listed = nodes.filter { node in node.children.contains { $0.attributes["key"] == "listed" && $0.text == "true" } }
        #expect(listed.count == 3)
        #expect(root.all("edge").allSatisfy { ids.contains($0.attributes["source"] ?? "") && ids.contains($0.attributes["target"] ?? "") })

        // The keys of network.graphml: same ids, names and types.
        let export = NetworkExport(ranking: ranking, records: records, context: ScoringContext(records: records))
        let exportRoot = try #require(XMLElementNode.parse(export.graphML()))
        #expect(root.all("key").map(\.attributes) == exportRoot.all("key").map(\.attributes))
    }

    @Test("scores.csv: exact values at 6 significant digits (p3's network score 11/12 is 0.916667)")
    func scoresSixDigits() throws {
        let scores = try ReasonScenario.output().scores()
        let p3 = try #require(scores.split(separator: "\n").first { $0.contains(",p3,") })
        #expect(p3.contains(",0.916667,"))
        for field in scores.split(separator: "\n").dropFirst().flatMap({ $0.split(separator: ",") }) {
            guard let x = Double(field), field.contains(".") else { continue }
            let digits = field.filter(\.isNumber).drop { $0 == "0" }
            #expect(digits.count <= 6, "\(field) has \(digits.count) significant digits (value \(x))")
        }
    }
}
