import Testing
import FocusNetEvaluation
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
