/// The network scoring runs on: co-offending ties and group co-membership ties over one node
/// set, combined by layer weights. Either layer alone stays available.
///
/// Nodes are the persons with an arrest in the window or an active group membership, in
/// person-index (= identifier) order. Combined tie weight = coOffendingWeight × w_co +
/// groupWeight × w_group.
public struct SocialNetwork: Sendable {
    /// Person index of each node, increasing.
    public let persons: [Int32]
    /// Node index of each person, −1 when not a node. Shape `[personCount]`.
    public let nodeOfPerson: [Int32]
    public let coOffending: WeightedGraph
    public let group: WeightedGraph
    public let combined: WeightedGraph
    public let layerWeights: (coOffending: Double, group: Double)

    /// - Complexity: O(m log m) over both layers' ties.
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
        let groupTies = groups?.ties(node: nodeOfPerson) ?? []
        coOffending = WeightedGraph(nodeCount: persons.count, sortedKeys: coTies)
        group = WeightedGraph(nodeCount: persons.count, sortedKeys: groupTies)
        var merged = coTies.map { ($0.0, $0.1 * layerWeights.coOffending) }
            + groupTies.map { ($0.0, $0.1 * layerWeights.group) }
        merged.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
        combined = WeightedGraph(nodeCount: persons.count, sortedKeys: merged.filter { $0.1 > 0 })
        self.persons = persons
        self.nodeOfPerson = nodeOfPerson
        self.layerWeights = layerWeights
    }
}
