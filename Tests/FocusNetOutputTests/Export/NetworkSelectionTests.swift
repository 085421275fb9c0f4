import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct NetworkSelectionTests {
    func ids(_ nodes: [Int], _ ranking: Ranking, _ records: RecordSet) -> [String] {
        nodes.map { records.personIDs[Int(ranking.persons[$0])] }
    }

    @Test("steps along co-offending ties: p1 → {p1, p2} → {p1, p2, p3}; distances 0, 1, 2")
    func coOffendingSteps() throws {
        let (r, records, _) = try ExportScenario.ranking()
        let p1 = ExportScenario.node("p1", r, records)
        let one = try NetworkSelection.around(nodes: [p1], steps: 1).select(in: r)
        #expect(ids(one.nodes, r, records) == ["p1", "p2"])
        let two = try NetworkSelection.around(nodes: [p1], steps: 2).select(in: r)
        #expect(ids(two.nodes, r, records) == ["p1", "p2", "p3"])
        #expect(two.nodes.map { two.distance[$0] } == [0, 1, 2])
        let zero = try NetworkSelection.around(nodes: [p1], steps: 0).select(in: r)
        #expect(ids(zero.nodes, r, records) == ["p1"])
    }

    @Test("via all, one step from p1 also reaches p5 through G1")
    func viaAll() throws {
        let (r, records, _) = try ExportScenario.ranking()
        let p1 = ExportScenario.node("p1", r, records)
        let sel = try NetworkSelection.around(nodes: [p1], steps: 1, via: .all).select(in: r)
        #expect(ids(sel.nodes, r, records) == ["p1", "p2", "p5"])
    }

    @Test("the whole network holds every node, with no distances")
    func whole() throws {
        let (r, _, _) = try ExportScenario.ranking()
        let sel = NetworkSelection.whole.select(in: r)
        #expect(sel.nodes == Array(0..<r.persons.count))
        #expect(sel.distance.allSatisfy { $0 == nil })
    }

    @Test("ids resolve by person id and, with the key, by pseudonym")
    func resolveIDs() throws {
        let (r, records, _) = try ExportScenario.ranking()
        let key = try ExportScenario.key(7)
        let byID = try NetworkSelection.nodes(of: ["p3", "p1"], records: records, ranking: r)
        let byPseudonym = try NetworkSelection.nodes(of: [key.pseudonym("p3"), "p1"], records: records, ranking: r, pseudonymizer: key)
        #expect(byID == byPseudonym)
        #expect(ids(byID, r, records) == ["p3", "p1"])
    }

    @Test("errors name the position, never the id")
    func errors() throws {
        let (r, records, _) = try ExportScenario.ranking()
        #expect(throws: ExportError.unknownPerson(position: 2)) {
            try NetworkSelection.nodes(of: ["p1", "nobody"], records: records, ranking: r)
        }
        // A pseudonym under another key is unknown too.
        #expect(throws: ExportError.unknownPerson(position: 1)) {
            try NetworkSelection.nodes(of: [ExportScenario.key(8).pseudonym("p1")], records: records, ranking: r,
                                       pseudonymizer: ExportScenario.key(7))
        }
        #expect(throws: ExportError.noSeeds) { try NetworkSelection.around(nodes: [], steps: 1) }
        #expect(throws: ExportError.invalidSteps(-1)) { try NetworkSelection.around(nodes: [0], steps: -1) }
        #expect(!ExportError.unknownPerson(position: 2).description.contains("nobody"))
    }

    @Test("a person in the records but not in the network as of the date is reported by position")
    func notInNetwork() throws {
        // Arrests only, 3-month lookback (2021-03-30, 2021-06-30]: A3 and A4 are in; p1's A1 and A2 are not.
        let arrests = try ExportScenario.directory().appendingPathComponent("arrests.csv")
        let records = try RecordSet.read(InputSources([.arrests: arrests]))
        let ranking = try Ranking(records: records, asOf: ExportScenario.asOf, configuration: RankConfiguration(
            windows: WindowPolicy(lookback: CalendarPeriod("3mo")), top: 1))
        #expect(throws: ExportError.notInNetwork(position: 2)) {
            try NetworkSelection.nodes(of: ["p2", "p1"], records: records, ranking: ranking)
        }
    }
}
