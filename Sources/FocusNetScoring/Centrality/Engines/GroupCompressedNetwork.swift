import FocusNetGraph

/// The combined co-offending + group network with every group kept as one clique instead of
/// n_g (n_g − 1) / 2 stored ties.
///
/// A group g of n_g members ties each pair of members with weight 1/(n_g − 1) (Newman 2001), so
/// its ties form the matrix w_g (1_g 1_gᵀ − I_g). The combined adjacency is therefore
/// A = A_co + Σ_g w_g (1_g 1_gᵀ − I_g): a product A x costs O(m_co + Σ_g n_g) instead of
/// O(m_co + Σ_g n_g²), and nothing of size Σ_g n_g² is ever stored. Measured: on the simulated
/// state data of an earlier generator (9,000 groups, median 48 and largest 1,728 members) the
/// groups alone implied 137M of 141M ties — 3.4 GB as CSR, more than the whole 3 GB budget; real
/// gang databases do list groups of that size (docs/performance.md).
///
/// Hop-count traversals need the *simple* graph: a pair joined by several routes (a shared
/// arrest and a shared group, or two shared groups) is one tie. ``overlaps`` lists, for each node,
/// the neighbours reached by more than one route and the number of extra routes, which is all
/// path counting needs to count each tie once (see ``GroupBrandesKernel``).
package struct GroupCompressedNetwork: WeightedOperator {
    /// Co-offending ties only (weight = distinct shared arrests).
    package let coOffending: CSRGraph
    /// Member nodes of each group with two or more members, increasing.
    package let groupStart: [Int]
    package let groupNodes: [Int32]
    /// 1/(n_g − 1) for each group (0 for a group of one).
    package let groupWeight: [Double]
    /// Groups of each node (of two or more members), increasing.
    package let nodeGroupStart: [Int]
    package let nodeGroups: [Int32]
    /// For node u, neighbours w joined by r ≥ 2 routes (a co-offending tie counts 1, each shared
    /// group 1) and r − 1: `overlapNodes/overlapExtra[overlapStart[u] ..< overlapStart[u + 1]]`.
    package let overlapStart: [Int]
    package let overlapNodes: [Int32]
    package let overlapExtra: [Int32]
    /// Distinct neighbours in the combined network. Shape `[n]`.
    package let degree: [Int]
    /// Sum of combined tie weights: co-offending strength plus (n_g − 1) · 1/(n_g − 1) per group
    /// (equal to the tie-by-tie sum up to rounding). Shape `[n]`.
    package let strength: [Double]

    package var nodeCount: Int { coOffending.nodeCount }
    /// Ties of the combined (simple) network.
    package var tieCount: Int { degree.reduce(0, +) / 2 }

    /// A network without groups: `graph`'s ties only. Lets the traversal kernels (components,
    /// coreness, exposure) have one implementation for both kinds of network.
    /// - Complexity: O(n + m) time for degree and strength; shares `graph`'s arrays.
    package init(_ graph: CSRGraph) {
        let n = graph.nodeCount
        coOffending = graph
        groupStart = [0]; groupNodes = []; groupWeight = []
        nodeGroupStart = [Int](repeating: 0, count: n + 1); nodeGroups = []
        overlapStart = [Int](repeating: 0, count: n + 1); overlapNodes = []; overlapExtra = []
        degree = graph.degrees()
        strength = graph.strengths()
    }

    /// Compresses a projection built with `groupTies: false`.
    /// - Complexity: O(n + m_co · g_max + Σ_{u in ≥ 2 groups} Σ_{g ∋ u} n_g) time, in parallel;
    ///   O(n + m_co + Σ_g n_g + overlaps) memory.
    package init(_ projection: ProjectionKernel.Result) {
        coOffending = projection.graph
        let n = coOffending.nodeCount
        let groupCount = projection.groupStart.count - 1
        // Keep only groups with two or more members (the others tie nobody).
        var start = [0], nodes = [Int32](), weight = [Double]()
        var renumber = [Int32](repeating: -1, count: groupCount)
        for g in 0..<groupCount {
            let size = projection.groupStart[g + 1] - projection.groupStart[g]
            guard size > 1 else { continue }
            renumber[g] = Int32(weight.count)
            nodes += projection.groupNodes[projection.groupStart[g]..<projection.groupStart[g + 1]]
            start.append(nodes.count)
            weight.append(1 / Double(size - 1))
        }
        var nodeStart = [0], nodeList = [Int32]()
        nodeList.reserveCapacity(nodes.count)
        for v in 0..<n {
            for k in projection.nodeGroupStart[v]..<projection.nodeGroupStart[v + 1] {
                let g = renumber[Int(projection.nodeGroups[k])]
                if g >= 0 { nodeList.append(g) }
            }
            nodeStart.append(nodeList.count)
        }
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
        let co = coOffending
        degree.withUnsafeMutableBufferPointer { degree in
            strength.withUnsafeMutableBufferPointer { strength in
                blockOverlapCount.withUnsafeMutableBufferPointer { outCount in
                    blockOverlapNodes.withUnsafeMutableBufferPointer { outNodes in
                        blockOverlapExtra.withUnsafeMutableBufferPointer { outExtra in
                            DeterministicParallel.forEach(chunks: blocks) { block in
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
                                            if shared > 0 { overlapNodes.append(Int32(w)); overlapExtra.append(shared); extraTotal += 1; found += 1 }
                                        }
                                    }
                                    degree[u] = routesTotal - extraTotal
                                    strength[u] = coStrength + groupStrength
                                    counts.append(found)
                                }
                                outCount[block] = counts; outNodes[block] = overlapNodes; outExtra[block] = overlapExtra
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
    }

    package func strengths() -> [Double] { strength }

    /// y = A x with A = A_co + Σ_g w_g (1 1ᵀ − I) on each group: group sums first (in parallel over
    /// groups), then every row.
    package func multiply(_ x: [Double], into y: inout [Double], rows: [Int]?) {
        let groups = groupWeight.count
        var groupSum = [Double](repeating: 0, count: groups)
        let groupBlocks = max(1, min(16, groups))
        groupStart.withUnsafeBufferPointer { start in
            groupNodes.withUnsafeBufferPointer { nodes in
                x.withUnsafeBufferPointer { x in
                    groupSum.withUnsafeMutableBufferPointer { sums in
                        DeterministicParallel.forEach(chunks: groupBlocks) { block in
                            for g in DeterministicParallel.range(of: block, count: groups, chunks: groupBlocks) {
                                var s = 0.0
                                for j in start[g]..<start[g + 1] { s += x[Int(nodes[j])] }
                                sums[g] = s
                            }
                        }
                    }
                }
            }
        }
        coOffending.offsets.withUnsafeBufferPointer { offsets in
            coOffending.neighbors.withUnsafeBufferPointer { neighbors in
                coOffending.weights.withUnsafeBufferPointer { weights in
                    nodeGroupStart.withUnsafeBufferPointer { nodeStart in
                        nodeGroups.withUnsafeBufferPointer { nodeGroups in
                            groupWeight.withUnsafeBufferPointer { groupWeight in
                                groupSum.withUnsafeBufferPointer { groupSum in
                                    x.withUnsafeBufferPointer { x in
                                        y.withUnsafeMutableBufferPointer { y in
                                            DeterministicParallel.forEachRow(rows, count: nodeCount) { i in
                                                var sum = 0.0
                                                for e in offsets[i]..<offsets[i + 1] { sum += weights[e] * x[Int(neighbors[e])] }
                                                for t in nodeStart[i]..<nodeStart[i + 1] {
                                                    let g = Int(nodeGroups[t])
                                                    sum += groupWeight[g] * (groupSum[g] - x[i])
                                                }
                                                y[i] = sum
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
