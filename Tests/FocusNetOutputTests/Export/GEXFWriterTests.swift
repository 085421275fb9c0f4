import FocusNetGraph
import Foundation
import Testing
import FocusNetScoring
@testable import FocusNetOutput

@Suite struct GEXFWriterTests {
    @Test("GEXF parses back with XMLParser: typed attributes, nodes, weighted edges, viz for listed people")
    func parsesBack() throws {
        let (r, records, context) = try ExportScenario.ranking(top: 1)
        let export = NetworkExport(ranking: r, records: records, context: context)
        let root = try #require(XMLElementNode.parse(export.gexf()))
        #expect(root.name == "gexf" && root.attributes["version"] == "1.3")
        let classes = root.all("attributes")
        #expect(classes.map { $0.attributes["class"] } == ["node", "edge"])
        let nodeTitles = classes[0].children.map { $0.attributes["title"]! }
        #expect(nodeTitles == NetworkExport.personAttributes.map(\.name))
        let edgeIDs = Dictionary(uniqueKeysWithValues: classes[1].children.map { ($0.attributes["title"]!, $0.attributes["id"]!) })
        let nodes = root.all("node")
        #expect(nodes.count == 5 && nodes[0].attributes["label"] == "p1")
        let edges = root.all("edge")
        #expect(edges.count == 4)
        let p1p2 = try #require(edges.first { $0.attributes["source"] == "p1" && $0.attributes["target"] == "p2" })
        #expect(p1p2.attributes["weight"] == "2")
        let values = Dictionary(uniqueKeysWithValues: p1p2.all("attvalue").map { ($0.attributes["for"]!, $0.attributes["value"]!) })
        #expect(values[edgeIDs["shared_arrest_dates"]!] == "2021-01-05;2021-03-01")
        #expect(values[edgeIDs["tie_type"]!] == "co_offending")
        let listed = export.persons.firstIndex { $0.listRank == 1 }!
        #expect(nodes[listed].all("size").first?.attributes["value"] == "20")
    }

    /// Another implementation: NetworkX 3.6.1 `nx.read_gexf`; skipped without python3/networkx.
    @Test("NetworkX reads the GEXF with the same nodes, edges and weights")
    func networkX() throws {
        let (r, records, context) = try ExportScenario.ranking()
        let text = NetworkExport(ranking: r, records: records, context: context).gexf()
        guard let out = try PythonCheck.run(file: text, suffix: "gexf", script: """
            import sys, networkx as nx
            g = nx.read_gexf(sys.argv[1])
            print(g.number_of_nodes(), g.number_of_edges(), g['p1']['p2']['weight'], g['p2']['p3']['shared_arrest_dates'],
                  g.nodes['p4']['groups'])
            """) else { return }
        #expect(out == "5 4 2.0 2021-04-01 G2")
    }
}
