import FocusNetGraph

/// Risk score v1: the mean of the percentile ranks of the chosen components.
///
/// score(i) = (1/c) Σⱼ pct_j(i), where pct_j is ``PercentileRank`` of component j over all
/// persons in the network (on the component's ``ScoreComponent/rankingResolution``). Each
/// component counts equally; a person at the top of every component scores 1. This is a
/// transparent ordering device, not a probability.
public struct RiskScore: Sendable {
    /// The components averaged, in the order of ``percentiles``.
    public let components: [ScoreComponent]
    /// Percentile rank of each component, `percentiles[j][i]` for component j, person i.
    public let percentiles: [[Double]]
    /// Score of each person, shape `[n]`, in (0, 1].
    public let scores: [Double]

    /// - Parameter values: raw value of each component, each of shape `[n]`, same order as `components`.
    /// - Complexity: O(c n log n) for the ranks, O(c n) for the dense product (OpenBLAS dgemv).
    init(components: [ScoreComponent], values: [[Double]]) {
        precondition(components.count == values.count, "one value vector per component")
        precondition(!components.isEmpty, "at least one score component")
        let n = values[0].count
        self.components = components
        // One sort per component, the components on all cores (a second each at state scale).
        var percentiles = [[Double]](repeating: [], count: components.count)
        percentiles.withUnsafeMutableBufferPointer { out in
            DeterministicParallel.forEach(chunks: components.count) { j in
                guard let step = components[j].rankingResolution else { out[j] = PercentileRank.compute(values[j]); return }
                out[j] = PercentileRank.compute(values[j].map { ($0 / step).rounded() * step })
            }
        }
        self.percentiles = percentiles
        var features = DenseMatrix(rows: n, columns: components.count)
        for (j, column) in percentiles.enumerated() { features.setColumn(j, column) }
        let weights = [Double](repeating: 1 / Double(components.count), count: components.count)
        scores = features.times(weights)
    }

    /// Node indices ranked by score descending; ties broken by the tie-break key ascending
    /// (node order = person-id order), so the ranking never depends on input row order.
    func ranking() -> [Int] {
        ScoreOrder.descending(scores)
    }
}
