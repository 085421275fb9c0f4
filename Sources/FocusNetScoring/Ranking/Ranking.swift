import FocusNetGraph

/// A ranked co-offending network: measures, score and order for every person in it.
public struct Ranking: Sendable {
    public let configuration: RankConfiguration
    public let network: CoOffendingNetwork
    public let measures: NetworkMeasures
    public let score: RiskScore
    /// Node indices, highest score first (ties by person id ascending).
    public let order: [Int]

    /// Builds the network of `records` in the configured window, computes every measure and
    /// the score, and ranks.
    /// - Throws: ``IGraphError`` from the centralities.
    /// - Complexity: dominated by betweenness (see ``Betweenness``).
    public init(records: RecordSet, configuration: RankConfiguration) throws {
        self.configuration = configuration
        network = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count,
                                     window: configuration.window, options: configuration.projection)
        measures = try NetworkMeasures(network.graph, betweennessLength: configuration.betweennessLength,
                                       betweenness: configuration.betweenness,
                                       damping: configuration.damping)
        let measures = measures, network = network
        score = RiskScore(components: configuration.components,
                          values: configuration.components.map { Ranking.values(of: $0, measures, network) })
        order = score.ranking()
    }

    /// Raw value of a component for every node, shape `[n]`.
    public func values(of component: ScoreComponent) -> [Double] {
        Ranking.values(of: component, measures, network)
    }

    private static func values(of component: ScoreComponent, _ m: NetworkMeasures, _ net: CoOffendingNetwork) -> [Double] {
        switch component {
        case .degree: m.degree.map(Double.init)
        case .strength: m.strength
        case .betweenness: m.betweenness
        case .eigenvector: m.eigenvector
        case .pagerank: m.pageRank
        case .coreness: m.coreness.map(Double.init)
        case .arrests: net.arrestCounts.map(Double.init)
        }
    }
}
