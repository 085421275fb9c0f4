import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetScoring

/// Ordering a ranking by another score (a fitted model's probabilities) on the hand-built
/// scenario of ``CallInScenarioTests``: p4 (node 3) is dead, p6 (node 5) in custody, top 3.
@Suite struct ListScoreTests {
    static let probabilities = [0.1, 0.9, 0.5, 0.95, 0.5, 0.99]

    static func fitted() -> ListScore {
        ListScore(fitted: probabilities) { node in
            [ListScore.Term(feature: "log_arrests", value: log1p(Double(node)), logOdds: 0.25 * Double(node)),
             ListScore.Term(feature: "age", value: 30, logOdds: 0)]
        }
    }

    @Test("ordered by a fitted score: order by probability (ties by node), ineligible people passed over")
    func reorder() throws {
        let (composite, _, _) = try CallInScenarioTests.ranking { $0.eligibility.juveniles = .flag }   // node 1 (15) listed
        #expect(composite.listScore.kind == .composite && composite.listScore.values == composite.scores.composite)
        let r = composite.ordered(by: Self.fitted())
        #expect(r.order == [5, 3, 1, 2, 4, 0])   // 0.99, 0.95, 0.9, then 0.5 twice by node, 0.1
        #expect(r.invitees == [1, 2, 4])          // node 5 in custody, node 3 dead
        #expect(r.excludedAboveCut().map(\.node) == [5, 3] && r.excludedAboveCut().map(\.rank) == [1, 2])
        // Nothing but the order changed.
        #expect(r.scores.composite == composite.scores.composite && r.eligibility.status == composite.eligibility.status)
        // Ordering back by the composite gives the original list.
        let back = r.ordered(by: ListScore(composite: r.scores))
        #expect(back.order == composite.order && back.invitees == composite.invitees)
    }

    @Test("a fitted list is explained by its own terms, largest first, zero terms left out")
    func explanation() throws {
        let (composite, records, context) = try CallInScenarioTests.ranking()
        let r = composite.ordered(by: Self.fitted())
        let e = Explainer(ranking: r, records: records, context: context).explain(node: 2)
        #expect(e.contributions.map(\.feature) == ["log_arrests"])
        #expect(e.contributions.map(\.score) == ["fitted"] && e.contributions.map(\.contribution) == [0.5])
        #expect(e.contributions[0].value == log1p(2))
    }

    @Test("composite order: highest first, ties by node index")
    func compositeOrder() throws {
        let (r, _, _) = try CallInScenarioTests.ranking()
        let c = r.scores.composite
        #expect(r.order == c.indices.sorted { c[$0] > c[$1] || (c[$0] == c[$1] && $0 < $1) })
    }
}
