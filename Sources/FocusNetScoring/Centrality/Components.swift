import FocusNetGraph

/// Connected components of a network (tie strength plays no part), by igraph's breadth-first
/// search.
public enum Components {
    /// Component label of each node: labels 0, 1, … numbered in order of each component's
    /// smallest node index.
    /// - Returns: shape `[n]`, node-index order.
    /// - Throws: ``IGraphError`` from igraph (e.g. `.outOfMemory`).
    /// - Complexity: O(n + m) time and memory for n nodes and m ties.
    public static func membership(_ graph: WeightedGraph) throws -> [Int] {
        let raw = try IGraphNetwork(graph).componentMembership()
        var relabel = [Int: Int]()
        return raw.map { label in
            if let known = relabel[label] { return known }
            relabel[label] = relabel.count
            return relabel.count - 1
        }
    }

    /// The nodes of the largest component, increasing; ties go to the component whose smallest
    /// node index is lowest.
    /// - Returns: node indices (at most n); empty for an empty network.
    /// - Throws: ``IGraphError`` from igraph.
    /// - Complexity: O(n + m) time, O(n) extra memory.
    public static func largest(_ graph: WeightedGraph) throws -> [Int] {
        let labels = try membership(graph)
        var sizes = [Int](repeating: 0, count: (labels.max() ?? -1) + 1)
        for label in labels { sizes[label] += 1 }
        guard let best = sizes.indices.max(by: { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) }) else {
            return []
        }
        return labels.indices.filter { labels[$0] == best }
    }
}
