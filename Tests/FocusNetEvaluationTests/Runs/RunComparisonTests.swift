import Testing
@testable import FocusNetEvaluation

@Suite struct RunComparisonTests {
    @Test("flatten: JSON leaves as dotted paths, arrays by index")
    func flatten() {
        let flat = RunComparison.flatten(#"{"a": {"b": 1, "c": ["x", "y"]}, "d": true}"#)
        #expect(flat["a.b"] == "1")
        #expect(flat["a.c.1"] == "y")
        #expect(flat["d"] == "1")
    }
}
