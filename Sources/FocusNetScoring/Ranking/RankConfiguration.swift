import FocusNetGraph

/// Everything that determines a ranking, besides the records themselves.
public struct RankConfiguration: Sendable, Equatable {
    public var window: ObservationWindow
    /// Mass-event rule and tie decay of the co-offending projection.
    public var projection: ProjectionOptions
    public var components: [ScoreComponent]
    public var betweennessLength: Betweenness.PathLength
    /// Exact or sampled betweenness (see ``Betweenness/Options``).
    public var betweenness: Betweenness.Options
    /// PageRank damping factor.
    public var damping: Double
    /// Length of the call-in list.
    public var top: Int

    public init(
        window: ObservationWindow, projection: ProjectionOptions = .init(), components: [ScoreComponent] = ScoreComponent.defaults,
        betweennessLength: Betweenness.PathLength = .inverseStrength, betweenness: Betweenness.Options = .init(), damping: Double = 0.85, top: Int = 50
    ) {
        self.window = window
        self.projection = projection
        self.components = components
        self.betweennessLength = betweennessLength
        self.betweenness = betweenness
        self.damping = damping
        self.top = top
    }
}
