import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct GraphMLWriterTests {
    @Test("GraphML parses back with XMLParser: nodes, edges, typed keys and values")
    func parsesBack() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let text = NetworkExport(ranking: r, records: records, context: context).graphML()
        let root = try #require(XMLElementNode.parse(text))
        #expect(root.name == "graphml")
        let keys = Dictionary(uniqueKeysWithValues: root.all("key").map { ($0.attributes["id"]!, $0.attributes) })
        #expect(keys["score"]?["attr.type"] == "double" && keys["listed"]?["attr.type"] == "boolean")
        #expect(keys["e_tie_type"]?["for"] == "edge" && keys["e_weight"]?["attr.name"] == "weight")
        let nodes = root.all("node")
        #expect(nodes.map { $0.attributes["id"]! } == ["p1", "p2", "p3", "p4", "p5"])
        let edges = root.all("edge")
        #expect(edges.count == 4)
        let p1p2 = try #require(edges.first { $0.attributes["source"] == "p1" && $0.attributes["target"] == "p2" })
        let data = Dictionary(uniqueKeysWithValues: p1p2.children.map { ($0.attributes["key"]!, $0.text) })
        #expect(data["e_tie_type"] == "co_offending" && data["e_weight"] == "2" && data["e_shared_arrests"] == "2")
        #expect(data["e_shared_arrest_dates"] == "2021-01-05;2021-03-01")
        let p1 = Dictionary(uniqueKeysWithValues: nodes[0].children.map { ($0.attributes["key"]!, $0.text) })
        #expect(p1["groups"] == "G1" && p1["label"] == "p1")
        #expect(root.all("graph").first?.attributes["edgedefault"] == "undirected")
    }

    /// Another implementation: NetworkX (installed here: 3.6.1) reads the file with
    /// `nx.read_graphml`; skipped when python3 with networkx is absent.
    @Test("NetworkX reads the GraphML with the same nodes, edges and weights")
    func networkX() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let text = NetworkExport(ranking: r, records: records, context: context).graphML()
        guard let out = try PythonCheck.run(file: text, suffix: "graphml", script: """
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g['p1']['p2']['weight'], g['p1']['p5']['tie_type'],
                  g.nodes['p1']['listed'] in (True, False), g.nodes['p1']['groups'])
            """) else { return }
        #expect(out == "5 4 2.0 group True G1")
    }
}

/// Runs a python3 script on a temporary file; `nil` when python3 or networkx is missing.
enum PythonCheck {
    static func run(file text: String, suffix: String, script: String) throws -> String? {
        let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let python else { return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-py-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("network.\(suffix)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script, file.path]
        let pipe = Pipe(), errors = Pipe()
        process.standardOutput = pipe
        process.standardError = errors
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if errorText.contains("No module named") { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
