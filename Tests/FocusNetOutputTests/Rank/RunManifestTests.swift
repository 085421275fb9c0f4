import Foundation
import Testing
@testable import FocusNetOutput
import FocusNetGraph

@Suite struct RunManifestTests {
    @Test("the manifest lists every other file with its SHA-256, and reads back; one whose outputs are names only (earlier versions) reads too")
    func outputs() throws {
        let folder = try ReportFixtures.rankFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let manifest = try JSONDecoder().decode(RunManifest.self, from: data)
        #expect(manifest.outputs.map(\.name) == RankOutput.fileNames.filter { $0 != "manifest.json" })
        for output in manifest.outputs {
            let text = try String(contentsOf: folder.appendingPathComponent(output.name), encoding: .utf8)
            #expect(OutputDigest.sha256(text) == output.sha256, "\(output.name)")
        }

        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["outputs"] = ["call_in_list.csv", "manifest.json"]
        let legacy = try JSONDecoder().decode(RunManifest.self, from: try JSONSerialization.data(withJSONObject: json))
        #expect(legacy.outputs == [OutputDigest(name: "call_in_list.csv", sha256: ""), OutputDigest(name: "manifest.json", sha256: "")])
        #expect(legacy.parameters == manifest.parameters)
    }
}
