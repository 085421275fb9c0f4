import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetScoring

/// How well sampled-source betweenness (Brandes & Pich 2007) ranks people compared with exact
/// betweenness, on a real co-arrest network where exact is feasible.
@Suite struct BetweennessSamplingTests {
    static let events = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("shared/data/real/suffragette_arrests/events.csv")

    static func spearman(_ a: [Double], _ b: [Double]) -> Double {
        let ra = PercentileRank.compute(a, significantDigits: 15), rb = PercentileRank.compute(b, significantDigits: 15)
        let n = Double(a.count)
        let ma = ra.reduce(0, +) / n, mb = rb.reduce(0, +) / n
        var num = 0.0, da = 0.0, db = 0.0
        for i in ra.indices {
            num += (ra[i] - ma) * (rb[i] - mb)
            da += (ra[i] - ma) * (ra[i] - ma)
            db += (rb[i] - mb) * (rb[i] - mb)
        }
        return num / (da * db).squareRoot()
    }

    @Test("suffragette co-arrests (1,109 people): 25% of sources give Spearman ≥ 0.95 with exact, on everyone and the top 10%",
          .enabled(if: FileManager.default.fileExists(atPath: events.path), "../shared/data/real is absent"))
    func sampledAgreesWithExact() throws {
        var mapping = MappingSet()
        try mapping.apply(inline: "arrest_id=event_id,arrest_date=date")
        let records = try RecordSet.read(InputSources([.arrests: Self.events]), mapping: mapping)
        let network = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                         window: ObservationWindow(asOf: CalendarDay(year: 1913, month: 12, day: 31)!))
        let graph = network.graph
        let exact = try Betweenness.compute(graph)
        let sampled = try Betweenness.compute(graph, options: .init(exactMaxNodes: 100, samples: graph.nodeCount / 4, seed: 7))
        let all = Self.spearman(exact, sampled)
        let top = exact.indices.sorted { exact[$0] > exact[$1] }.prefix(graph.nodeCount / 10)
        let topRho = Self.spearman(top.map { exact[$0] }, top.map { sampled[$0] })
        print("betweenness n=\(graph.nodeCount): Spearman all \(all), top 10% \(topRho)")
        #expect(all >= 0.95)
        #expect(topRho >= 0.95)
        // Unbiased: totals agree within 10%.
        let ratio = sampled.reduce(0, +) / exact.reduce(0, +)
        #expect(abs(ratio - 1) < 0.1)
    }
}
