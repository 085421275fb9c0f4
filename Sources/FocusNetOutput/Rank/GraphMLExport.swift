import Foundation
import FocusNetGraph
import FocusNetScoring

/// GraphML (Brandes et al. 2001) of the call-in network, which Gephi, yEd and igraph open:
/// the invitees, their one-step neighbours and their groups as nodes; person–person ties with
/// combined, co-offending and group weights; person–group membership edges.
enum GraphMLExport {
    static func callInNetwork(_ output: RankOutput) -> String {
        let ranking = output.ranking
        var nodes = Set(ranking.invitees)
        for v in ranking.invitees { for w in ranking.adjacency.neighbors(of: v) { nodes.insert(Int(w)) } }
        let ordered = nodes.sorted()
        let invited = Set(ranking.invitees)
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="score" for="node" attr.name="score" attr.type="double"/>
              <key id="invited" for="node" attr.name="invited" attr.type="boolean"/>
              <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
              <key id="co_offending" for="edge" attr.name="co_offending" attr.type="double"/>
              <key id="group" for="edge" attr.name="group" attr.type="double"/>
              <key id="tie" for="edge" attr.name="tie" attr.type="string"/>
              <graph id="call_in_network" edgedefault="undirected">

            """
        for v in ordered {
            text += "    <node id=\"p:\(xmlEscaped(output.id(v)))\"><data key=\"kind\">person</data>"
                + "<data key=\"score\">\(format(ranking.scores.composite[v]))</data>"
                + "<data key=\"invited\">\(invited.contains(v))</data></node>\n"
        }
        var groupsShown = Set<Int32>()
        for v in ordered { for g in ranking.groups?.groupsOfPerson[Int(ranking.persons[v])] ?? [] { groupsShown.insert(g) } }
        for g in groupsShown.sorted() {
            text += "    <node id=\"g:\(xmlEscaped(output.context.groupIDs[Int(g)]))\"><data key=\"kind\">group</data></node>\n"
        }
        let s = ranking.social
        let coWeight = layerWeights(s.coOffending), groupWeight = layerWeights(s.group)
        for e in 0..<s.combined.tieCount {
            let a = Int(s.combined.sources[e]), b = Int(s.combined.targets[e])
            guard nodes.contains(a), nodes.contains(b) else { continue }
            let key = WeightedGraph.key(a, b)
            text += "    <edge source=\"p:\(xmlEscaped(output.id(a)))\" target=\"p:\(xmlEscaped(output.id(b)))\">"
                + "<data key=\"tie\">person</data><data key=\"weight\">\(format(s.combined.weights[e]))</data>"
                + "<data key=\"co_offending\">\(format(coWeight[key] ?? 0))</data>"
                + "<data key=\"group\">\(format(groupWeight[key] ?? 0))</data></edge>\n"
        }
        for v in ordered {
            for g in ranking.groups?.groupsOfPerson[Int(ranking.persons[v])] ?? [] {
                text += "    <edge source=\"p:\(xmlEscaped(output.id(v)))\" target=\"g:\(xmlEscaped(output.context.groupIDs[Int(g)]))\">"
                    + "<data key=\"tie\">membership</data></edge>\n"
            }
        }
        return text + "  </graph>\n</graphml>\n"
    }

    static func layerWeights(_ g: WeightedGraph) -> [UInt64: Double] {
        Dictionary(uniqueKeysWithValues: (0..<g.tieCount).map { (WeightedGraph.key(Int(g.sources[$0]), Int(g.targets[$0])), g.weights[$0]) })
    }
}
