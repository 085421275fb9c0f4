import FocusNetGraph
import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct RankFolderTests {
    @Test("reads the list, reasons, groups, ties around the list and memberships")
    func reads() throws {
        let folder = try ReportFixtures.rankFolder(top: 12)
        let rank = try RankFolder(folder: folder)
        #expect(rank.command == "rank")
        #expect(rank.list.count == 12)
        #expect(rank.list.map(\.rank) == Array(1...12))
        #expect(rank.list.allSatisfy { !$0.reasons.isEmpty && $0.score > 0 })
        #expect(rank.list[0].components.map(\.name) == ["strength", "eigenvector", "victim_exposure"])
        #expect(rank.inputs.map(\.kind).contains("arrests") && rank.inputs.allSatisfy { !$0.file.contains("/") })
        #expect(rank.groups?.rows.isEmpty == false && !rank.groupSizes.isEmpty)
        // Every tie kept touches the list or a co-offender of a listed person.
        let listed = Set(rank.list.map(\.id))
        var around = listed
        for t in rank.ties where listed.contains(t.a) || listed.contains(t.b) { around.insert(t.a); around.insert(t.b) }
        #expect(rank.ties.allSatisfy { around.contains($0.a) && around.contains($0.b) && $0.weight > 0 })
        #expect(rank.ties.contains { listed.contains($0.a) || listed.contains($0.b) })
        // Scores of everyone drawn; memberships of listed people agree with the list's groups column.
        #expect(around.allSatisfy { rank.persons[$0] != nil })
        for l in rank.list where !l.groups.isEmpty { #expect(Set(rank.memberships[l.id] ?? []) == Set(l.groups)) }
        #expect(rank.list.contains { $0.nearestVictim != nil })
        #expect(!rank.pseudonymized)
    }

    @Test("memberships of everyone around the list come from the groups of call_in_network.graphml")
    func membershipsFromGraphML() throws {
        let folder = try ReportFixtures.rankFolder(top: 12)
        let rank = try RankFolder(folder: folder)
        let text = try String(contentsOf: folder.appendingPathComponent("call_in_network.graphml"), encoding: .utf8)
        let root = try #require(XMLElementNode.parse(text))
        var groups: [String: [String]] = [:]
        for node in root.all("node") {
            guard let id = node.attributes["id"], let data = node.children.first(where: { $0.attributes["key"] == "groups" }) else { continue }
            groups[id] = data.text.split(separator: " ").map(String.init).sorted()
        }
        let listed = Set(rank.list.map(\.id))
        #expect(groups.keys.contains { !listed.contains($0) })
        #expect(rank.memberships == groups)
    }

    @Test("with a key every id read is its pseudonym: no raw id is left")
    func pseudonymizes() throws {
        let folder = try ReportFixtures.rankFolder(top: 8)
        let key = try ReportFixtures.key(5)
        let rank = try RankFolder(folder: folder, pseudonymizer: key)
        let raw = try ReportFixtures.personIDs(in: folder)
        var shown = Set(rank.list.map(\.id) + rank.excluded.map(\.id) + rank.ties.flatMap { [$0.a, $0.b] } + Array(rank.persons.keys))
        shown.formUnion(rank.list.compactMap(\.nearestVictim).flatMap { [$0.victim] + $0.steps.flatMap { [$0.from, $0.to] } })
        #expect(shown.isDisjoint(with: raw))
        #expect(shown.allSatisfy { $0.hasPrefix("P-") && $0.count == 34 })
        #expect(rank.list[0].id == key.pseudonym(try ReportCSV(url: folder.appendingPathComponent("call_in_list.csv")).rows[0][2]))
        #expect(rank.pseudonymized)
    }

    @Test("a folder pseudonymized by rank is shown as it is, and refuses a second key")
    func alreadyPseudonymized() throws {
        let folder = try ReportFixtures.rankFolder(top: 5, pseudonymizer: try ReportFixtures.key(1))
        let rank = try RankFolder(folder: folder)
        #expect(rank.pseudonymized && rank.list.allSatisfy { $0.id.hasPrefix("P-") })
        #expect(throws: ReportError.alreadyPseudonymized(folder: folder.lastPathComponent)) {
            try RankFolder(folder: folder, pseudonymizer: try ReportFixtures.key(2))
        }
    }

    @Test("errors: not an output folder, no manifest, a manifest that is not JSON")
    func errors() throws {
        let empty = ReportFixtures.temporaryDirectory("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        #expect(throws: ReportError.notAnOutputFolder(path: empty.path)) { try RankFolder(folder: empty) }
        let folder = try ReportFixtures.rankFolder(top: 3)
        try "not json".write(to: folder.appendingPathComponent("manifest.json"), atomically: true, encoding: .utf8)
        #expect(throws: ReportError.invalidManifest(file: "manifest.json")) { try RankFolder(folder: folder) }
        try FileManager.default.removeItem(at: folder.appendingPathComponent("manifest.json"))
        #expect(throws: ReportError.missingFile(folder: folder.lastPathComponent, name: "manifest.json")) { try RankFolder(folder: folder) }
    }

    @Test("rejected rows are counted by file and reason; their values are not kept")
    func rejects() throws {
        let folder = try ReportFixtures.rankFolder(top: 3)
        try "file,line,column,value,reason\n/x/arrests.csv,4,person_id,SECRET-ID,empty field\n/x/arrests.csv,9,person_id,OTHER,empty field\n"
            .write(to: folder.appendingPathComponent("rejects.csv"), atomically: true, encoding: .utf8)
        let rank = try RankFolder(folder: folder)
        #expect(rank.rejects == [.init(file: "arrests.csv", reason: "empty field", count: 2)])
    }
}
