/// The network scoring runs on: co-offending ties and group co-membership ties over one node
/// set, combined by layer weights, with each group kept as its member list (``CombinedNetwork``):
/// the n_g (n_g − 1) / 2 pairs of a group are never stored.
///
/// Nodes are the persons with an arrest in the window or an active group membership, in
/// person-index (= identifier) order. Combined tie weight = λ_co × w_co + λ_group × w_group,
/// with w_group = Σ over shared groups of 1/(n_g − 1) (``GroupLayer``); a layer weighted 0 adds
/// no ties to ``combined``. Both layers are already limited to the as-of date: the co-offending
/// layer to its window `(D − lookback, D]`, the group layer to memberships active at D.
public struct SocialNetwork: Sendable {
    /// Person index of each node, increasing.
    public let persons: [Int32]
    /// Node index of each person, −1 when not a node. Shape `[personCount]`.
    public let nodeOfPerson: [Int32]
    /// The co-offending ties alone, on this network's nodes (weights as in ``CoOffendingNetwork``).
    public let coOffending: WeightedGraph
    /// Neighbour lists of ``coOffending`` (weights unscaled): group cover and group reach use them,
    /// since within a group every member is trivially one group tie from every other.
    public let coOffendingAdjacency: Adjacency
    /// Both layers combined by ``layerWeights``, groups kept as member lists: the network
    /// scoring runs on.
    public let combined: CombinedNetwork
    /// Pairs of nodes sharing an active group — the group layer's ties, whatever its layer weight
    /// (``combined`` leaves them out at weight 0).
    public let groupTieCount: Int
    /// The factor applied to each layer's tie weights in ``combined``.
    public let layerWeights: (coOffending: Double, group: Double)

    /// Combines `network` and the active memberships of `groups` over one node set.
    /// - Parameters:
    ///   - network: the co-offending network of the analysis window.
    ///   - groups: the memberships active at the same as-of date, or `nil` for none.
    ///   - personCount: the number of persons in the person index (``RecordSet/personIDs``).
    ///   - layerWeights: factors (≥ 0) for the co-offending and group layers; default `(1, 1)`.
    /// - Complexity: O(personCount + m_co + Σ_g n_g) plus the overlap search of ``CombinedNetwork``;
    ///   never O(Σ_g n_g²).
    public init(coOffending network: CoOffendingNetwork, groups: GroupLayer?, personCount: Int,
                layerWeights: (coOffending: Double, group: Double) = (1, 1)) {
        var isNode = [Bool](repeating: false, count: personCount)
        for p in network.persons { isNode[Int(p)] = true }
        for p in groups?.activePersons ?? [] { isNode[Int(p)] = true }
        var nodeOfPerson = [Int32](repeating: -1, count: personCount)
        var persons = [Int32]()
        for p in 0..<personCount where isNode[p] {
            nodeOfPerson[p] = Int32(persons.count)
            persons.append(Int32(p))
        }
        // Re-index the co-offending ties onto the union node set (order is preserved: both increasing).
        let g = network.graph
        let coTies = (0..<g.tieCount).map { e in
            (WeightedGraph.key(Int(nodeOfPerson[Int(network.persons[Int(g.sources[e])])]),
                               Int(nodeOfPerson[Int(network.persons[Int(g.targets[e])])])), g.weights[e])
        }
        coOffending = WeightedGraph(nodeCount: persons.count, sortedKeys: coTies)
        let adjacency = Adjacency(coOffending)
        coOffendingAdjacency = adjacency
        let none = Adjacency(WeightedGraph(nodeCount: persons.count, sortedKeys: []))
        let layer = layerWeights.coOffending == 1 ? adjacency
            : layerWeights.coOffending > 0 ? adjacency.scaled(by: layerWeights.coOffending) : none
        // Active members are nodes by construction; each list stays increasing.
        let members = (groups?.members ?? []).map { $0.map { nodeOfPerson[Int($0)] } }
        combined = CombinedNetwork(coOffending: layer, groups: members, groupLayerWeight: layerWeights.group)
        groupTieCount = layerWeights.group > 0 ? combined.groupTieCount
            : CombinedNetwork(coOffending: none, groups: members, groupLayerWeight: 1).groupTieCount
        self.persons = persons
        self.nodeOfPerson = nodeOfPerson
        self.layerWeights = layerWeights
    }
}
