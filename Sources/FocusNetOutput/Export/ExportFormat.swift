/// A file format ``NetworkExport`` writes.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// GraphML 1.0 (Brandes et al. 2001): Gephi, yEd, Cytoscape, igraph, NetworkX.
    case graphml
    /// GEXF 1.3 (gexf.net): Gephi's own format, with typed attributes.
    case gexf
    /// Two CSV tables, `entities.csv` and `links.csv`, laid out for i2 Analyst's Notebook's
    /// tabular import (one row per entity; one row per link with both ends' identities).
    case i2

    /// The files the format writes.
    public var fileNames: [String] {
        switch self {
        case .graphml: ["network.graphml"]
        case .gexf: ["network.gexf"]
        case .i2: ["entities.csv", "links.csv"]
        }
    }
}
