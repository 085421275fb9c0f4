import FocusNetGraph
import FocusNetScoring

extension NetworkExport {
    /// GEXF 1.3 (gexf.net, the format of Gephi; Bastian, Heymann & Jacomy 2009): a static
    /// undirected graph with typed node and edge attributes (`personAttributes`,
    /// `tieAttributes`: see docs/exports.md); each edge's `weight` is the combined weight. Listed people are drawn
    /// larger and red (`viz:size`, `viz:color`) so the list stands out when Gephi opens the file.
    /// - Complexity: O(n + m) for the selected people and ties.
    public func gexf() -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>FocusNet \(Versions.focusNet)</creator>
                <description>Network as of \(asOf), window \(window), \(selectionDescription)\
            \(pseudonymized ? ", person ids pseudonymized (HMAC-SHA-256)" : ""). Sensitive: share only under your data agreement.</description>
              </meta>
              <graph mode="static" defaultedgetype="undirected">
                <attributes class="node">

            """
        for (i, a) in Self.personAttributes.enumerated() {
            text += "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(a.gexfType)\"/>\n"
        }
        text += "    </attributes>\n    <attributes class=\"edge\">\n"
        for (i, a) in Self.tieAttributes.enumerated() {
            text += "      <attribute id=\"\(i)\" title=\"\(a.name)\" type=\"\(a.gexfType)\"/>\n"
        }
        text += "    </attributes>\n    <nodes>\n"
        for p in persons {
            let id = xmlEscaped(p.id)
            text += "      <node id=\"\(id)\" label=\"\(id)\"><attvalues>"
            for (i, a) in Self.personAttributes.enumerated() {
                if let v = a.value(p) { text += "<attvalue for=\"\(i)\" value=\"\(xmlEscaped(v))\"/>" }
            }
            text += "</attvalues>"
            text += p.listRank != nil ? "<viz:size value=\"20\"/><viz:color r=\"200\" g=\"40\" b=\"40\"/>"
                : "<viz:size value=\"6\"/><viz:color r=\"120\" g=\"120\" b=\"120\"/>"
            text += "</node>\n"
        }
        text += "    </nodes>\n    <edges>\n"
        for (e, t) in ties.enumerated() {
            text += "      <edge id=\"\(e)\" source=\"\(xmlEscaped(persons[t.a].id))\" target=\"\(xmlEscaped(persons[t.b].id))\" "
                + "weight=\"\(format(t.weight))\"><attvalues>"
            for (i, a) in Self.tieAttributes.enumerated() {
                if let v = a.value(t) { text += "<attvalue for=\"\(i)\" value=\"\(xmlEscaped(v))\"/>" }
            }
            text += "</attvalues></edge>\n"
        }
        return text + "    </edges>\n  </graph>\n</gexf>\n"
    }
}
