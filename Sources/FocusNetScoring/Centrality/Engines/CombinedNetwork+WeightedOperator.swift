import FocusNetGraph

/// The combined network as a matrix for the PageRank and eigenvector iterations.
extension CombinedNetwork: WeightedOperator {
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
