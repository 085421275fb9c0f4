import FocusNetGraph

/// Eigenvector centrality (Bonacich 1972; Bonacich 1987, doi:10.1086/228631) on the largest
/// connected component — by igraph's ARPACK solver, or, on networks of
/// ``CentralityKernels/minimumNodes`` or more, by FocusNet's restarted Lanczos kernel (same
/// values within 1e-9; igraph stays the oracle in the tests).
public enum Eigenvector {
    /// The leading eigenvector of the **strength**-weighted adjacency matrix of the largest
    /// connected component, scaled so its maximum is 1; 0 for nodes outside that component
    /// (on a disconnected network the leading eigenvector is otherwise not unique).
    /// Among components of equal size the one holding the smallest node index wins, which,
    /// with nodes in identifier order, is the one holding the smallest person id.
    ///
    /// Tie weights are read as **strengths** (a stronger tie passes on more centrality).
    ///
    /// - Parameters:
    ///   - graph: the undirected network of n people and m ties.
    ///   - weighted: `false` gives every tie weight 1.
    ///   - engine: igraph or FocusNet's Lanczos kernel; by default by network size.
    /// - Returns: shape `[n]`, node-index order; values in [0, 1] (unitless, max-scaled); all 0
    ///   when the largest component has a single node; empty for an empty network.
    /// - Throws: ``IGraphError`` (e.g. ARPACK non-convergence as `.arpack`); on the kernel,
    ///   ``KernelError/notConverged(measure:residual:tolerance:)`` when the relative residual
    ///   stays above 1e-11.
    /// - Complexity: O(n + m) per ARPACK iteration or Lanczos product (matrix–vector products
    ///   counted); O(n + m) memory with igraph (plus a copy of the component), O(b n) on the
    ///   kernel for a Lanczos basis of b vectors.
    public static func compute(_ graph: WeightedGraph, weighted: Bool = true,
                               engine: CentralityEngine = .automatic) throws -> [Double] {
        guard graph.nodeCount > 0 else { return [] }
        if engine.usesKernels(nodeCount: graph.nodeCount) {
            return try kernel(Adjacency(graph), weighted: weighted)
        }
        var result = [Double](repeating: 0, count: graph.nodeCount)
        let component = try Components.largest(graph)
        guard component.count > 1 else { return result }
        let sub = graph.induced(on: component)
        let values = try IGraphNetwork(sub).eigenvector(weights: weighted ? sub.weights : nil)
        for (i, node) in component.enumerated() { result[node] = values[i] }
        return result
    }

    /// The kernel's values on `csr`, or an error when it stopped before its tolerance.
    static func kernel(_ csr: CSRGraph, weighted: Bool = true) throws(KernelError) -> [Double] {
        try kernel(CSROperator(csr, weighted: weighted), component: ComponentsKernel.largest(csr))
    }

    /// The kernel's values for the matrix `a` on its largest component `component`, or an error
    /// when it stopped before its tolerance.
    static func kernel<Operator: WeightedOperator>(_ a: Operator, component: [Int]) throws(KernelError) -> [Double] {
        let tolerance = 1e-11
        let result = EigenvectorKernel.compute(operator: a, component: component, tolerance: tolerance)
        guard result.relativeResidual <= tolerance else {
            throw .notConverged(measure: "eigenvector centrality", residual: result.relativeResidual, tolerance: tolerance)
        }
        return result.values
    }
}
