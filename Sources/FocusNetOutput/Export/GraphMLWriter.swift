import FocusNetGraph
import FocusNetScoring

extension NetworkExport {
    /// GraphML 1.0 (Brandes, Eiglsperger, Herman, Himsolt & Marshall 2001, *GraphML Progress
    /// Report*, Graph Drawing, LNCS 2265, doi:10.1007/3-540-45848-4_59): one undirected graph,
    /// persons as nodes (id = person id or pseudonym, `label` the same, then
    /// `personAttributes`), one edge per tied pair with `tieAttributes` (docs/exports.md); `weight` is the
    /// combined weight, which Gephi and NetworkX take as the edge weight. Missing values are
    /// left out, as GraphML allows.
    /// - Complexity: O(n + m) for the selected people and ties.
    public func graphML() -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- FocusNet \(Versions.focusNet) network export as of \(asOf), window \(window), \(selectionDescription)\
            \(pseudonymized ? ", person ids pseudonymized (HMAC-SHA-256)" : ""). Sensitive: share only under your data agreement. -->
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>

            """
        for a in Self.personAttributes {
            text += "  <key id=\"\(a.name)\" for=\"node\" attr.name=\"\(a.name)\" attr.type=\"\(a.graphMLType)\"/>\n"
        }
        for a in Self.tieAttributes {
            text += "  <key id=\"e_\(a.name)\" for=\"edge\" attr.name=\"\(a.name)\" attr.type=\"\(a.graphMLType)\"/>\n"
        }
        text += "  <graph id=\"focusnet\" edgedefault=\"undirected\">\n"
        for p in persons {
            let id = xmlEscaped(p.id)
            text += "    <node id=\"\(id)\"><data key=\"label\">\(id)</data>"
            for a in Self.personAttributes { if let v = a.value(p) { text += "<data key=\"\(a.name)\">\(xmlEscaped(v))</data>" } }
            text += "</node>\n"
        }
        for (i, t) in ties.enumerated() {
            text += "    <edge id=\"e\(i)\" source=\"\(xmlEscaped(persons[t.a].id))\" target=\"\(xmlEscaped(persons[t.b].id))\">"
            for a in Self.tieAttributes { if let v = a.value(t) { text += "<data key=\"e_\(a.name)\">\(xmlEscaped(v))</data>" } }
            text += "</edge>\n"
        }
        return text + "  </graph>\n</graphml>\n"
    }
}
