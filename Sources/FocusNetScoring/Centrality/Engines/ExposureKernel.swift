import FocusNetGraph

/// Hop-distance exposure to a set of victims, by bounded breadth-first search on the CSR graph,
/// in parallel over victims.
///
/// exposure(u) = Σ over victims v ≠ u of decay(d(u, v)) with decay(1) = 1, decay(2) = 0.5 and 0
/// beyond — the definition of ``NetworkExposure`` without recency weighting (network exposure to
/// gunshot victims: Papachristos, Wildeman & Roberto 2015; Green, Horel & Papachristos 2017), and
/// of the reference benchmark job (docs/performance.md). Counts of victims at distance 1 and 2 are integers, so the per-chunk counts can
/// be added in any order: the result is exact and independent of timing.
package enum ExposureKernel {
    static let chunkCount = 4

    /// - Parameter victims: distinct victim nodes.
    /// - Returns: shape `[n]`; units: victims weighted by distance.
    /// - Complexity: O(Σ_v |ball₂(v)| + ties scanned); memory 8 n bytes per chunk plus 4 n per thread.
    package static func compute(_ graph: CSRGraph, victims: [Int]) -> [Double] {
        compute(CombinedNetwork(graph), victims: victims)
    }
}

extension ExposureKernel {
    /// The same exposure on a ``CombinedNetwork``: a victim's groups make every member one
    /// step away, and each group is expanded at most once per victim.
    /// - Complexity: O(Σ_v (|ball₁(v)| + ties and group members scanned from it)).
    package static func compute(_ network: CombinedNetwork, victims: [Int]) -> [Double] {
        let n = network.nodeCount
        guard n > 0 else { return [] }
        let chunks = max(1, min(chunkCount, victims.count))
        let co = network.coOffending
        var atOne = [[Int32]](repeating: [], count: chunks), atTwo = [[Int32]](repeating: [], count: chunks)
        atOne.withUnsafeMutableBufferPointer { atOne in
            atTwo.withUnsafeMutableBufferPointer { atTwo in
                DeterministicParallel.forEach(chunks: chunks) { chunk in
                    var one = [Int32](repeating: 0, count: n), two = [Int32](repeating: 0, count: n)
                    var stamp = [Int32](repeating: -1, count: n)
                    var groupStamp = [Int32](repeating: -1, count: network.groupWeight.count)
                    var ring = [Int32]()
                    for v in victims[DeterministicParallel.range(of: chunk, count: victims.count, chunks: chunks)] {
                        let mark = Int32(v)
                        ring.removeAll(keepingCapacity: true)
                        stamp[v] = mark
                        for w in co.neighbors(of: v) where stamp[Int(w)] != mark { stamp[Int(w)] = mark; ring.append(w) }
                        for t in network.nodeGroupStart[v]..<network.nodeGroupStart[v + 1] {
                            let g = Int(network.nodeGroups[t])
                            groupStamp[g] = mark
                            for j in network.groupStart[g]..<network.groupStart[g + 1] {
                                let w = network.groupNodes[j]
                                if stamp[Int(w)] != mark { stamp[Int(w)] = mark; ring.append(w) }
                            }
                        }
                        for w in ring { one[Int(w)] += 1 }
                        for w in ring {
                            for x in co.neighbors(of: Int(w)) where stamp[Int(x)] != mark { stamp[Int(x)] = mark; two[Int(x)] += 1 }
                            for t in network.nodeGroupStart[Int(w)]..<network.nodeGroupStart[Int(w) + 1] {
                                let g = Int(network.nodeGroups[t])
                                guard groupStamp[g] != mark else { continue }
                                groupStamp[g] = mark
                                for j in network.groupStart[g]..<network.groupStart[g + 1] {
                                    let x = Int(network.groupNodes[j])
                                    if stamp[x] != mark { stamp[x] = mark; two[x] += 1 }
                                }
                            }
                        }
                    }
                    atOne[chunk] = one; atTwo[chunk] = two
                }
            }
        }
        var exposure = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var one = 0, two = 0
            for chunk in 0..<chunks { one += Int(atOne[chunk][v]); two += Int(atTwo[chunk][v]) }
            exposure[v] = Double(one) + 0.5 * Double(two)
        }
        return exposure
    }
}
