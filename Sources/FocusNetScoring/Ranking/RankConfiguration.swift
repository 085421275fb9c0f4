import FocusNetGraph

/// Everything that determines a ranking, besides the records themselves.
public struct RankConfiguration: Sendable, Equatable {
    public var window: ObservationWindow
    public var components: [ScoreComponent]
    public var betweennessLength: Betweenness.PathLength
    /// PageRank damping factor.
    public var damping: Double
    /// Length of the call-in list.
    public var top: Int

    public init(
        window: ObservationWindow, components: [ScoreComponent] = ScoreComponent.defaults,
        betweennessLength: Betweenness.PathLength = .inverseStrength, damping: Double = 0.85, top: Int = 50
    ) {
        self.window = window
        self.components = components
        self.betweennessLength = betweennessLength
        self.damping = damping
        self.top = top
    }
}
