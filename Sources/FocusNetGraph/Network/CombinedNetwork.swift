/// The combined network — co-offending ties and group co-membership ties, each layer weighted —
/// with every group kept as its member list instead of n_g (n_g − 1) / 2 stored ties.
///
/// A group g of n_g members ties each pair of members with weight w_g = λ_group/(n_g − 1) (Newman
/// 2001, doi:10.1103/PhysRevE.64.016132; λ_group the layer weight), so its ties form the matrix
/// w_g (1_g 1_gᵀ − I_g). The combined adjacency is A = λ_co A_co + Σ_g w_g (1_g 1_gᵀ − I_g): a
/// product A x costs O(m_co + Σ_g n_g) instead of O(m_co + Σ_g n_g²), and nothing of size
/// Σ_g n_g² is ever stored. Measured: on the simulated state data of an earlier generator (9,000
/// groups, median 48 and largest 1,728 members) the groups alone implied 137M of 141M ties —
/// 3.4 GB as CSR, more than the whole 3 GB budget; real gang databases do list groups of that
/// size (docs/performance.md).
///
/// Hop-count traversals need the *simple* network: a pair joined by several routes (a shared
/// arrest and a shared group, or two shared groups) is one tie. The overlap lists give, for each
/// node, the neighbours reached by more than one route and the number of extra routes, which is
/// all degree and path counting need to count each tie once.
///
/// Node indices `0..<n` are those of the caller (``SocialNetwork``: person order). Group indices
/// here number only the groups of two or more members, in their original order.
public struct CombinedNetwork: Sendable {
    /// Co-offending ties with their weights times the co-offending layer weight. Shape: CSR over
    /// n nodes, 2 m_co entries.
    public let coOffending: Adjacency
    /// Member nodes of group g: `groupNodes[groupStart[g] ..< groupStart[g + 1]]`, increasing; only
    /// groups of two or more members. Shapes `[G + 1]` and `[Σ_g n_g]`.
    public let groupStart: [Int]
    /// See ``groupStart``.
    public let groupNodes: [Int32]
    /// Tie weight w_g between two members of group g (layer weight / (n_g − 1)). Shape `[G]`.
    public let groupWeight: [Double]
    /// Groups of node v: `nodeGroups[nodeGroupStart[v] ..< nodeGroupStart[v + 1]]`, increasing.
    /// Shapes `[n + 1]` and `[Σ_g n_g]`.
    public let nodeGroupStart: [Int]
    /// See ``nodeGroupStart``.
    public let nodeGroups: [Int32]
    /// For node u, neighbours w joined by r ≥ 2 routes (a co-offending tie counts 1, each shared
    /// group 1) and r − 1: `overlapNodes/overlapExtra[overlapStart[u] ..< overlapStart[u + 1]]`.
    package let overlapStart: [Int]
    package let overlapNodes: [Int32]
    package let overlapExtra: [Int32]
    /// Distinct neighbours in the combined network (count of people). Shape `[n]`.
    public let degree: [Int]
    /// Sum of combined tie weights: co-offending strength plus (n_g − 1) · w_g per group (equal to
    /// the tie-by-tie sum up to rounding; Barrat et al. 2004). Shape `[n]`.
    public let strength: [Double]
    /// Pairs sharing at least one group (ties of the group layer alone, count).
    public let groupTieCount: Int

    /// n, the number of nodes (isolates included).
    public var nodeCount: Int { coOffending.nodeCount }
    /// Ties of the combined (simple) network, count. - Complexity: O(n).
    public var tieCount: Int { degree.reduce(0, +) / 2 }

    /// A network without groups: `adjacency`'s ties only. Lets the traversals (components,
    /// coreness, exposure) have one implementation for both kinds of network.
    ///
    /// - Complexity: O(n + m) time for degree and strength; shares `adjacency`'s arrays.
    public init(_ adjacency: Adjacency) {
        let n = adjacency.nodeCount
        coOffending = adjacency
        groupStart = [0]; groupNodes = []; groupWeight = []
        nodeGroupStart = [Int](repeating: 0, count: n + 1); nodeGroups = []
        overlapStart = [Int](repeating: 0, count: n + 1); overlapNodes = []; overlapExtra = []
        degree = adjacency.degrees()
        strength = adjacency.strengths()
        groupTieCount = 0
    }

    /// Every array as given — for a renumbering, which moves them without searching again.
    /// - Precondition: the arrays describe one network as the properties above document.
    /// - Complexity: O(1); shares the arrays.
    package init(coOffending: Adjacency, groupStart: [Int], groupNodes: [Int32], groupWeight: [Double],
                 nodeGroupStart: [Int], nodeGroups: [Int32], overlapStart: [Int], overlapNodes: [Int32],
                 overlapExtra: [Int32], degree: [Int], strength: [Double], groupTieCount: Int) {
        self.coOffending = coOffending
        self.groupStart = groupStart; self.groupNodes = groupNodes; self.groupWeight = groupWeight
        self.nodeGroupStart = nodeGroupStart; self.nodeGroups = nodeGroups
        self.overlapStart = overlapStart; self.overlapNodes = overlapNodes; self.overlapExtra = overlapExtra
        self.degree = degree; self.strength = strength; self.groupTieCount = groupTieCount
    }

