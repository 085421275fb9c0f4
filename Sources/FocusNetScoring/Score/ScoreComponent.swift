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

    /// The risk-score v1 components: network position and recent activity.
    public static let defaults: [ScoreComponent] = [.strength, .betweenness, .eigenvector, .arrests]
}
