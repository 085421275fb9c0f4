import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct SVGChartTests {
    @Test("nice ticks: closed cases")
    func ticks() {
        #expect(niceTicks(1).top == 1 && niceTicks(1).ticks.count == 6)
        let a = niceTicks(0.23)
        #expect(abs(a.top - 0.25) < 1e-12 && a.ticks.count == 6)
        let b = niceTicks(0.013)
        #expect(abs(b.top - 0.015) < 1e-12 && abs(b.ticks[1] - 0.005) < 1e-12)
        #expect(niceTicks(0).top == 1)
    }

    @Test("a line chart draws one path per series, a gap where deciles are missing, and is well-formed")
    func lineChart() {
        let chart = LineChart(
            title: "t & u", xLabel: "x", yLabel: "y", xLog: true, xDomain: (0.1, 100), yDomain: (0, 1),
            xTicks: [(1, "1%")], yTicks: [(0.5, "50%")],
            series: [.init(name: "composite", points: [(0.1, 0), (1, 0.5), (100, 1)], style: .of(model: "composite")),
                     .init(name: "random", points: [(1, 0.1), (2, 0.2), (5, 0.3)], style: .of(model: "random"), maxStep: 1)],
            markers: [(1, "k = 1%")])
        let svg = chart.svg()
        #expect(NetworkPictureTests.wellFormed(svg))
        #expect(svg.components(separatedBy: "<path ").count - 1 == 2)
        #expect(svg.contains("t &amp; u"))
        let random = svg.components(separatedBy: "<path ").first { $0.contains("random") }!
        #expect(random.components(separatedBy: "M").count - 1 == 2, "the jump from 2 to 5 opens the line")
    }

    @Test("a bar chart draws one bar per value given")
    func barChart() {
        let chart = BarChart(title: "sex", categories: ["f", "m"],
                             series: [.init(name: "scored", color: "#aaa", values: [0.1, 0.9]), .init(name: "listed", color: "#123", values: [nil, 1])],
                             maxValue: 1, valueLabel: { percent($0, 0) })
        let svg = chart.svg()
        #expect(NetworkPictureTests.wellFormed(svg))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 3)
    }
}
