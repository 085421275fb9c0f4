import Foundation
import Testing
@testable import FocusNetGraph

/// The network's ties as `personA|personB → weight` with `personA < personB` by identifier.
func namedTies(_ network: CoOffendingNetwork, _ records: RecordSet) -> [String: Double] {
    var ties: [String: Double] = [:]
    let g = network.graph
    for e in 0..<g.tieCount {
        let a = records.personIDs[Int(network.persons[Int(g.sources[e])])]
        let b = records.personIDs[Int(network.persons[Int(g.targets[e])])]
        ties[min(a, b) + "|" + max(a, b)] = g.weights[e]
    }
    return ties
}

/// Reads `rows` (`arrest_id,person_id,arrest_date[,offense_category]`) and builds the network.
func network(_ rows: [String], asOf: String, lookback: String? = nil) throws -> (CoOffendingNetwork, RecordSet) {
    let scratch = Scratch()
    defer { scratch.remove() }
    let header = rows.first.map { $0.split(separator: ",").count } == 4
        ? "arrest_id,person_id,arrest_date,offense_category" : "arrest_id,person_id,arrest_date"
    let url = scratch.file("arrests.csv", ([header] + rows).joined(separator: "\n") + "\n")
    let records = try readArrests(url)
    let window = ObservationWindow(asOf: day(asOf), lookback: lookback.flatMap(CalendarPeriod.init))
    return (CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count, window: window), records)
}

@Suite("CoOffendingNetwork")
struct CoOffendingNetworkTests {
    /// ```
    ///   A1 (3 people)  A2       A3        A4
    ///   P1 P2 P3       P1 P2    P3 P4     P5 alone
    ///
    ///        2
    ///   P1 ──── P2          P5 (isolate)
    ///    \1    /1
    ///      P3 ──1── P4
    /// ```
    /// P1–P2 share A1 and A2 (weight 2); P2 is listed twice on A2, once as a duplicate row and
    /// once with another category: still one shared arrest.
    static let small = [
        "A1,P1,2020-01-10,violent", "A1,P2,2020-01-10,violent", "A1,P3,2020-01-10,violent",
        "A2,P1,2020-02-01,weapons", "A2,P2,2020-02-01,weapons", "A2,P2,2020-02-01,weapons", "A2,P2,2020-02-01,violent",
        "A3,P3,2020-03-01,narcotics", "A3,P4,2020-03-01,narcotics",
        "A4,P5,2020-03-15,property",
    ]

    @Test("hand-computed network: weights are distinct shared arrests, isolates kept, no self-loops")
    func handComputed() throws {
        let (net, records) = try network(Self.small, asOf: "2020-12-31")
        #expect(records.reports[0].deduplicated == 1)
        #expect(namedTies(net, records) == ["P1|P2": 2, "P1|P3": 1, "P2|P3": 1, "P3|P4": 1])
        #expect(net.graph.nodeCount == 5)
        #expect(net.persons == [0, 1, 2, 3, 4])
        #expect(net.arrestCounts == [2, 2, 2, 1, 1])
        #expect(net.latestArrest == ["2020-02-01", "2020-02-01", "2020-03-01", "2020-03-01", "2020-03-15"].map { Optional(day($0)) })
        #expect(net.graph.degrees() == [2, 2, 3, 1, 0])
        #expect(net.graph.strengths() == [3, 3, 3, 1, 0])
        #expect((0..<net.graph.tieCount).allSatisfy { net.graph.sources[$0] < net.graph.targets[$0] })
    }

    @Test("the window (asOf − lookback, asOf] keeps asOf itself and drops asOf + 1 and asOf − lookback")
    func windowEnds() throws {
        // asOf 2020-03-01, lookback 1mo: window (2020-02-01, 2020-03-01].
        let rows = [
            "B1,P1,2020-03-02", "B1,P4,2020-03-02",     // asOf + 1: after the as-of date
            "B2,P2,2020-02-01", "B2,P4,2020-02-01",     // exactly asOf − lookback: open end
            "B3,P1,2020-02-02", "B3,P2,2020-02-02",     // first day inside
            "B4,P2,2020-03-01", "B4,P3,2020-03-01",     // asOf: closed end
            "B5,P5,2020-01-15",                         // long before
        ]
        let (net, records) = try network(rows, asOf: "2020-03-01", lookback: "1mo")
        #expect(net.window.description == "(2020-02-01, 2020-03-01]")
        #expect(namedTies(net, records) == ["P1|P2": 1, "P2|P3": 1])
        #expect(net.persons.map { records.personIDs[Int($0)] } == ["P1", "P2", "P3"])
        #expect(net.arrestCounts == [1, 2, 1])
        #expect(net.latestArrest == ["2020-02-02", "2020-03-01", "2020-03-01"].map { Optional(day($0)) })
    }

    @Test("the look-ahead trap: adding rows dated after asOf changes nothing")
    func lookAhead() throws {
        let (before, r1) = try network(Self.small, asOf: "2020-02-15")
        let (after, r2) = try network(Self.small + ["A9,P1,2020-02-16,violent", "A9,P4,2020-02-16,violent",
                                                    "A10,P9,2021-01-01,violent"], asOf: "2020-02-15")
        #expect(namedTies(before, r1) == namedTies(after, r2))
        #expect(namedTies(before, r1) == ["P1|P2": 2, "P1|P3": 1, "P2|P3": 1])
        #expect(before.arrestCounts == after.arrestCounts)
        #expect(before.latestArrest == after.latestArrest)
        #expect(before.persons.map { r1.personIDs[Int($0)] } == after.persons.map { r2.personIDs[Int($0)] })
    }

    @Test("shuffling the input rows gives an identical network", arguments: [1, 2, 3])
    func shuffled(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var rows: [String] = []
        for a in 0..<300 {
            let size = 1 + Int(random.next() % 4)
            let month = 1 + Int(random.next() % 12)
            for _ in 0..<size { rows.append("A\(a),P\(random.next() % 120),2020-\(month < 10 ? "0" : "")\(month)-15") }
        }
        var shuffled = rows
        shuffled.shuffle(using: &random)
        let (n1, r1) = try network(rows, asOf: "2020-12-31", lookback: "6mo")
        let (n2, r2) = try network(shuffled, asOf: "2020-12-31", lookback: "6mo")
        #expect(r1.personIDs == r2.personIDs)
        #expect(n1.graph == n2.graph)
        #expect(n1.persons == n2.persons)
        #expect(n1.arrestCounts == n2.arrestCounts)
        #expect(n1.latestArrest == n2.latestArrest)
        #expect(n1.graph.tieCount > 0)
    }

    @Test("an empty window gives an empty network")
    func emptyWindow() throws {
        let (net, _) = try network(Self.small, asOf: "2019-12-31")
        #expect(net.graph.nodeCount == 0)
        #expect(net.graph.tieCount == 0)
        #expect(net.persons.isEmpty)
    }
}
