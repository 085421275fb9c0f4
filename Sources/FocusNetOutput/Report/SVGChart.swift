import FocusNetEvaluation
import Foundation

/// How one model is drawn in every chart, so a reader learns the colours once: FocusNet's
/// scores in blues and purple (composite boldest), the fitted model red, baselines grey-brown
/// and dashed, random dotted.
struct SeriesStyle: Sendable, Equatable {
    let color: String
    let dash: String?
    let width: Double

    static func of(model: String) -> SeriesStyle {
        switch model {
        case "composite": SeriesStyle(color: "#1f4e79", dash: nil, width: 3)
        case "network": SeriesStyle(color: "#3a8fd0", dash: nil, width: 2)
        case "points": SeriesStyle(color: "#7d3c98", dash: nil, width: 2)
        case "fitted": SeriesStyle(color: "#c0392b", dash: nil, width: 2)
        case "prior_arrests": SeriesStyle(color: "#a0522d", dash: "6 3", width: 1.8)
        case "prior_victimization": SeriesStyle(color: "#b7950b", dash: "6 3", width: 1.8)
        case "demographic": SeriesStyle(color: "#5d6d7e", dash: "2 3", width: 1.8)
        case "random": SeriesStyle(color: "#999999", dash: "1 3", width: 1.5)
        default: SeriesStyle(color: "#16a085", dash: "4 2", width: 1.5)
        }
    }

    var attributes: String {
        "stroke=\"\(color)\" stroke-width=\"\(n(width))\"" + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")
    }
}

/// A line chart as inline SVG: linear or logarithmic x, linear y, optional y = x reference and
/// vertical markers (list sizes).
struct LineChart {
    struct Series {
        let name: String
        let points: [(x: Double, y: Double)]
        let style: SeriesStyle
        /// Draw a dot at each point (few points, e.g. deciles).
        var dots = false
        /// Leave the line open where consecutive x differ by more than this (missing deciles).
        var maxStep: Double? = nil
    }

    var title: String
    var xLabel: String
    var yLabel: String
    var xLog = false
    var xDomain: (Double, Double)
    var yDomain: (Double, Double)
    var xTicks: [(Double, String)]
    var yTicks: [(Double, String)]
    var series: [Series]
    var diagonal = false
    var markers: [(x: Double, label: String)] = []

    func svg(width: Double = 470, height: Double = 300) -> String {
        let left = 52.0, right = 12.0, top = 30.0, bottom = 44.0
        let plotW = width - left - right, plotH = height - top - bottom
        func sx(_ x: Double) -> Double {
            let (a, b) = xDomain
            let t = xLog ? (log10(max(x, a)) - log10(a)) / (log10(b) - log10(a)) : (x - a) / (b - a)
            return left + max(0, min(1, t)) * plotW
        }
        func sy(_ y: Double) -> Double {
            let (a, b) = yDomain
            return top + plotH - max(0, min(1, (y - a) / (b - a))) * plotH
        }
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-label=\"\(xmlEscaped(title))\"><title>\(xmlEscaped(title))</title>\n"
        svg += "<text class=\"ctitle\" x=\"\(n(left))\" y=\"18\">\(xmlEscaped(title))</text>\n"
        for (y, label) in yTicks {
            svg += "<line class=\"grid\" x1=\"\(n(left))\" y1=\"\(n(sy(y)))\" x2=\"\(n(left + plotW))\" y2=\"\(n(sy(y)))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(left - 5))\" y=\"\(n(sy(y) + 3.5))\" text-anchor=\"end\">\(xmlEscaped(label))</text>\n"
        }
        for (x, label) in xTicks {
            svg += "<line class=\"grid\" x1=\"\(n(sx(x)))\" y1=\"\(n(top))\" x2=\"\(n(sx(x)))\" y2=\"\(n(top + plotH))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(sx(x)))\" y=\"\(n(top + plotH + 14))\" text-anchor=\"middle\">\(xmlEscaped(label))</text>\n"
        }
        svg += "<rect class=\"frame\" x=\"\(n(left))\" y=\"\(n(top))\" width=\"\(n(plotW))\" height=\"\(n(plotH))\"/>\n"
        for (x, label) in markers {
            svg += "<line class=\"marker\" x1=\"\(n(sx(x)))\" y1=\"\(n(top))\" x2=\"\(n(sx(x)))\" y2=\"\(n(top + plotH))\"/>"
            svg += "<text class=\"mlabel\" x=\"\(n(sx(x) + 3))\" y=\"\(n(top + 10))\">\(xmlEscaped(label))</text>\n"
        }
        if diagonal {
            let lo = max(xDomain.0, yDomain.0), hi = min(xDomain.1, yDomain.1)
            svg += "<line class=\"diagonal\" x1=\"\(n(sx(lo)))\" y1=\"\(n(sy(lo)))\" x2=\"\(n(sx(hi)))\" y2=\"\(n(sy(hi)))\"/>\n"
        }
        // Baselines first, FocusNet's models on top.
        for s in series.reversed() where !s.points.isEmpty {
            let path = s.points.enumerated().map { i, p in
                let jump = i == 0 || s.maxStep.map { p.x - s.points[i - 1].x > $0 + 1e-9 } == true
                return (jump ? "M" : "L") + "\(n(sx(p.x))),\(n(sy(p.y)))"
            }.joined()
            svg += "<path fill=\"none\" \(s.style.attributes) d=\"\(path)\"><title>\(xmlEscaped(s.name))</title></path>\n"
            if s.dots {
                for p in s.points {
                    svg += "<circle cx=\"\(n(sx(p.x)))\" cy=\"\(n(sy(p.y)))\" r=\"2.6\" fill=\"\(s.style.color)\"/>"
                }
                svg += "\n"
            }
        }
        svg += "<text class=\"alabel\" x=\"\(n(left + plotW / 2))\" y=\"\(n(height - 6))\" text-anchor=\"middle\">\(xmlEscaped(xLabel))</text>\n"
        svg += "<text class=\"alabel\" transform=\"translate(13 \(n(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(xmlEscaped(yLabel))</text>\n"
        return svg + "</svg>"
    }
}

