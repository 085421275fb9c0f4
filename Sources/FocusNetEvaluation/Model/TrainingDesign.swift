import FocusNetGraph

/// The design matrix of one model kind over its training origins: the people of every origin
/// pooled, each feature standardized with its training mean and population standard deviation,
/// an intercept column first. Built once and shared by the fits of every outcome, which differ
/// only in y.
struct TrainingDesign: Sendable {
    /// A fitted kind (``ModelKind/trained``).
    let kind: ModelKind
    /// The training origins, in the order their people are pooled.
    let origins: [CalendarDay]
    /// Rows: people pooled over the origins.
    let rows: Int
    /// The features kept (not constant in training), one column each after the intercept.
    let features: [ModelFeature]
    /// Names of the features constant in training, left out.
    let dropped: [String]
    /// Training mean of each kept feature.
    let means: [Double]
    /// Training population standard deviation of each kept feature (> 0).
    let scales: [Double]
    /// [1 | standardized features], row-major, shape rows × (features.count + 1).
    let z: [Double]

    /// Pools `training` and standardizes the candidate features of `kind`.
    /// - Complexity: O(rows × features); memory one rows × (features + 1) matrix.
    init(_ kind: ModelKind, training: [FittedModel.TrainingSet]) {
        precondition(kind.isFitted, "\(kind) is not a fitted model")
        let candidates: [ModelFeature]
        if let groups = kind.featureGroups {
            let hasBetweenness = training.allSatisfy(\.inputs.hasBetweenness)
            candidates = ModelFeature.fittedSet(keeping: groups).filter { $0 != .betweennessPercentile || hasBetweenness }
        } else {
            candidates = ModelFeature.demographicSet(sexCodes: training.flatMap(\.inputs.sex))
        }
        let rows = training.reduce(0) { $0 + $1.inputs.count }
        var kept: [ModelFeature] = [], dropped: [String] = [], columns: [[Double]] = []
        var means: [Double] = [], scales: [Double] = []
        for feature in candidates {
            let column = training.flatMap { feature.values($0.inputs) }
            let mean = column.reduce(0, +) / Double(column.count)
            let scale = (column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(column.count)).squareRoot()
            guard scale > 1e-12 * max(1, abs(mean)) else { dropped.append(feature.description); continue }
            kept.append(feature)
            columns.append(column)
            means.append(mean)
            scales.append(scale)
        }
        let q = kept.count + 1
        var z = [Double](repeating: 1, count: rows * q)
        for (j, column) in columns.enumerated() {
            for i in 0..<rows { z[i * q + j + 1] = (column[i] - means[j]) / scales[j] }
        }
        self.kind = kind
        origins = training.map(\.origin)
        self.rows = rows
        features = kept
        self.dropped = dropped
        self.means = means
        self.scales = scales
        self.z = z
    }
}
