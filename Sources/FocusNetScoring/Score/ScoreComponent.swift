/// A per-person quantity that can enter the risk score.
public enum ScoreComponent: String, Sendable, CaseIterable, Codable {
    case degree, strength, betweenness, eigenvector, pagerank, coreness
    /// Distinct arrests in the observation window.
    case arrests

    /// The default risk-score components (v1): network position and recent activity.
    public static let defaults: [ScoreComponent] = [.strength, .betweenness, .eigenvector, .arrests]
}
