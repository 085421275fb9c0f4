import Testing
@testable import FocusNetEvaluation

@Suite struct MetricFormatTests {
    @Test("values: 6 decimals, integers bare, summation noise hidden, NaN empty")
    func values() {
        #expect(MetricFormat.value(0.123456789) == "0.123457")
        #expect(MetricFormat.value(2) == "2")
        #expect(MetricFormat.value(0.1 + 0.2) == "0.3")
        #expect(MetricFormat.value(.nan) == "")
        #expect(MetricFormat.value(-0.0000001) == "0")
        #expect(MetricFormat.number(0.30000000000000004) == "0.3")
        #expect(MetricFormat.fixed(.nan) == "–")
    }
}
