/// An undirected, weighted network on dense node indices `0..<nodeCount`.
///
/// Each tie is stored once with `sources[e] < targets[e]`, ties sorted by `(source, target)`;
/// `weights[e]` is the tie strength (for a co-offending network, the number of distinct arrests
/// the two people share — Newman 2001, doi:10.1103/PhysRevE.64.016132). There are no
/// self-loops and no parallel ties. Weights are strengths (larger = closer); shortest-path
/// measures read a tie of strength w as length 1/w (Opsahl, Agneessens & Skvoretz 2010,
/// doi:10.1016/j.socnet.2010.03.006).
///
/// - Complexity: memory O(n + m) for n nodes and m ties (two `Int32` and one `Double` per tie).
public struct WeightedGraph: Sendable, Equatable {
    /// n, the number of nodes (isolates included).
    public let nodeCount: Int
    /// Smaller end of each tie, in tie order. Shape `[m]`.
    public let sources: [Int32]
    /// Larger end of each tie, in tie order. Shape `[m]`.
    public let targets: [Int32]
    /// Strength of each tie, in tie order, finite and > 0. Shape `[m]`.
    public let weights: [Double]

    /// Number of ties m.
    /// - Complexity: O(1).
    public var tieCount: Int { sources.count }

    /// Builds a network from ties in any order; parallel ties are merged by summing weights.
    /// - Parameters:
    ///   - nodeCount: n, the number of nodes (isolates included).
    ///   - ties: `(a, b, weight)` with `a != b`, both in `0..<nodeCount`, weight finite and > 0.
    /// - Throws: ``GraphError`` for a self-loop, an endpoint out of range or a non-positive weight.
    /// - Complexity: O(m log m) time, O(m) memory.
    public init(nodeCount: Int, ties: [(Int, Int, Double)]) throws(GraphError) {
        var keyed = [(UInt64, Double)]()
        keyed.reserveCapacity(ties.count)
        for (a, b, w) in ties {
            guard a != b else { throw .selfLoop(node: a) }
            guard (0..<nodeCount).contains(a), (0..<nodeCount).contains(b) else {
                throw .nodeOutOfRange(node: (0..<nodeCount).contains(a) ? b : a, nodeCount: nodeCount)
            }
            guard w.isFinite, w > 0 else { throw .invalidWeight(w) }
            keyed.append((WeightedGraph.key(min(a, b), max(a, b)), w))
        }
        keyed.sort { $0.0 < $1.0 }
        self.init(nodeCount: nodeCount, sortedKeys: keyed)
    }

    /// Builds from `(key(a, b), weight)` pairs already sorted by key (a < b); equal keys are summed.
    init(nodeCount: Int, sortedKeys keyed: [(UInt64, Double)]) {
        var s = [Int32](), t = [Int32](), w = [Double]()
        s.reserveCapacity(keyed.count); t.reserveCapacity(keyed.count); w.reserveCapacity(keyed.count)
        var last = UInt64.max
        for (key, weight) in keyed {
            if key == last {
                w[w.count - 1] += weight
            } else {
                s.append(Int32(truncatingIfNeeded: key >> 32))
                t.append(Int32(truncatingIfNeeded: key & 0xFFFF_FFFF))
                w.append(weight)
                last = key
            }
        }
        self.nodeCount = nodeCount
        self.sources = s
        self.targets = t
        self.weights = w
    }

    /// The sort key of the tie a–b (a < b): a in the high 32 bits.
    package static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(a) << 32 | UInt64(b) }

    /// Degree: the number of distinct neighbours of each node. Shape `[n]`, index order.
    /// - Complexity: O(n + m).
    public func degrees() -> [Int] {
        var d = [Int](repeating: 0, count: nodeCount)
        for e in 0..<tieCount {
            d[Int(sources[e])] += 1
            d[Int(targets[e])] += 1
        }
        return d
    }

    /// Strength: the sum of tie weights at each node (Barrat et al. 2004). Shape `[n]`.
    /// - Complexity: O(n + m).
    public func strengths() -> [Double] {
        var s = [Double](repeating: 0, count: nodeCount)
        for e in 0..<tieCount {
            s[Int(sources[e])] += weights[e]
            s[Int(targets[e])] += weights[e]
        }
        return s
    }

    /// The subnetwork induced by `nodes` (given in increasing order), re-indexed `0..<nodes.count`.
    /// - Complexity: O(n + m).
    public func induced(on nodes: [Int]) -> WeightedGraph {
        var newIndex = [Int32](repeating: -1, count: nodeCount)
        for (i, node) in nodes.enumerated() { newIndex[node] = Int32(i) }
        var keyed = [(UInt64, Double)]()
        for e in 0..<tieCount {
            let a = newIndex[Int(sources[e])], b = newIndex[Int(targets[e])]
            if a >= 0, b >= 0 { keyed.append((WeightedGraph.key(Int(min(a, b)), Int(max(a, b))), weights[e])) }
        }
        keyed.sort { $0.0 < $1.0 }
        return WeightedGraph(nodeCount: nodes.count, sortedKeys: keyed)
    }
}

/// A network that cannot be built as asked (``WeightedGraph/init(nodeCount:ties:)``).
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// A tie joins `node` to itself.
    case selfLoop(node: Int)
    /// A tie endpoint `node` is outside `0..<nodeCount`.
    case nodeOutOfRange(node: Int, nodeCount: Int)
    /// A tie weight is not finite, or not > 0.
    case invalidWeight(Double)

    /// One line naming the offending node or weight.
    public var description: String {
        switch self {
        case .selfLoop(let node): "a tie joins node \(node) to itself; networks here have no self-loops"
        case .nodeOutOfRange(let node, let n): "tie endpoint \(node) is outside 0..<\(n)"
        case .invalidWeight(let w): "tie weight \(w) is not a finite positive number"
        }
    }
}