    /// The co-offending ties of `coOffending` plus the co-membership ties of `groups`.
    /// - Parameters:
    ///   - coOffending: co-offending ties over n nodes, weights already times their layer weight.
    ///   - groups: member nodes of each group (each in `0..<n`, increasing, no repeats); groups of
    ///     fewer than two members tie nobody and are dropped.
    ///   - groupLayerWeight: λ_group ≥ 0; 0 leaves the group ties out (the members stay nodes).
    /// - Complexity: O(n + m_co · g_max + Σ_{u in ≥ 2 groups} Σ_{g ∋ u} n_g) time, in parallel;
    ///   O(n + m_co + Σ_g n_g + overlaps) memory — never O(Σ_g n_g²).
    public init(coOffending: Adjacency, groups: [[Int32]], groupLayerWeight: Double) {
        let n = coOffending.nodeCount
        precondition(groups.allSatisfy { members in
            members.indices.allSatisfy { k in members[k] >= 0 && Int(members[k]) < n && (k == 0 || members[k - 1] < members[k]) }
        }, "group members must be distinct node indices in 0..<n, increasing")
        var start = [0], nodes = [Int32](), weight = [Double]()
        for members in groups where members.count > 1 && groupLayerWeight > 0 {
            nodes += members
            start.append(nodes.count)
            weight.append(groupLayerWeight / Double(members.count - 1))
        }
        self.init(coOffending: coOffending, groupStart: start, groupNodes: nodes, groupWeight: weight)
    }

    /// The network from its group lists, computing the node → group transpose, the overlaps,
    /// degree and strength.
    /// - Precondition: every group has two or more members, increasing, in `0..<n`.
    /// - Complexity: as ``init(coOffending:groups:groupLayerWeight:)``.
    package init(coOffending: Adjacency, groupStart start: [Int], groupNodes nodes: [Int32], groupWeight weight: [Double]) {
        let n = coOffending.nodeCount
        var nodeStart = [Int](repeating: 0, count: n + 1)
        for v in nodes { nodeStart[Int(v) + 1] += 1 }
        for v in 0..<n { nodeStart[v + 1] += nodeStart[v] }
        var nodeList = [Int32](repeating: 0, count: nodes.count)
        var fill = nodeStart
        for g in 0..<weight.count {
            for j in start[g]..<start[g + 1] { let v = Int(nodes[j]); nodeList[fill[v]] = Int32(g); fill[v] += 1 }
        }
        fill = []
        self.coOffending = coOffending
        groupStart = start; groupNodes = nodes; groupWeight = weight
        nodeGroupStart = nodeStart; nodeGroups = nodeList
        // Overlaps, then degree and strength. A pair is joined by more than one route when it
        // shares a group and an arrest, or two groups: the first is found on the co-offending ties
        // (intersecting two short group lists), the second only from members of two or more groups
        // — so no clique is ever walked pair by pair.
        let blocks = max(1, min(16, n))
        var degree = [Int](repeating: 0, count: n), strength = [Double](repeating: 0, count: n)
        var blockOverlapCount = [[Int32]](repeating: [], count: blocks)
        var blockOverlapNodes = [[Int32]](repeating: [], count: blocks), blockOverlapExtra = [[Int32]](repeating: [], count: blocks)
        var blockBoth = [Int](repeating: 0, count: blocks)   // co-offending ties whose pair also shares a group
        let co = coOffending
        degree.withUnsafeMutableBufferPointer { degree in
            strength.withUnsafeMutableBufferPointer { strength in
                blockOverlapCount.withUnsafeMutableBufferPointer { outCount in
                    blockOverlapNodes.withUnsafeMutableBufferPointer { outNodes in
                        blockOverlapExtra.withUnsafeMutableBufferPointer { outExtra in
                            blockBoth.withUnsafeMutableBufferPointer { outBoth in
                                DeterministicParallel.forEach(chunks: blocks) { block in
                                    var both = 0
                                    var marker = [Int32](repeating: -1, count: n)
                                    var routes = [Int32](repeating: 0, count: n)
                                    var touched = [Int32]()
                                    var counts = [Int32](), overlapNodes = [Int32](), overlapExtra = [Int32]()
                                    for u in DeterministicParallel.range(of: block, count: n, chunks: blocks) {
                                        let myGroups = nodeStart[u]..<nodeStart[u + 1]
                                        var coStrength = 0.0
                                        for e in co.offsets[u]..<co.offsets[u + 1] { coStrength += co.weights[e] }
                                        var routesTotal = co.offsets[u + 1] - co.offsets[u], groupStrength = 0.0
                                        for k in myGroups {
                                            let g = Int(nodeList[k])
                                            let size = start[g + 1] - start[g]
                                            routesTotal += size - 1
                                            groupStrength += Double(size - 1) * weight[g]
                                        }
                                        var extraTotal = 0, found: Int32 = 0
                                        if myGroups.count >= 2 {
                                            // Count routes to every co-offender and group mate.
                                            touched.removeAll(keepingCapacity: true)
                                            for e in co.offsets[u]..<co.offsets[u + 1] {
                                                let w = Int(co.neighbors[e])
                                                marker[w] = Int32(u); routes[w] = 1; touched.append(Int32(w))
                                            }
                                            for k in myGroups {
                                                let g = Int(nodeList[k])
                                                for j in start[g]..<start[g + 1] {
                                                    let w = Int(nodes[j])
                                                    guard w != u else { continue }
                                                    if marker[w] != Int32(u) { marker[w] = Int32(u); routes[w] = 0; touched.append(Int32(w)) }
                                                    routes[w] += 1
                                                }
                                            }
                                            for e in co.offsets[u]..<co.offsets[u + 1] where routes[Int(co.neighbors[e])] > 1 { both += 1 }
                                            touched.sort()
                                            for w in touched where routes[Int(w)] > 1 {
                                                overlapNodes.append(w); overlapExtra.append(routes[Int(w)] - 1)
                                                extraTotal += Int(routes[Int(w)] - 1); found += 1
                                            }
                                        } else if myGroups.count == 1 {
                                            // One group: only co-offenders in that group have two routes.
                                            let g = nodeList[myGroups.lowerBound]
                                            for e in co.offsets[u]..<co.offsets[u + 1] {
                                                let w = Int(co.neighbors[e])
                                                var shared: Int32 = 0
                                                for t in nodeStart[w]..<nodeStart[w + 1] where nodeList[t] == g { shared = 1 }
                                                if shared > 0 { overlapNodes.append(Int32(w)); overlapExtra.append(shared); extraTotal += 1; found += 1; both += 1 }
                                            }
                                        }
                                        degree[u] = routesTotal - extraTotal
                                        strength[u] = coStrength + groupStrength
                                        counts.append(found)
                                    }
                                    outCount[block] = counts; outNodes[block] = overlapNodes; outExtra[block] = overlapExtra
                                    outBoth[block] = both
                                }
                            }
                        }
                    }
                }
            }
        }
        var overlapStart = [0]
        overlapStart.reserveCapacity(n + 1)
        for block in 0..<blocks { for c in blockOverlapCount[block] { overlapStart.append(overlapStart.last! + Int(c)) } }
        self.overlapStart = overlapStart
        overlapNodes = blockOverlapNodes.flatMap { $0 }
        overlapExtra = blockOverlapExtra.flatMap { $0 }
        self.degree = degree
        self.strength = strength
        // Each node's group mates = its combined degree − co-offenders + co-offenders also group mates.
        groupTieCount = (degree.reduce(0, +) - coOffending.neighbors.count + blockBoth.reduce(0, +)) / 2
    }

