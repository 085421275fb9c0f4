import FocusNetGraph

/// Connected components of a network.
public enum Components {
    /// Component label of each node (labels in order of each component's smallest node).
    /// - Throws: ``IGraphError``.
    /// - Complexity: O(n + m).
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
