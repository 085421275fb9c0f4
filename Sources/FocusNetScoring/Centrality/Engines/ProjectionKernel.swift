import FocusNetGraph

/// The combined co-offending + group co-membership network built straight into CSR form.
///
/// Same network as ``FocusNetGraph/SocialNetwork``'s `combined` graph with layer weights 1 —
/// tie weight = distinct shared arrests + Σ over shared groups g of 1/(n_g − 1) (Newman 2001) —
/// but without materializing and sorting a list of (pair, weight) tuples: each node's row is
/// gathered from its arrests and groups with a marker array, in parallel over fixed blocks of
/// nodes. Measured on simulated state data with large groups (3.4M nodes, 141M ties): the tuple route
/// (CoOffendingNetwork → SocialNetwork → Adjacency) took 92 s and was past 8 GB of memory before
/// the first centrality ran (docs/performance.md, "Whole pipeline vs the reference pipelines"). With
/// `groupTies: false` it builds the co-offending part of a ``CombinedNetwork``.
///
/// Determinism: a row's weights are summed in the same order for both endpoints (shared arrests,
/// then shared groups by group index), so the matrix is exactly symmetric; blocks are
/// concatenated in block order.
package enum ProjectionKernel {
    /// The network and its node set.
    package struct Result: Sendable {
        /// Person index of each node, increasing.
        package var persons: [Int32]
        /// Node index of each person, −1 when not a node. Shape `[personCount]`.
        package var nodeOfPerson: [Int32]
        package var graph: CSRGraph
        /// Ties with no group share (arrests only).
        package var coOffendingTies: Int
        /// Distinct member nodes of each group, increasing: `groupNodes[groupStart[g] ..< groupStart[g + 1]]`.
        package var groupStart: [Int]
        package var groupNodes: [Int32]
        /// Groups of each node, increasing: `nodeGroups[nodeGroupStart[v] ..< nodeGroupStart[v + 1]]`.
        package var nodeGroupStart: [Int]
        package var nodeGroups: [Int32]
    }

    static let blockCount = 16

    /// - Parameters:
    ///   - personCount: size of the person index.
    ///   - rowPerson, rowArrest: person and arrest index of each arrest row already in the window
    ///     (repeats of a person on an arrest count once).
    ///   - arrestCount: size of the arrest index.
    ///   - groupMembers: for each group, its member persons (any order, repeats count once); every
    ///     member is a node, groups of one add no tie.
    ///   - groupTies: `false` leaves group ties out of the graph (members stay nodes and the group
    ///     lists are still returned) — for ``CombinedNetwork``, which keeps cliques implicit.
    /// - Complexity: O(r + P + Σ_a k_a² + Σ_g n_g²) time for r rows, P persons, k_a persons per
    ///   arrest and n_g per group; memory O(r + P + m) plus 12 n bytes per running thread.
    package static func build(personCount: Int, rowPerson: [Int32], rowArrest: [Int32], arrestCount: Int,
                             groupMembers: [[Int32]], groupTies: Bool = true) -> Result {
        // Node set: persons with a row or a membership, in person order.
        var isNode = [Bool](repeating: false, count: personCount)
        for p in rowPerson { isNode[Int(p)] = true }
        for members in groupMembers { for p in members { isNode[Int(p)] = true } }
        var nodeOfPerson = [Int32](repeating: -1, count: personCount)
        var persons = [Int32]()
        for p in 0..<personCount where isNode[p] {
            nodeOfPerson[p] = Int32(persons.count)
            persons.append(Int32(p))
        }
        isNode = []
        let n = persons.count

        // Arrest → distinct member nodes (counting sort by arrest, then dedupe each list).
        let (arrestStart, arrestNodes) = distinctLists(count: arrestCount, keys: rowArrest,
                                                       values: rowPerson.map { nodeOfPerson[Int($0)] })
        // Group → distinct member nodes; weight 1/(n_g − 1).
        var groupKeys = [Int32](), groupValues = [Int32]()
        for (g, members) in groupMembers.enumerated() {
            for p in members { groupKeys.append(Int32(g)); groupValues.append(nodeOfPerson[Int(p)]) }
        }
        let (groupStart, groupNodes) = distinctLists(count: groupMembers.count, keys: groupKeys, values: groupValues)
        groupKeys = []; groupValues = []
        let groupWeight = (0..<groupMembers.count).map { g -> Double in
            let size = groupStart[g + 1] - groupStart[g]
            return size > 1 ? 1 / Double(size - 1) : 0
        }
        // Node → its arrests and groups (transposes; indices increasing).
        let (nodeArrestStart, nodeArrests) = transpose(start: arrestStart, items: arrestNodes, count: n)
        let (nodeGroupStart, nodeGroups) = transpose(start: groupStart, items: groupNodes, count: n)

        // Rows, in parallel over fixed node blocks.
        let blocks = max(1, min(blockCount, n))
        var blockNeighbors = [[Int32]](repeating: [], count: blocks)
        var blockWeights = [[Double]](repeating: [], count: blocks)
        var blockCoOnly = [Int](repeating: 0, count: blocks)
        var degree = [Int](repeating: 0, count: n)
        blockNeighbors.withUnsafeMutableBufferPointer { outNeighbors in
            blockWeights.withUnsafeMutableBufferPointer { outWeights in
                blockCoOnly.withUnsafeMutableBufferPointer { outCoOnly in
                    degree.withUnsafeMutableBufferPointer { degree in
                        DeterministicParallel.forEach(chunks: blocks) { block in
                            var marker = [Int32](repeating: -1, count: n)
                            var sum = [Double](repeating: 0, count: n)
                            var fromGroup = [Bool](repeating: false, count: n)
                            var touched = [Int32]()
                            var neighbors = [Int32](), weights = [Double](), coOnly = 0
                            for u in DeterministicParallel.range(of: block, count: n, chunks: blocks) {
                                touched.removeAll(keepingCapacity: true)
                                for k in nodeArrestStart[u]..<nodeArrestStart[u + 1] {
                                    let a = Int(nodeArrests[k])
                                    for j in arrestStart[a]..<arrestStart[a + 1] {
                                        let w = Int(arrestNodes[j])
                                        guard w != u else { continue }
                                        if marker[w] != Int32(u) {
                                            marker[w] = Int32(u); sum[w] = 0; fromGroup[w] = false; touched.append(Int32(w))
                                        }
                                        sum[w] += 1
                                    }
                                }
                                for k in nodeGroupStart[u]..<nodeGroupStart[u + 1] {
                                    let g = Int(nodeGroups[k])
                                    let weight = groupWeight[g]
                                    guard groupTies, weight > 0 else { continue }
                                    for j in groupStart[g]..<groupStart[g + 1] {
                                        let w = Int(groupNodes[j])
                                        guard w != u else { continue }
                                        if marker[w] != Int32(u) {
                                            marker[w] = Int32(u); sum[w] = 0; touched.append(Int32(w))
                                        }
                                        sum[w] += weight
                                        fromGroup[w] = true
                                    }
                                }
                                touched.sort()
                                for w in touched {
                                    neighbors.append(w); weights.append(sum[Int(w)])
                                    if !fromGroup[Int(w)] && Int(w) > u { coOnly += 1 }
                                }
                                degree[u] = touched.count
                            }
                            outNeighbors[block] = neighbors
                            outWeights[block] = weights
                            outCoOnly[block] = coOnly
                        }
                    }
                }
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        for v in 0..<n { offsets[v + 1] = offsets[v] + degree[v] }
        var neighbors = [Int32](), weights = [Double]()
        neighbors.reserveCapacity(offsets[n]); weights.reserveCapacity(offsets[n])
        for block in 0..<blocks {
            neighbors += blockNeighbors[block]; blockNeighbors[block] = []
            weights += blockWeights[block]; blockWeights[block] = []
        }
        return Result(persons: persons, nodeOfPerson: nodeOfPerson,
                      graph: CSRGraph(offsets: offsets, neighbors: neighbors, weights: weights),
                      coOffendingTies: blockCoOnly.reduce(0, +), groupStart: groupStart, groupNodes: groupNodes,
                      nodeGroupStart: nodeGroupStart, nodeGroups: nodeGroups)
    }

    /// Lists of distinct values per key (`0..<count`), values increasing within each list.
    private static func distinctLists(count: Int, keys: [Int32], values: [Int32]) -> ([Int], [Int32]) {
        var start = [Int](repeating: 0, count: count + 1)
        for k in keys { start[Int(k) + 1] += 1 }
        for k in 0..<count { start[k + 1] += start[k] }
        var fill = start
        var items = [Int32](repeating: 0, count: keys.count)
        for (i, k) in keys.enumerated() { items[fill[Int(k)]] = values[i]; fill[Int(k)] += 1 }
        // Sort and dedupe each list in place, compacting.
        var compactStart = [Int](repeating: 0, count: count + 1)
        var write = 0
        for k in 0..<count {
            let begin = start[k], end = start[k + 1]
            if end - begin > 1 { items[begin..<end].sort() }
            var previous: Int32 = -1
            for i in begin..<end where items[i] != previous {
                previous = items[i]
                items[write] = previous
                write += 1
            }
            compactStart[k + 1] = write
        }
        items.removeLast(items.count - write)
        return (compactStart, items)
    }

    /// For lists `start`/`items` (list i holds nodes), the lists of i per node, i increasing.
    private static func transpose(start: [Int], items: [Int32], count: Int) -> ([Int], [Int32]) {
        var out = [Int](repeating: 0, count: count + 1)
        for v in items { out[Int(v) + 1] += 1 }
        for v in 0..<count { out[v + 1] += out[v] }
        var fill = out
        var lists = [Int32](repeating: 0, count: items.count)
        for i in 0..<(start.count - 1) {
            for j in start[i]..<start[i + 1] {
                let v = Int(items[j])
                lists[fill[v]] = Int32(i); fill[v] += 1
            }
        }
        return (out, lists)
    }
}

extension CombinedNetwork {
    /// The network of a projection built with `groupTies: false` (the reference job's route), with
    /// layer weights 1.
    /// - Complexity: as ``CombinedNetwork/init(coOffending:groups:groupLayerWeight:)``.
    package init(_ projection: ProjectionKernel.Result) {
        let groupCount = projection.groupStart.count - 1
        var start = [0], nodes = [Int32](), weight = [Double]()
        for g in 0..<groupCount {
            let members = projection.groupStart[g]..<projection.groupStart[g + 1]
            guard members.count > 1 else { continue }   // a group of one ties nobody
            nodes += projection.groupNodes[members]
            start.append(nodes.count)
            weight.append(1 / Double(members.count - 1))
        }
        let graph = projection.graph
        self.init(coOffending: graph,
                  groupStart: start, groupNodes: nodes, groupWeight: weight)
    }
}
