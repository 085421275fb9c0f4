import Foundation
import Testing
@testable import FocusNetGraph

/// The Israel solved-burglary slice (`/work/shared/data/real/israel_burglary_2020h1`, see its SOURCE.md):
/// the provider's own offender–offender links must equal our projection of `events.csv` exactly.
@Suite("CoOffendingNetwork on real data")
struct CoOffendingNetworkRealDataTests {
    @Test("Israel burglary 2020 H1: projection = reference_links.csv (864 pairs, weights = shared crimes)",
          .enabled(if: RealData.folder("israel_burglary_2020h1") != nil,
                   "skipped: ../shared/data/real/israel_burglary_2020h1 is not on this machine"))
    func israelBurglary() throws {
        let folder = try #require(RealData.folder("israel_burglary_2020h1"))
        var mapping = MappingSet()
        try mapping.apply(inline: "arrest_id=event_id,arrest_date=date")
        let records = try readArrests(folder.appendingPathComponent("events.csv"), mapping: mapping)
        let report = records.reports[0]
        #expect((report.rowsRead, report.accepted, report.deduplicated, report.rejected) == (2342, 2342, 0, 0))
        #expect(records.personIDs.count == 1658)
        #expect(records.arrests.arrestCount == 1671)

        let net = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                     window: ObservationWindow(asOf: day("2020-06-30")))
        #expect(net.graph.nodeCount == 1658)
        let ours = namedTies(net, records)

        // The reference stores each pair in both directions; both must agree.
        let text = try String(contentsOf: folder.appendingPathComponent("reference_links.csv"), encoding: .utf8)
        var reference: [String: Double] = [:]
        var directed = 0
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let f = line.split(separator: ",").map(String.init)
            let key = min(f[0], f[1]) + "|" + max(f[0], f[1]), weight = Double(f[2])!
            if let earlier = reference[key] { #expect(earlier == weight) }
            reference[key] = weight
            directed += 1
        }
        #expect(directed == 1728)
        #expect(reference.count == 864)
        #expect(ours.count == 864)
        #expect(ours == reference)
    }
}
