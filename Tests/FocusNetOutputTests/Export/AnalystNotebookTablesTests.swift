import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct AnalystNotebookTablesTests {
    func rows(_ text: String) -> [[String]] {
        text.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    @Test("entities: one row per person and per group, identities unique across types")
    func entities() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let table = rows(NetworkExport(ranking: r, records: records, context: context).entitiesCSV())
        #expect(Array(table[0].prefix(4)) == ["entity_id", "entity_type", "label", "listed"])
        #expect(table.dropFirst().map { $0[0] } == ["person:p1", "person:p2", "person:p3", "person:p4", "person:p5", "group:G1", "group:G2"])
        #expect(Set(table.map(\.count)).count == 1, "every row has every column")
        let g1 = table.first { $0[0] == "group:G1" }!
        #expect(g1[table[0].firstIndex(of: "group_members")!] == "2")
    }

    @Test("links: one co-arrested link per shared arrest with its date; member-of links with sightings up to D")
    func links() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let table = rows(NetworkExport(ranking: r, records: records, context: context).linksCSV())
        let header = table[0]
        let col = { (name: String) in header.firstIndex(of: name)! }
        let arrests = table.dropFirst().filter { $0[col("link_type")] == "co-arrested" }
        #expect(arrests.map { "\($0[col("from_id")])-\($0[col("to_id")]) \($0[col("date")]) \($0[col("arrest_id")])" } == [
            "person:p1-person:p2 2021-01-05 A1", "person:p1-person:p2 2021-03-01 A2",
            "person:p2-person:p3 2021-04-01 A3", "person:p3-person:p4 2021-05-01 A4",
        ])
        let members = table.dropFirst().filter { $0[col("link_type")] == "member of" }
        #expect(members.map { "\($0[col("from_id")]) \($0[col("to_id")]) \($0[col("date")]) \($0[col("last_seen")])" } == [
            "person:p1 group:G1 2020-01-01 2020-01-01", "person:p4 group:G2 2021-01-01 2021-01-01",
            "person:p5 group:G1 2020-06-01 2021-02-01",
        ])
        #expect(Set(table.dropFirst().map { $0[0] }).count == table.count - 1, "link ids are unique")
    }
}

extension AnalystNotebookTablesTests {
    /// Two arrests of one pair on one date: B1 (3 people) and B2 (2). Their links come in arrest-id
    /// order with and without pseudonyms (arrest ids are left out of pseudonymized files, so the
    /// order must not depend on them or on the order arrests were read in).
    @Test("links of arrests on the same date keep one order, pseudonymized or not")
    func sameDateOrder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-i2-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "arrest_id,person_id,arrest_date\nB2,x,2021-01-01\nB2,y,2021-01-01\nB1,x,2021-01-01\nB1,y,2021-01-01\nB1,z,2021-01-01\n"
            .write(to: dir.appendingPathComponent("arrests.csv"), atomically: true, encoding: .utf8)
        let records = try RecordSet.read(InputSources(directory: dir))
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: CalendarDay(year: 2021, month: 6, day: 30)!,
                                  configuration: RankConfiguration(top: 1), context: context)
        func personsColumn(_ key: Pseudonymizer?) -> [String] {
            let table = rows(NetworkExport(ranking: ranking, records: records, context: context, pseudonymizer: key).linksCSV())
            let i = table[0].firstIndex(of: "persons_on_arrest")!
            return table.dropFirst().filter { $0[1].hasSuffix(key?.pseudonym("x") ?? "x") && $0[3].hasSuffix(key?.pseudonym("y") ?? "y") }.map { $0[i] }
        }
        #expect(personsColumn(nil) == ["3", "2"])
        #expect(personsColumn(try ExportScenario.key(1)) == ["3", "2"])
    }
}
