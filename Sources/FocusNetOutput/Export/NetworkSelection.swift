import FocusNetGraph
import FocusNetScoring

/// Which people an export holds: the whole network, or everyone within k steps of some people.
///
/// Steps are counted along co-offending ties by default: along group co-membership ties one
/// step reaches a whole group, which is rarely the picture wanted. `via: .all` follows the
/// combined network the scores were computed on.
public struct NetworkSelection: Sendable, Equatable {
    /// The ties steps follow (`--via`).
    public enum Ties: String, Sendable, CaseIterable {
        /// Shared arrests only.
        case coOffending = "co-offending"
        /// Co-offending and group co-membership ties (the combined network).
        case all
    }

    /// Seed node indices (into ``Ranking/persons``); `nil` = the whole network.
    public let seeds: [Int]?
    /// How many steps around the seeds (0 = the seeds only).
    public let steps: Int
    /// The ties the steps follow.
    public let via: Ties

    /// Every person in the network.
    public static let whole = NetworkSelection(seeds: nil, steps: 0, via: .coOffending)

    /// Everyone within `steps` of the seed nodes (node indices into ``Ranking/persons``).
    /// - Complexity: O(s log s) for s seeds.
    /// - Throws: ``ExportError/noSeeds`` for no seeds, ``ExportError/invalidSteps(_:)`` for k < 0.
    public static func around(nodes: [Int], steps: Int, via: Ties = .coOffending) throws(ExportError) -> NetworkSelection {
        guard !nodes.isEmpty else { throw .noSeeds }
        guard steps >= 0 else { throw .invalidSteps(steps) }
        return NetworkSelection(seeds: Array(Set(nodes)).sorted(), steps: steps, via: via)
    }

    /// Node indices of the given identifiers: person ids as in the records or, when a
    /// pseudonymizer is given, their pseudonyms under its key.
    /// - Throws: ``ExportError/unknownPerson(position:)`` or ``ExportError/notInNetwork(position:)``
    ///   naming the first identifier that fails by its 1-based position (never its value).
    /// - Complexity: O(P) for P persons in the records (O(P) HMACs with a pseudonymizer).
    public static func nodes(of identifiers: [String], records: RecordSet, ranking: Ranking,
                             pseudonymizer: Pseudonymizer? = nil) throws(ExportError) -> [Int] {
        var index = [String: Int](minimumCapacity: records.personIDs.count)
        for (p, id) in records.personIDs.enumerated() { index[id] = p }
        var pseudonymIndex: [String: Int] = [:]
        if let pseudonymizer, identifiers.contains(where: { index[$0] == nil }) {
            for (p, id) in records.personIDs.enumerated() { pseudonymIndex[pseudonymizer.pseudonym(id)] = p }
        }
        var nodes: [Int] = []
        for (i, id) in identifiers.enumerated() {
            guard let person = index[id] ?? pseudonymIndex[id] else { throw .unknownPerson(position: i + 1) }
            let node = Int(ranking.social.nodeOfPerson[person])
            guard node >= 0 else { throw .notInNetwork(position: i + 1) }
            nodes.append(node)
        }
        return nodes
    }

    /// The selected nodes, increasing, with each one's distance in steps from the nearest seed
    /// (`nil` for the whole network).
    /// - Complexity: O(n + m) breadth-first search over the ties followed (group ties from each
    /// reached member's groups).
    public func select(in ranking: Ranking) -> (nodes: [Int], distance: [Int?]) {
        let n = ranking.persons.count
        guard let seeds else { return (Array(0..<n), Array(repeating: nil, count: n)) }
        let network = ranking.social.combined, co = ranking.social.coOffendingAdjacency
        func neighbors(of v: Int) -> [Int32] { via == .all ? network.neighbors(of: v) : Array(co.neighbors(of: v)) }
        var distance = [Int?](repeating: nil, count: n)
        var frontier = seeds
        for s in seeds { distance[s] = 0 }
        var step = 0
        while !frontier.isEmpty, step < steps {
            step += 1
            var next: [Int] = []
            for v in frontier {
                for w in neighbors(of: v) where distance[Int(w)] == nil {
                    distance[Int(w)] = step
                    next.append(Int(w))
                }
            }
            frontier = next
        }
        let nodes = (0..<n).filter { distance[$0] != nil }
        return (nodes, distance)
    }
}
