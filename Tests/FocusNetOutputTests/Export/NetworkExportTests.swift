import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct NetworkExportTests {
    @Test("ties carry their type, both layer weights, shared-arrest dates and shared groups; nothing after D")
    func ties() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let export = NetworkExport(ranking: r, records: records, context: context)
        #expect(export.persons.map(\.id) == ["p1", "p2", "p3", "p4", "p5"])
        func tie(_ a: String, _ b: String) -> NetworkExport.Tie? {
            export.ties.first { export.persons[$0.a].id == a && export.persons[$0.b].id == b }
        }
        let p1p2 = try #require(tie("p1", "p2"))
        #expect(p1p2.type == "co_offending" && p1p2.coOffending == 2 && p1p2.group == 0 && p1p2.weight == 2)
        #expect(p1p2.arrests.map(\.date.description) == ["2021-01-05", "2021-03-01"])
        #expect(p1p2.arrests.map(\.id) == ["A1", "A2"])
        let p1p5 = try #require(tie("p1", "p5"))
        #expect(p1p5.type == "group" && p1p5.group == 1 && p1p5.arrests.isEmpty && p1p5.groups == ["G1"])
        // A6 {p4, p5} is dated after the as-of date: no tie.
        #expect(tie("p4", "p5") == nil)
        #expect(export.ties.count == 4)
    }

    @Test("people carry list rank, scores, groups; memberships never show a sighting after D")
    func persons() throws {
        let (r, records, context) = try ExportScenario.ranking(top: 2)
        let export = NetworkExport(ranking: r, records: records, context: context)
        #expect(export.persons.filter { $0.listRank != nil }.count == 2)
        #expect(Set(export.persons.compactMap(\.listRank)) == [1, 2])
        #expect(export.persons.map(\.rank).sorted() == [1, 2, 3, 4, 5])
        let p1 = export.persons[0]
        #expect(p1.groups == ["G1"] && p1.arrests == 2 && p1.degree == 2)
        let membership = try #require(export.memberships.first { $0.person == 0 })
        #expect(membership.group == "G1" && membership.firstSeen?.description == "2020-01-01")
        #expect(membership.lastSeen?.description == "2020-01-01", "the 2021-08-01 sighting is after the as-of date")
        #expect(export.groups.map(\.id) == ["G1", "G2"])
        #expect(export.groups.map(\.members) == [2, 1])
    }

    @Test("a selection keeps only ties between selected people and records distances")
    func selection() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let p1 = ExportScenario.node("p1", r, records)
        let export = NetworkExport(ranking: r, records: records, context: context,
                                   selection: try .around(nodes: [p1], steps: 1, via: .all))
        #expect(export.persons.map(\.id) == ["p1", "p2", "p5"])
        #expect(export.persons.map(\.distance) == [0, 1, 1])
        #expect(export.ties.count == 2)
        #expect(export.selectionDescription == "within 1 step of 1 person")
    }

    @Test("pseudonyms: no raw id and no arrest id anywhere; stable for one key, different under another")
    func pseudonyms() throws {
        let (r, records, context) = try ExportScenario.ranking()
        func texts(_ key: Pseudonymizer) -> [String] {
            let e = NetworkExport(ranking: r, records: records, context: context, pseudonymizer: key)
            return [e.graphML(), e.gexf(), e.entitiesCSV(), e.linksCSV()]
        }
        let a = texts(try ExportScenario.key(1)), again = texts(try ExportScenario.key(1)), other = texts(try ExportScenario.key(2))
        #expect(a == again)
        for (x, y) in zip(a, other) { #expect(x != y) }
        let pseudonym = try ExportScenario.key(1).pseudonym("p1")
        for text in a {
            #expect(text.contains(pseudonym))
            for id in ["\"p1\"", ">p1<", "person:p1,", "A1", "A2;"] { #expect(!text.contains(id), "\(id)") }
        }
    }

    @Test("write: the chosen formats' files, owner-only")
    func write() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let export = NetworkExport(ranking: r, records: records, context: context)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-export-out-\(UUID().uuidString)")
        let written = try export.write([.i2, .graphml], to: dir) { _ in "{}\n" }
        let names = written.map(\.name)
        #expect(names == ["network.graphml", "entities.csv", "links.csv"])
        #expect(try String(contentsOf: dir.appendingPathComponent("export_manifest.json"), encoding: .utf8) == "{}\n")
        for name in names {
            let attributes = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("network.gexf").path))
    }
}
