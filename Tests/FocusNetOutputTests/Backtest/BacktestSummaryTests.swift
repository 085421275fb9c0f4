import Testing
@testable import FocusNetEvaluation
import FocusNetTestSupport
@testable import FocusNetOutput

@Suite struct BacktestSummaryTests {
    @Test("the summary has the origins, a pooled table per outcome with every model, and no person id")
    func summary() throws {
        let text = BacktestSummary.text(try BacktestFixtures.exampleBacktest.get())
        #expect(text.contains("| origin | scored | shot | shooter | either |"))
        #expect(text.contains("## either — pooled over 2 origins (95% bootstrap CI)"))
        for model in ModelKind.allCases { #expect(text.contains("| \(model.rawValue) |")) }
        #expect(text.contains("| model | capture@1% | capture_scored@1% | ppv@1% | lift@1% |"))
        #expect(text.contains("capture is a share of all "))
        #expect(text.contains("a person counts once per origin (person-origins)"))   // two origins: pooled
        let ids = Set(try BacktestFixtures.example.get().personIDs)
        #expect(!text.split { " |\n,()[]".contains($0) }.contains { ids.contains(String($0)) })
    }
}

@Suite struct BacktestAblationSummaryTests {
    static func difference(_ model: ModelKind, _ value: Double, _ low: Double?, _ high: Double?) -> ModelDifference {
        ModelDifference(origin: nil, reference: .fitted, model: model, outcome: .shot, metric: "capture", size: .share(1),
                        referenceValue: 0.2 + value, modelValue: 0.2, low: low, high: high)
    }

    @Test("the ablation sentence: added when the paired interval is above 0, did not add measurably when it holds 0, cost when below")
    func sentences() {
        #expect(BacktestSummary.sentence(Self.difference(.fittedNoNetwork, 0.012, 0.004, 0.02))
            == "On this region's data the network features added 1.2 points of capture@1% (95% CI 0.4 to 2.0) over history, age and exposure alone (shot, pooled).")
        #expect(BacktestSummary.sentence(Self.difference(.fittedNoNetwork, 0.002, -0.001, 0.006))
            == "On this region's data the network features did not add measurably to capture@1% over history, age and exposure alone: 0.2 points (95% CI -0.1 to 0.6) (shot, pooled).")
        #expect(BacktestSummary.sentence(Self.difference(.fittedNoExposure, -0.01, -0.02, -0.005)).contains("the exposure features cost 1.0 points"))
        #expect(BacktestSummary.sentence(Self.difference(.fittedNoExposure, 0.01, nil, nil)).contains("did not add measurably"))
    }
}
