import FocusNetGraph

/// Hop-count betweenness by Brandes' algorithm (2001), from all or from sampled source nodes,
/// on FocusNet's compressed sparse row ``Adjacency``, parallel over sources.
///
/// Measured: igraph's `igraph_betweenness_subset` from 256 sources was the largest stage of the
/// python-igraph reference pipeline (110 s of 228 s at 3.0M nodes, docs/performance.md); inside FocusNet it
/// also needs an `igraph_t` copy of the graph and runs on one core behind the igraph lock. This
/// kernel shares the graph read-only between threads and keeps per-thread buffers. For networks
/// with group cliques, ``GroupBrandesKernel`` does the same search without expanding the cliques
/// (docs/performance.md, "Whole pipeline vs the reference pipelines", has the numbers).
///
/// Determinism: sources are cut into ``chunkCount`` fixed chunks, each accumulated in source
/// order into its own array, and the chunk arrays are summed in chunk order — so the output
/// bytes never depend on thread timing or on the number of cores.
package enum BrandesKernel {
    /// Fixed number of source chunks (and partial sums): enough to keep 2–8 cores busy when one
    /// is slowed by other work, few enough that their partial sums (8 bytes × n each) stay small.
    package static let chunkCount = 8

    /// Σ over the given sources s of ½ · δ_s(v), where δ_s(v) = Σ_t σ_st(v)/σ_st is Brandes'
    /// dependency of s on v along hop-count shortest paths (v ∉ {s, t}).
    ///
    /// With every node as a source this is exact undirected betweenness, each unordered pair
    /// counted once (igraph's `igraph_betweenness`, NetworkX `normalized=False`); with a sample
    /// it is what `igraph_betweenness_subset(sources: S, targets: all)` returns — multiply by
    /// n/|S| for the Brandes & Pich (2007) estimate. With `linearScaling`, the Geisberger,
    /// Sanders & Schultes (2008) dependencies Σ_s δ'_s(v) instead (see
    /// ``GroupBrandesKernel/betweenness(_:sources:linearScaling:)``): equal when exact.
    ///
    /// - Parameters:
    ///   - adjacency: undirected network (tie weights are ignored: every tie has length 1).
    ///   - sources: source nodes; `nil` means all (exact). Repeats count repeatedly.
    /// - Returns: shape `[n]`, node-index order; units: pairs.
    /// - Complexity: O(s (n + m)) time for s sources; memory per running thread 24 n bytes of
    ///   scratch, plus ``chunkCount`` partial sums of 8 n bytes.
    package static func betweenness(_ adjacency: CSRGraph, sources: [Int]? = nil, linearScaling: Bool = false) -> [Double] {
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.neighbors.withUnsafeBufferPointer { neighbors in
                betweenness(nodeCount: adjacency.nodeCount, sources: sources, linearScaling: linearScaling) { slice in
                    accumulate(offsets: offsets, neighbors: neighbors, sources: slice, linearScaling: linearScaling)
                }
            }
        }
    }

    /// The driver every Brandes search shares: betweenness of `n` nodes from `sources` (every
    /// node when `nil`), cut into at most ``chunkCount`` fixed slices of sources; `accumulate`
    /// returns one slice's dependencies (shape `[n]`), the slices run in parallel and add up in
    /// slice order, so the bytes do not depend on scheduling. Halved unless `linearScaling`: an
    /// undirected pair's paths are found from both ends.
    /// - Complexity: that of `accumulate` over every source, plus O(chunks × n) for the sum.
    static func betweenness(nodeCount n: Int, sources: [Int]?, linearScaling: Bool,
                            accumulate: (ArraySlice<Int>) -> [Double]) -> [Double] {
        guard n > 0 else { return [] }
        let sourceList = sources ?? Array(0..<n)
        let chunks = min(chunkCount, max(1, sourceList.count))
        var result = DeterministicParallel.sum(chunks: chunks, count: n) { chunk in
            accumulate(sourceList[DeterministicParallel.range(of: chunk, count: sourceList.count, chunks: chunks)])
        }
        if !linearScaling { for v in 0..<n { result[v] *= 0.5 } }
        return result
    }

    /// Σ over `sources` of δ_s(v), in source order, with this thread's own scratch buffers.
    private static func accumulate(offsets: UnsafeBufferPointer<Int>, neighbors: UnsafeBufferPointer<Int32>,
                                   sources: ArraySlice<Int>, linearScaling: Bool) -> [Double] {
        let n = offsets.count - 1
        var total = [Double](repeating: 0, count: n)
        let distance = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        let sigma = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let delta = UnsafeMutableBufferPointer<Double>.allocate(capacity: n)
        let order = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n)
        defer { distance.deallocate(); sigma.deallocate(); delta.deallocate(); order.deallocate() }
        distance.initialize(repeating: -1)
        sigma.initialize(repeating: 0)
        delta.initialize(repeating: 0)
        total.withUnsafeMutableBufferPointer { total in
            for s in sources {
                // Forward: breadth-first search counting shortest paths.
                var head = 0, tail = 1
                order[0] = Int32(s); distance[s] = 0; sigma[s] = 1
                while head < tail {
                    let v = Int(order[head]); head += 1
                    let next = distance[v] + 1, paths = sigma[v]
                    for e in offsets[v]..<offsets[v + 1] {
                        let w = Int(neighbors[e])
                        let dw = distance[w]
                        if dw < 0 {
                            distance[w] = next; sigma[w] = paths; order[tail] = Int32(w); tail += 1
                        } else if dw == next {
                            sigma[w] += paths
                        }
                    }
                }
                // Backward: dependencies in reverse breadth-first order (the source, first, is skipped).
                var i = tail - 1
                while i > 0 {
                    let w = Int(order[i])
                    let depth = linearScaling ? Double(distance[w]) : 1
                    let coefficient = (1 / depth + delta[w]) / sigma[w]
                    let previous = distance[w] - 1
                    for e in offsets[w]..<offsets[w + 1] {
                        let v = Int(neighbors[e])
                        if distance[v] == previous { delta[v] += sigma[v] * coefficient }
                    }
                    total[w] += depth * delta[w]
                    i -= 1
                }
                for k in 0..<tail {
                    let w = Int(order[k])
                    distance[w] = -1; sigma[w] = 0; delta[w] = 0
                }
            }
        }
        return total
    }
}
