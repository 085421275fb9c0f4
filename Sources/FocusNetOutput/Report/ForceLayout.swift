import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// Seeded Fruchterman–Reingold force-directed layout (Fruchterman & Reingold 1991, *Graph
/// drawing by force-directed placement*, Software: Practice and Experience 21(11),
/// doi:10.1002/spe.4380211102), with the forces and schedule of igraph 0.10's
/// `igraph_layout_fruchterman_reingold` (src/layout/fruchterman_reingold.c): repulsion 1/d
/// between every pair, attraction w·d² along each tie, 500 iterations, temperature from √n / 10
/// cooled linearly to 0, start positions uniform in a square of side √n. Two differences, both
/// for pictures: the displacement *vector* is capped at the temperature (igraph caps each axis),
/// and each connected component is laid out on its own, turned so that its longer axis (first
/// principal axis) is horizontal, and packed in rows, largest first, into a box about 1.8 times
/// as wide as high (igraph instead adds a weak attraction between all pairs of a disconnected
/// graph). Coincident nodes get a fixed tiny offset instead of a random one.
///
/// Why not igraph's own function: FocusNet's igraph bridge (`IGraphNetwork`, FocusNetGraph)
/// has no layout call and is not the report's to change; igraph draws the start positions from
/// its own RNG, whose stream differs between igraph releases, while a report must be
/// byte-identical for the same output folder on every machine; and the pictures hold at most a
/// few hundred nodes, so the O(n²) per iteration costs milliseconds. Swapping in igraph is one
/// call once the bridge offers `igraph_layout_fruchterman_reingold` (seeded through
/// `IGraphRuntime.seed`): replace the per-component call in ``layout(_:)``.
///
/// - Complexity: O(iterations × (n² + m)) time per component of n nodes and m ties, O(n + m)
///   memory.
struct ForceLayout {
    /// Position of each node, in layout units (roughly 1 between tied nodes).
    struct Point: Equatable, Sendable {
        var x: Double
        var y: Double
    }

    var iterations = 500
    var seed: UInt64 = 42

    /// Lays out the graph `adjacency` (weights as attraction multipliers).
    /// - Returns: one point per node, components packed left to right, top to bottom.
    func layout(_ adjacency: Adjacency) -> [Point] {
        let n = adjacency.nodeCount
        guard n > 0 else { return [] }
        var points = [Point](repeating: Point(x: 0, y: 0), count: n)
        var rng = SplitMix64(seed: seed)
        var boxes: [(nodes: [Int], width: Double, height: Double)] = []
        for component in components(adjacency) {
            let local = horizontal(fruchtermanReingold(component, adjacency, &rng))
            let minX = local.map(\.x).min()!, minY = local.map(\.y).min()!
            for (i, v) in component.enumerated() { points[v] = Point(x: local[i].x - minX, y: local[i].y - minY) }
            boxes.append((component, local.map(\.x).max()! - minX, local.map(\.y).max()! - minY))
        }
        // Shelf packing, largest component first, into rows about √(1.8 × total area) wide.
        boxes.sort { ($0.nodes.count, $1.nodes.first ?? 0) > ($1.nodes.count, $0.nodes.first ?? 0) }
        let gap = 2.5
        let area = boxes.map { ($0.width + gap) * ($0.height + gap) }.reduce(0, +)
        let rowWidth = max(boxes.map(\.width).max()!, (1.8 * area).squareRoot())
        var x = 0.0, y = 0.0, rowHeight = 0.0
        for box in boxes {
            if x > 0, x + box.width > rowWidth { x = 0; y += rowHeight + gap; rowHeight = 0 }
            for v in box.nodes { points[v].x += x; points[v].y += y }
            x += box.width + gap
            rowHeight = max(rowHeight, box.height)
        }
        return points
    }

    /// Connected components, each a list of nodes in increasing order, ordered by smallest node.
    func components(_ adjacency: Adjacency) -> [[Int]] {
        var label = [Int](repeating: -1, count: adjacency.nodeCount)
        var result: [[Int]] = []
        for start in 0..<adjacency.nodeCount where label[start] < 0 {
            var stack = [start], members: [Int] = []
            label[start] = result.count
            while let v = stack.popLast() {
                members.append(v)
                for w in adjacency.neighbors(of: v) where label[Int(w)] < 0 {
                    label[Int(w)] = result.count
                    stack.append(Int(w))
                }
            }
            result.append(members.sorted())
        }
        return result
    }

    private func fruchtermanReingold(_ nodes: [Int], _ adjacency: Adjacency, _ rng: inout SplitMix64) -> [Point] {
        let n = nodes.count
        if n == 1 { return [Point(x: 0, y: 0)] }
        var local = [Int: Int](minimumCapacity: n)
        for (i, v) in nodes.enumerated() { local[v] = i }
        var edges: [(Int, Int, Double)] = []
        for (i, v) in nodes.enumerated() {
            for j in adjacency.offsets[v]..<adjacency.offsets[v + 1] {
                let w = local[Int(adjacency.neighbors[j])]!
                if i < w { edges.append((i, w, adjacency.weights[j])) }
            }
        }
        let side = Double(n).squareRoot()
        var x = (0..<n).map { _ in (rng.uniform() - 0.5) * side }
        var y = (0..<n).map { _ in (rng.uniform() - 0.5) * side }
        let startTemperature = side / 10
        var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
        for iteration in 0..<iterations {
            let temperature = startTemperature * Double(iterations - iteration) / Double(iterations)
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            for i in 0..<n {
                for j in (i + 1)..<n {
                    var ddx = x[i] - x[j], ddy = y[i] - y[j]
                    var d2 = ddx * ddx + ddy * ddy
                    if d2 < 1e-9 {   // coincident: a tiny deterministic nudge
                        ddx = 1e-4 * Double(j - i); ddy = 1e-4; d2 = ddx * ddx + ddy * ddy
                    }
                    let fx = ddx / d2, fy = ddy / d2
                    dx[i] += fx; dy[i] += fy
                    dx[j] -= fx; dy[j] -= fy
                }
            }
            for (a, b, w) in edges {
                let ddx = x[a] - x[b], ddy = y[a] - y[b]
                let d = (ddx * ddx + ddy * ddy).squareRoot() * w
                dx[a] -= ddx * d; dy[a] -= ddy * d
                dx[b] += ddx * d; dy[b] += ddy * d
            }
            for i in 0..<n {
                let length = (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature) / length
                x[i] += dx[i] * step
                y[i] += dy[i] * step
            }
        }
        return (0..<n).map { Point(x: x[$0], y: y[$0]) }
    }

    /// The points turned about their centroid so that the first principal axis is horizontal.
    func horizontal(_ points: [Point]) -> [Point] {
        guard points.count > 1 else { return points }
        let mx = points.map(\.x).reduce(0, +) / Double(points.count), my = points.map(\.y).reduce(0, +) / Double(points.count)
        var sxx = 0.0, syy = 0.0, sxy = 0.0
        for p in points {
            sxx += (p.x - mx) * (p.x - mx); syy += (p.y - my) * (p.y - my); sxy += (p.x - mx) * (p.y - my)
        }
        let angle = 0.5 * atan2(2 * sxy, sxx - syy)   // direction of the principal axis
        let c = cos(-angle), s = sin(-angle)
        return points.map { p in Point(x: (p.x - mx) * c - (p.y - my) * s, y: (p.x - mx) * s + (p.y - my) * c) }
    }
}
