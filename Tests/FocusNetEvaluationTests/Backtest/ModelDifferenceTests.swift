import Testing
@testable import FocusNetEvaluation
import FocusNetTestSupport

@Suite struct ModelDifferenceTests {
    @Test("paired interval: a constant difference per replicate gives a zero-width interval at it, however spread the models are")
    func pairedClosedForm() throws {
        let base = (0..<200).map { Double($0 % 37) / 37 }
        let interval = try #require(ModelDifference.pairedInterval(reference: base.map { $0 + 0.05 }, model: base))
        #expect(abs(interval.low - 0.05) < 1e-12 && abs(interval.high - 0.05) < 1e-12)
        // Unpaired (replicate i of one against replicate B − 1 − i of the other) it is as wide as the models.
        let unpaired = try #require(ModelDifference.pairedInterval(reference: base.map { $0 + 0.05 }, model: base.reversed()))
        #expect(unpaired.high - unpaired.low > 0.5)
        #expect(ModelDifference.pairedInterval(reference: [.nan, .nan, 1], model: [0, 0, 0]) == nil, "undefined in most replicates")
    }

    @Test("ablation rows: fitted − ablated of the evaluations' own values; paired CI holds the difference and is no wider than the unpaired one")
    func backtestRows() throws {
        let backtest = try BacktestFixtures.exampleBacktest.get()
        let sizes = backtest.configuration.listSizes
        #expect(backtest.ablation.count == (backtest.origins.count + 1) * ModelKind.ablations.count * 1 * (sizes.count + 1))
        var compared = 0
        for d in backtest.ablation {
            let evaluations = d.origin.map { o in backtest.origins.first { $0.snapshot.origin == o }!.evaluations } ?? backtest.pooled
            func value(_ model: ModelKind) -> MetricValue? {
                evaluations.first { $0.model == model && $0.outcome == d.outcome }?.metrics.first { $0.metric == d.metric && $0.size == d.size }
            }
            let f = try #require(value(.fitted)), a = try #require(value(d.model))
            #expect(d.referenceValue == f.value && d.modelValue == a.value)
            guard d.origin == nil, let low = d.low, let high = d.high, let fl = f.low, let fh = f.high, let al = a.low, let ah = a.high
            else { continue }
            #expect(low <= d.difference + 1e-9 && d.difference <= high + 1e-9, "\(d.model) \(d.outcome) \(d.metric) \(String(describing: d.size))")
            // The unpaired interval of a difference of independent estimates is about √(w₁² + w₂²) wide
            // (normal approximation). ROC-AUC weighs the whole ranking, where the fitted and ablated
            // models, sharing most features, agree: their replicates move together and the paired
            // interval is narrower. (A top-1% capture of a dozen outcome persons can move apart.)
            guard d.metric == "roc_auc" else { continue }
            compared += 1
            let unpaired = ((fh - fl) * (fh - fl) + (ah - al) * (ah - al)).squareRoot()
            #expect(high - low <= unpaired + 1e-12, "\(d.model) \(d.outcome) \(d.metric)")
        }
        #expect(compared == ModelKind.ablations.count)
    }
}
