/// The three scores of every node, side by side (shapes `[n]`, node order).
///
/// - **points**: Σ weightₖ × featureₖ over history features, plus a bonus when young — a
///   transparent points score in the manner of Chicago's Violence Reduction Strategy/SSL and
///   VOID point systems (RAND 2016 describes the SSL's inputs). Units: points.
/// - **network**: mean percentile rank of the network components (``RiskScore``), in (0, 1].
/// - **composite** (the ranking score): (wₚ · pct(points) + wₙ · pct(network)) / (wₚ + wₙ),
///   in (0, 1], with pct the percentile rank among everyone scored.
public struct Scores: Sendable {
    /// Points score of each node. Shape `[n]`; units: points.
    public let points: [Double]
    /// The network score with its per-component percentile ranks (``RiskScore``).
    public let network: RiskScore
    /// The ranking score. Shape `[n]`, in (0, 1].
    public let composite: [Double]
    /// Percentile rank of ``points`` among everyone scored. Shape `[n]`, in (0, 1].
    public let pointsPercentile: [Double]
    /// Percentile rank of the network score among everyone scored. Shape `[n]`, in (0, 1].
    public let networkPercentile: [Double]

    /// - Complexity: O(c n log n) for c network components.
    init(model: ScoringModel, features: PersonFeatures, componentValues: [[Double]]) {
        let p = model.points
        let points = features.arrests.indices.map { i in
            p.arrests * Double(features.arrests[i]) + p.violentArrests * Double(features.violentArrests[i])
                + p.gunArrests * Double(features.gunArrests[i]) + p.priorVictimizations * Double(features.priorVictimizations[i])
                + (features.age[i].map { $0 < p.youngAge } == true ? p.young : 0)
                + p.priorArrests * Double(features.priorArrests[i]) + p.priorConvictions * Double(features.priorConvictions[i])
                + p.priorIncarcerations * Double(features.priorIncarcerations[i])
        }
        self.points = points
        network = RiskScore(components: model.network.components, values: componentValues)
        let pp = PercentileRank.compute(points), np = PercentileRank.compute(network.scores)
        let wp = model.composite.points, wn = model.composite.network
        pointsPercentile = pp
        networkPercentile = np
        composite = pp.indices.map { (wp * pp[$0] + wn * np[$0]) / (wp + wn) }
    }
}
