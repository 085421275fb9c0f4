import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// A small network drawn as inline SVG: people as circles, groups as orange squares, shared
/// arrests as grey lines (thicker for more shared arrests), memberships as dashed orange lines.
/// Listed people are dark blue with their list rank inside; the person a picture is about is
/// larger; people shot (a gunshot victimization up to the as-of date) have a red ring; people
/// flagged under 18 an amber dot; people not eligible (in custody, deceased) are hollow.
///
/// Node order is fixed by the caller and the layout is seeded (``ForceLayout``), so the same
/// folder always gives the same picture.
struct NetworkPicture {
    enum Role: Sendable { case focus, listed, other, excluded }

    struct Node: Sendable {
        let id: String
        let isGroup: Bool
        let role: Role
        /// Text drawn inside (list rank) or beside (group id) the node.
        let label: String?
        let victim: Bool
        let juvenile: Bool
        /// Tooltip: the id and a short description.
        let title: String
    }

    struct Edge: Sendable {
        let a: Int
        let b: Int
        /// Shared arrests (co-offending) or 1 (membership).
        let weight: Double
        let membership: Bool
    }

    var nodes: [Node]
    var edges: [Edge]

    /// The SVG element. `height` nil: chosen from the layout's aspect ratio (200…1400 px).
    /// - Complexity: that of ``ForceLayout`` on the nodes and edges.
    func svg(width: Double, height: Double? = nil, description: String, seed: UInt64 = 42) -> String {
        guard !nodes.isEmpty else { return "" }
        // Memberships pull half as hard as shared arrests; weights are capped so a pair with many
        // shared arrests does not collapse onto itself.
        let ties = edges.filter { $0.a != $0.b }.map { ($0.a, $0.b, $0.membership ? 0.5 : min($0.weight, 3)) }
        let graph = (try? WeightedGraph(nodeCount: nodes.count, ties: ties)) ?? (try! WeightedGraph(nodeCount: nodes.count, ties: []))
        let points = ForceLayout(seed: seed).layout(Adjacency(graph))
        let minX = points.map(\.x).min()!, maxX = points.map(\.x).max()!
        let minY = points.map(\.y).min()!, maxY = points.map(\.y).max()!
        let margin = 26.0
        let spanX = max(maxX - minX, 1e-9), spanY = max(maxY - minY, 1e-9)
        let h = height ?? min(1400, max(200, (width - 2 * margin) * spanY / spanX + 2 * margin))
        let scale = min((width - 2 * margin) / spanX, (h - 2 * margin) / spanY, 90)
        let offsetX = (width - scale * spanX) / 2, offsetY = (h - scale * spanY) / 2
        func px(_ p: ForceLayout.Point) -> (Double, Double) { (offsetX + (p.x - minX) * scale, offsetY + (p.y - minY) * scale) }

        var svg = "<svg class=\"net\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(h))\" role=\"img\" "
            + "aria-label=\"\(xmlEscaped(description))\"><title>\(xmlEscaped(description))</title>\n"
        for e in edges where !e.membership {
            let (x1, y1) = px(points[e.a]), (x2, y2) = px(points[e.b])
            let width = min(1 + (e.weight - 1) * 0.9, 5)
            svg += "<line class=\"co\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\" stroke-width=\"\(n(width))\"/>\n"
        }
        for e in edges where e.membership {
            let (x1, y1) = px(points[e.a]), (x2, y2) = px(points[e.b])
            svg += "<line class=\"member\" x1=\"\(n(x1))\" y1=\"\(n(y1))\" x2=\"\(n(x2))\" y2=\"\(n(y2))\"/>\n"
        }
        // Draw order: groups, others, listed, focus — the important marks on top.
        let order = nodes.indices.sorted { drawRank(nodes[$0]) < drawRank(nodes[$1]) || (drawRank(nodes[$0]) == drawRank(nodes[$1]) && $0 < $1) }
        for i in order {
            let node = nodes[i]
            let (x, y) = px(points[i])
            svg += "<g><title>\(xmlEscaped(node.title))</title>"
            if node.isGroup {
                svg += "<rect class=\"group\" x=\"\(n(x - 8))\" y=\"\(n(y - 8))\" width=\"16\" height=\"16\" rx=\"3\"/>"
                if let label = node.label {
                    let anchor = x > width * 0.75 ? "end" : "start"
                    let tx = anchor == "end" ? x - 11 : x + 11
                    svg += "<text class=\"glabel\" x=\"\(n(tx))\" y=\"\(n(y + 4))\" text-anchor=\"\(anchor)\">\(xmlEscaped(label))</text>"
                }
            } else {
                let r: Double = switch node.role { case .focus: 14; case .listed: 10; case .other, .excluded: 5.5 }
                let cls: String = switch node.role { case .focus: "focus"; case .listed: "listed"; case .other: "other"; case .excluded: "excluded" }
                svg += "<circle class=\"\(cls)\(node.victim ? " victim" : "")\" cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(r))\"/>"
                if node.juvenile {
                    svg += "<circle class=\"juvenile\" cx=\"\(n(x + r * 0.75))\" cy=\"\(n(y - r * 0.75))\" r=\"3.6\"/>"
                }
                if let label = node.label {
                    let size = node.role == .focus ? 11 : label.count > 2 ? 8 : 9.5
                    svg += "<text class=\"nlabel\" x=\"\(n(x))\" y=\"\(n(y + size * 0.36))\" font-size=\"\(n(size))\">\(xmlEscaped(label))</text>"
                }
            }
            svg += "</g>\n"
        }
        return svg + "</svg>"
    }

    private func drawRank(_ node: Node) -> Int {
        if node.isGroup { return 0 }
        switch node.role { case .other, .excluded: return 1; case .listed: return 2; case .focus: return 3 }
    }
}

/// A coordinate or length with one decimal, no trailing `.0`.
func n(_ x: Double) -> String {
    let r = (x * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
}