/// Horizontal grouped bars as inline SVG: one block per category, one bar per series.
struct BarChart {
    struct Series {
        let name: String
        let color: String
        /// One value per category; `nil` draws nothing.
        let values: [Double?]
    }

    var title: String
    var categories: [String]
    var series: [Series]
    /// The largest value to show; the axis ends at the next round tick.
    var maxValue: Double
    var valueLabel: (Double) -> String

    func svg(width: Double = 470) -> String {
        let left = 110.0, right = 46.0, top = 28.0, bar = 8.0, gap = 9.0
        let block = Double(series.count) * bar + gap
        let height = top + Double(categories.count) * block + 26
        let plotW = width - left - right
        let (maxValue, marks) = niceTicks(self.maxValue)
        var svg = "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" role=\"img\" "
            + "aria-label=\"\(xmlEscaped(title))\"><title>\(xmlEscaped(title))</title>\n"
        svg += "<text class=\"ctitle\" x=\"4\" y=\"16\">\(xmlEscaped(title))</text>\n"
        for t in marks {
            let x = left + t / maxValue * plotW
            svg += "<line class=\"grid\" x1=\"\(n(x))\" y1=\"\(n(top - 4))\" x2=\"\(n(x))\" y2=\"\(n(height - 22))\"/>"
            svg += "<text class=\"tick\" x=\"\(n(x))\" y=\"\(n(height - 10))\" text-anchor=\"middle\">\(xmlEscaped(valueLabel(t)))</text>\n"
        }
        for (c, category) in categories.enumerated() {
            let y0 = top + Double(c) * block
            svg += "<text class=\"tick\" x=\"\(n(left - 6))\" y=\"\(n(y0 + Double(series.count) * bar / 2 + 3))\" text-anchor=\"end\">"
                + "\(xmlEscaped(category))</text>\n"
            for (s, item) in series.enumerated() {
                guard let value = item.values[c] else { continue }
                let w = max(0, min(1, value / maxValue)) * plotW
                let y = y0 + Double(s) * bar
                svg += "<rect x=\"\(n(left))\" y=\"\(n(y))\" width=\"\(n(max(w, 0.8)))\" height=\"\(n(bar - 1))\" fill=\"\(item.color)\">"
                    + "<title>\(xmlEscaped(category)) — \(xmlEscaped(item.name)): \(xmlEscaped(valueLabel(value)))</title></rect>"
                svg += "<text class=\"blabel\" x=\"\(n(left + w + 3))\" y=\"\(n(y + bar - 1.5))\">\(xmlEscaped(valueLabel(value)))</text>\n"
            }
        }
        return svg + "</svg>"
    }
}

/// Axis ticks from 0: a step of 1, 2, 2.5 or 5 × 10ᵏ giving at most five intervals up to a top
/// at or above `maximum`.
func niceTicks(_ maximum: Double) -> (top: Double, ticks: [Double]) {
    guard maximum > 0, maximum.isFinite else { return (1, [0, 0.25, 0.5, 0.75, 1]) }
    let raw = maximum / 5
    let magnitude = pow(10, log10(raw).rounded(.down))
    let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 * 5 >= maximum * (1 - 1e-9) } ?? 10 * magnitude
    let count = Int((maximum / step - 1e-9).rounded(.up))
    return (Double(count) * step, (0...count).map { Double($0) * step })
}

/// Tick text for a share axis: as few decimals as the step needs.
func shareLabel(_ value: Double, step: Double) -> String {
    let digits = step * 100 >= 1 && (step * 100).rounded() == step * 100 ? 0 : step * 1000 >= 1 ? 1 : 2
    return percent(value, digits)
}
