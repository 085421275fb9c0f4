import FocusNetGraph

/// Betweenness along shortest paths by tie **length** — Brandes' algorithm (2001) with Dijkstra's
/// search — on FocusNet's compressed sparse row graph, parallel over sources.
///
/// Measured: FocusNet's default ranking measures paths by length 1/strength. igraph's weighted
/// betweenness from 1,024 sampled sources ran on one core, behind the igraph lock, after copying
/// the whole network into an `igraph_t` (docs/performance.md, "Default ranking at state scale");
/// this kernel shares the CSR arrays between threads and keeps per-thread buffers.
///
/// Equal lengths: two path lengths a, b count as equal when |a − b| / (|a| + |b|) < 1e-10 —
/// igraph 0.10's `igraph_cmp_epsilon` with `IGRAPH_SHORTEST_PATH_EPSILON`, so that sums of
/// reciprocals such as 1/2 + 1/6 and 1/3 + 1/3 tie here exactly as they do in igraph.
///
/// Determinism: as ``BrandesKernel`` — fixed source chunks, partial sums added in chunk order.
package enum WeightedBrandesKernel {
    /// Σ over `sources` (all nodes when `nil`) of ½ δ_s(v) along shortest paths by `lengths`:
    /// exact undirected betweenness with every source (each unordered pair once); multiply by
    /// n/|S| for the Brandes & Pich (2007) estimate. With `linearScaling`, Σ_s δ'_s(v) with
    /// d(s,v)/d(s,t) shares (Geisberger, Sanders & Schultes 2008), equal when exact.
    ///
    /// - Parameters:
    ///   - lengths: one positive, finite length per stored neighbour entry (shape of
    ///     `graph.neighbors`; both directions of a tie carry the same length).
    /// - Returns: shape `[n]`, node-index order; units: pairs.
    /// - Complexity: O(s (m + n) log n) for s sources; per running thread 40 n bytes of scratch
    ///   plus the heap, and ``BrandesKernel/chunkCount`` partial sums of 8 n bytes.
    package static func betweenness(_ graph: CSRGraph, lengths: [Double], sources: [Int]? = nil,
                                   linearScaling: Bool = false) -> [Double] {
        precondition(lengths.count == graph.neighbors.count, "one length per neighbour entry")
        return BrandesKernel.betweenness(nodeCount: graph.nodeCount, sources: sources, linearScaling: linearScaling) { slice in
            Search(graph: graph, lengths: lengths, linearScaling: linearScaling).accumulate(sources: slice)
        }
    }

    /// igraph's `igraph_cmp_epsilon(a, b, 1e-10) == 0` for the positive, finite sums used here.
    @inline(__always)
    static func same(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) < 1e-10 * (abs(a) + abs(b))
    }

    /// Per-node search state in one record, so that relaxing a tie touches one cache line.
    private struct NodeState {
        var distance: Double = .infinity
        var sigma: Double = 0
        var delta: Double = 0
        var settled = false
    }

    /// One thread's buffers and the Dijkstra search.
    private struct Search {
        let graph: CSRGraph
        let lengths: [Double]
        let linearScaling: Bool

        func accumulate(sources: ArraySlice<Int>) -> [Double] {
            let n = graph.nodeCount
            var total = [Double](repeating: 0, count: n)
            var state = [NodeState](repeating: NodeState(), count: n)
            var order = [Int32](), heap = MinHeap()
            order.reserveCapacity(n)
            graph.offsets.withUnsafeBufferPointer { offsets in
            graph.neighbors.withUnsafeBufferPointer { neighbors in
            lengths.withUnsafeBufferPointer { lengths in
            state.withUnsafeMutableBufferPointer { node in
            total.withUnsafeMutableBufferPointer { total in
            for s in sources {
                order.removeAll(keepingCapacity: true)
                node[s].distance = 0; node[s].sigma = 1
                heap.push(0, Int32(s))
                // Forward: settle nodes by distance, counting shortest paths (σ).
                while let (d, v32) = heap.pop() {
                    let v = Int(v32)
                    if node[v].settled || d > node[v].distance { continue }   // a stale heap entry
                    node[v].settled = true
                    order.append(v32)
                    let paths = node[v].sigma
                    for e in offsets[v]..<offsets[v + 1] {
                        let w = Int(neighbors[e])
                        if node[w].settled { continue }
                        let alternative = d + lengths[e], current = node[w].distance
                        if current == .infinity || (alternative < current && !same(alternative, current)) {
                            node[w].distance = alternative; node[w].sigma = paths
                            heap.push(alternative, Int32(w))
                        } else if same(alternative, current) {
                            node[w].sigma += paths
                        }
                    }
                }
                // Backward, in reverse settling order: predecessors are the settled neighbours
                // whose distance plus the tie's length equals the node's (same test as forward).
                var i = order.count - 1
                while i > 0 {
                    let w = Int(order[i])
                    let dw = node[w].distance
                    let depth = linearScaling ? dw : 1
                    let coefficient = (1 / depth + node[w].delta) / node[w].sigma
                    for e in offsets[w]..<offsets[w + 1] {
                        let v = Int(neighbors[e])
                        let dv = node[v].distance
                        if dv < dw, same(dv + lengths[e], dw) { node[v].delta += node[v].sigma * coefficient }
                    }
                    total[w] += depth * node[w].delta
                    i -= 1
                }
                for k in order { node[Int(k)] = NodeState() }
            }
            }}}}}
            return total
        }
    }
}

/// A binary min-heap of (distance, node) with lazy deletion (stale entries are skipped by the
/// search), which beat a decrease-key heap's position bookkeeping on sparse networks.
private struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key); nodes.append(node)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard keys[parent] > key || (keys[parent] == key && nodes[parent] > node) else { break }
            keys[i] = keys[parent]; nodes[i] = nodes[parent]
            i = parent
        }
        keys[i] = key; nodes[i] = node
    }

    /// The smallest key (ties: the smallest node, so settling order never depends on history).
    mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first, let topNode = nodes.first else { return nil }
        let lastKey = keys.removeLast(), lastNode = nodes.removeLast()
        if !keys.isEmpty {
            var i = 0
            let count = keys.count
            while true {
                var child = 2 * i + 1
                guard child < count else { break }
                if child + 1 < count, keys[child + 1] < keys[child] || (keys[child + 1] == keys[child] && nodes[child + 1] < nodes[child]) {
                    child += 1
                }
                guard keys[child] < lastKey || (keys[child] == lastKey && nodes[child] < lastNode) else { break }
                keys[i] = keys[child]; nodes[i] = nodes[child]
                i = child
            }
            keys[i] = lastKey; nodes[i] = lastNode
        }
        return (topKey, topNode)
    }
}