    /// The distinct neighbours of `node` (co-offenders and group mates), increasing.
    /// - Complexity: O(d log d) for the d co-offenders and group mates listed (with repeats).
    public func neighbors(of node: Int) -> [Int32] {
        var list = Array(coOffending.neighbors(of: node))
        for t in nodeGroupStart[node]..<nodeGroupStart[node + 1] {
            let g = Int(nodeGroups[t])
            for j in groupStart[g]..<groupStart[g + 1] where Int(groupNodes[j]) != node { list.append(groupNodes[j]) }
        }
        guard nodeGroupStart[node + 1] > nodeGroupStart[node] else { return list }
        list.sort()
        var distinct = [Int32]()
        distinct.reserveCapacity(list.count)
        for w in list where distinct.last != w { distinct.append(w) }
        return distinct
    }

    /// The combined weight of the tie between `a` and `b` (co-offending weight plus w_g for each
    /// shared group); 0 when they are not tied.
    /// - Complexity: O(log d_a + g_a + g_b) for the g groups of each.
    public func tieWeight(_ a: Int, _ b: Int) -> Double {
        guard a != b else { return 0 }   // no self-tie, though a shares all its own groups
        var weight = coOffending.weight(a, b)
        var i = nodeGroupStart[a], j = nodeGroupStart[b]
        while i < nodeGroupStart[a + 1], j < nodeGroupStart[b + 1] {
            if nodeGroups[i] == nodeGroups[j] { weight += groupWeight[Int(nodeGroups[i])]; i += 1; j += 1 }
            else if nodeGroups[i] < nodeGroups[j] { i += 1 } else { j += 1 }
        }
        return weight
    }

    /// Every tie stored one by one — what the group lists avoid. For igraph on small networks and
    /// for tests; never on the default path at scale.
    /// - Complexity: O(Σ_v d_v log d_v) time, O(m) memory for the m ties (Σ_g n_g² with groups).
    public func materialized() -> WeightedGraph {
        var keyed = [(UInt64, Double)]()
        for u in 0..<nodeCount {
            for w in neighbors(of: u) where Int(w) > u { keyed.append((WeightedGraph.key(u, Int(w)), tieWeight(u, Int(w)))) }
        }
        return WeightedGraph(nodeCount: nodeCount, sortedKeys: keyed)
    }
}
