import FocusNetGraph

/// Eigenvector centrality (Bonacich 1972) on the largest connected component.
public enum Eigenvector {
    /// The leading eigenvector of the **strength**-weighted adjacency matrix of the largest
    /// connected component, scaled so its maximum is 1; 0 for nodes outside that component
    /// (on a disconnected network the leading eigenvector is otherwise not unique).
    /// Among components of equal size the one holding the smallest node index wins, which,
    /// with nodes in identifier order, is the one holding the smallest person id.
    ///
    /// - Returns: shape `[n]`, node-index order; values in [0, 1].
    /// - Throws: ``IGraphError`` (e.g. ARPACK non-convergence as `.arpack`).
    /// - Complexity: O(n + m) per ARPACK iteration; O(n + m) memory.
    public static func compute(_ graph: WeightedGraph, weighted: Bool = true) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        var result = [Double](repeating: 0, count: graph.nodeCount)
        let component = try Components.largest(graph)
        guard component.count > 1 else { return result }
        let sub = graph.induced(on: component)
        let values = try IGraphNetwork(sub).eigenvector(weights: weighted ? sub.weights : nil)
        for (i, node) in component.enumerated() { result[node] = values[i] }
        return result
    }
}
