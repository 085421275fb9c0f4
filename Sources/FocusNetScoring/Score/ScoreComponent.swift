/// A per-person quantity that can enter the network score.
public enum ScoreComponent: String, Sendable, CaseIterable, Codable {
    /// The ``NetworkMeasures`` of the same name.
    case degree, strength, betweenness, eigenvector, pagerank, coreness
    /// Distinct arrests in the observation window.
    case arrests
    /// Network exposure to recent gunshot victims (``NetworkExposure``).
    case victimExposure = "victim_exposure"
    /// Network exposure to recent identified shooters.
    case shooterExposure = "shooter_exposure"

    /// The absolute resolution a component's values have when they are ranked, where the solver
    /// that computes them leaves less than ``PercentileRank``'s 6 significant digits: eigenvector
    /// centrality (maximum 1) is ranked on multiples of 1e-6. Its Lanczos solver stops at a
    /// relative residual of 1e-11, which over the small eigengap of a city network leaves
    /// absolute errors up to 6e-9; 44% of a simulated city (seed 3) sat below 1e-9, where the
    /// order — and up to 0.2 of a person's composite score — was decided by rounding noise. A
    /// value within the error of a step's half-way point can still land on either side (0 of
    /// 99,316 people did between two numberings of that city's network).
    /// `nil`: ranked on the values as they are.
    public var rankingResolution: Double? { self == .eigenvector ? 1e-6 : nil }

    /// The components of the default network score (``ScoringModel/Network``).
    @available(*, deprecated, message: "use ScoringModel.Network().components (betweenness left the default: docs/decisions/0002)")
    public static var defaults: [ScoreComponent] { ScoringModel.Network().components }
}
