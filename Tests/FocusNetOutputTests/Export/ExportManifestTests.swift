import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct ExportManifestTests {
    @Test("the export manifest records purpose, selection, governance rules and counts, and no person id")
    func manifest() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let export = NetworkExport(ranking: r, records: records, context: context, pseudonymizer: try ExportScenario.key(3))
        let parameters = RankParameters(ranking: r)
        let text = try export.manifest(ranking: r, records: records, parameters: parameters, formats: [.graphml], around: "everyone",
                                       steps: 1, via: .coOffending,
                                       outputs: [OutputDigest(name: "network.graphml", sha256: String(repeating: "0", count: 64))])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["command"] as? String == "export")
        let written = try #require(json["parameters"] as? [String: String])
        #expect(written["purpose"] == "call-in" && written["rule_juveniles"] == "under 18: services")
        #expect(written["pseudonymized"]?.hasPrefix("yes") == true)
        let exported = try #require(json["export"] as? [String: String])
        #expect(exported["selection"] == "whole network" && exported["arrest_ids"] == "left out" && exported["formats"] == "graphml")
        // The same schema reads it back.
        let decoded = try JSONDecoder().decode(RunManifest.self, from: Data(text.utf8))
        #expect(decoded.parameters == parameters.pseudonymized(true) && decoded.export?.via == "co-offending")
        #expect((json["network"] as? [String: Int])?["persons_exported"] == 5)
        #expect((json["outputs"] as? [[String: String]])?.map { $0["name"] } == ["network.graphml"])
        for id in ["p1", "p2", "p3"] { #expect(!text.contains("\"\(id)\"")) }
    }
}
