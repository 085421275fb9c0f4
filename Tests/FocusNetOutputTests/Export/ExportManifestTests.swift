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
        let text = try export.manifest(ranking: r, records: records, parameters: ["formats": "graphml"], outputs: ["network.graphml"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["command"] as? String == "export")
        let parameters = try #require(json["parameters"] as? [String: String])
        #expect(parameters["purpose"] == "call-in" && parameters["selection"] == "whole network")
        #expect(parameters["rule_juveniles"] == "under 18: flag" && parameters["pseudonymized"]?.hasPrefix("yes") == true)
        #expect((json["network"] as? [String: Int])?["persons_exported"] == 5)
        #expect((json["outputs"] as? [String]) == ["network.graphml", "export_manifest.json"])
        for id in ["p1", "p2", "p3"] { #expect(!text.contains("\"\(id)\"")) }
    }
}
