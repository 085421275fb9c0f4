import FocusNetGraph
import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct ForceLayoutTests {
    func adjacency(_ n: Int, _ ties: [(Int, Int)]) throws -> Adjacency {
        Adjacency(try WeightedGraph(nodeCount: n, ties: ties.map { ($0.0, $0.1, 1.0) }))
    }

    func distance(_ p: ForceLayout.Point, _ q: ForceLayout.Point) -> Double { ((p.x - q.x) * (p.x - q.x) + (p.y - q.y) * (p.y - q.y)).squareRoot() }

    /// Closed form: two tied nodes settle where attraction d² equals repulsion 1/d, i.e. d = 1.
    @Test("two tied nodes end one unit apart (tolerance 0.02)")
    func pair() throws {
        let points = ForceLayout().layout(try adjacency(2, [(0, 1)]))
        #expect(abs(distance(points[0], points[1]) - 1) < 0.02)
    }

    @Test("the same seed gives the same layout; another seed another")
    func seeded() throws {
        let a = try adjacency(6, [(0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 0), (0, 3)])
        #expect(ForceLayout(seed: 1).layout(a) == ForceLayout(seed: 1).layout(a))
        #expect(ForceLayout(seed: 1).layout(a) != ForceLayout(seed: 2).layout(a))
    }

    @Test("a path is drawn stretched out and horizontal: ends far apart, width above height")
    func path() throws {
        let points = ForceLayout().layout(try adjacency(5, [(0, 1), (1, 2), (2, 3), (3, 4)]))
        #expect(distance(points[0], points[4]) > 2.5 * distance(points[0], points[1]))
        let width = points.map(\.x).max()! - points.map(\.x).min()!, height = points.map(\.y).max()! - points.map(\.y).min()!
        #expect(width > height)
    }

    @Test("components are packed without overlapping")
    func components() throws {
        // Triangle 0-1-2, pair 3-4, isolates 5 and 6.
        let a = try adjacency(7, [(0, 1), (1, 2), (0, 2), (3, 4)])
        #expect(ForceLayout().components(a) == [[0, 1, 2], [3, 4], [5], [6]])
        let p = ForceLayout().layout(a)
        func box(_ nodes: [Int]) -> (Double, Double, Double, Double) {
            (nodes.map { p[$0].x }.min()!, nodes.map { p[$0].x }.max()!, nodes.map { p[$0].y }.min()!, nodes.map { p[$0].y }.max()!)
        }
        let boxes = [box([0, 1, 2]), box([3, 4]), box([5]), box([6])]
        for i in boxes.indices {
            for j in boxes.indices where i < j {
                let (a, b) = (boxes[i], boxes[j])
                let apart = a.1 < b.0 || b.1 < a.0 || a.3 < b.2 || b.3 < a.2
                #expect(apart, "components \(i) and \(j) overlap")
            }
        }
    }

    @Test("turning to the principal axis keeps distances")
    func horizontal() {
        let points = [ForceLayout.Point(x: 0, y: 0), .init(x: 1, y: 1), .init(x: 2, y: 2.1)]
        let turned = ForceLayout().horizontal(points)
        #expect(abs(distance(turned[0], turned[2]) - distance(points[0], points[2])) < 1e-9)
        #expect(abs(turned[0].y - turned[2].y) < 0.1)
    }
}
