import Foundation
import FocusNetGraph
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct ListEvidenceTests {
    static let window = CalendarPeriod(count: 18, unit: .months)
    static let origin = BacktestFixtures.day("2022-06-30")

    @Test("capture counts every outcome person, the unscored ones too; ties at the cut share their places (hand-computed)")
    func captures() {
        // Five scored people, people 0 and 2 shot, and one person shot outside the network: 3 in all.
        let happened = [true, false, true, false, false]
        let e = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 2,
                             scores: [(.composite, [5, 4, 3, 2, 1]), (.priorArrests, [1, 2, 3, 4, 5]), (.random, [0, 0, 0, 0, 0])],
                             happened: happened, unscoredOutcomePersons: 1, probabilities: nil, replicates: 200, seed: 1)
        #expect(e.outcomePersons == 3 && e.outcomePersonsScored == 2 && e.scored == 5 && e.listModel == "composite")
        #expect(e.rows.map(\.model) == ["composite", "prior_arrests", "random"])
        let expected = [1.0 / 3, 0, (0.4 + 0.4) / 3]   // random: each of 5 tied people is listed with probability 2/5
        for (row, value) in zip(e.rows, expected) { #expect(abs(row.capture - value) < 1e-12, "\(row.model)") }
        #expect(e.rows[0].differenceFromList == 0 && abs(e.rows[1].differenceFromList - 1.0 / 3) < 1e-12)
        for row in e.rows { #expect(row.low <= row.capture && row.capture <= row.high, "\(row.model)") }
        #expect(e.calibration.isEmpty)
    }

    @Test("the sentence says when a baseline beats the list, and when the list beats every baseline")
    func sentence() {
        // 200 people, the first 40 shot; counting arrests lists exactly them, the list none of them.
        let happened = (0..<200).map { $0 < 40 }
        let arrests = (0..<200).map { Double(200 - $0) }, list = (0..<200).map(Double.init)
        let losing = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 40,
                                  scores: [(.composite, list), (.priorArrests, arrests)], happened: happened,
                                  unscoredOutcomePersons: 0, probabilities: nil, replicates: 100, seed: 1)
        #expect(losing.rows[1].capture == 1 && losing.rows[0].capture == 0)
        #expect(losing.rows[1].differenceHigh < 0)
        #expect(losing.sentence.contains("would have held 0.0%") && losing.sentence.contains("Counting prior arrests beats this list"))
        let winning = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 40,
                                   scores: [(.fitted, arrests), (.priorArrests, list)], happened: happened,
                                   unscoredOutcomePersons: 0, probabilities: arrests.map { $0 / 400 }, replicates: 100, seed: 1)
        #expect(winning.sentence.contains("drawn up by the fitted model would have held 100.0%")
                && winning.sentence.contains("beats every baseline"))
        #expect(winning.calibration.count == 10 && winning.calibration.map(\.people).reduce(0, +) == 200)
        let nobody = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 40,
                                  scores: [(.composite, list)], happened: [Bool](repeating: false, count: 200),
                                  unscoredOutcomePersons: 0, probabilities: nil, seed: 1)
        #expect(nobody.sentence.contains("no one was shot") && nobody.replicates == 0)
    }

    @Test("Wilson interval, hand-computed: 0/10 is [0, z²/(n + z²)]; 5/10 is 0.5 ± 0.2634")
    func wilson() {
        let (l0, h0) = ListEvidence.wilson(0, 10), (l5, h5) = ListEvidence.wilson(5, 10)
        #expect(l0 == 0 && abs(h0 - 1.96 * 1.96 / (10 + 1.96 * 1.96)) < 1e-12)
        #expect(abs(l5 - 0.2366) < 5e-5 && abs(h5 - 0.7634) < 5e-5)
    }

    @Test("the same inputs and seed give the same evidence")
    func deterministic() {
        let happened = (0..<50).map { $0 % 7 == 0 }
        let s = (0..<50).map { Double(($0 * 37) % 50) }
        func make() -> ListEvidence {
            ListEvidence(origin: Self.origin, outcome: .arrest, outcomeWindow: Self.window, listSize: 5,
                         scores: [(.composite, s), (.random, [Double](repeating: 0, count: 50))], happened: happened,
                         unscoredOutcomePersons: 2, probabilities: nil, replicates: 50, seed: 9)
        }
        #expect(make() == make())
    }

    @Test("beating the strongest baseline is not beating every baseline; few outcome persons give no verdict; tied deciles leave no NaN")
    func verdicts() throws {
        // 200 people, 40 shot; the list and prior arrests both list exactly them, the points score none.
        let happened = (0..<200).map { $0 < 40 }
        let good = (0..<200).map { Double(200 - $0) }, bad = (0..<200).map(Double.init)
        let e = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 40,
                             scores: [(.fitted, good), (.points, bad), (.priorArrests, good)], happened: happened,
                             unscoredOutcomePersons: 0, probabilities: nil, replicates: 100, seed: 1)
        #expect(!e.sentence.contains("beats every baseline") && e.sentence.contains("does not measurably beat counting prior arrests"))
        #expect(e.sentence.contains("in the next 18 months"))
        let few = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 5,
                               scores: [(.fitted, good), (.points, bad)], happened: (0..<200).map { $0 < 4 },
                               unscoredOutcomePersons: 0, probabilities: nil, replicates: 100, seed: 1)
        #expect(few.sentence.contains("cannot be told from chance"))
        // Everyone tied: the deciles that would be empty are left out, so the JSON encodes.
        let tied = ListEvidence(origin: Self.origin, outcome: .shot, outcomeWindow: Self.window, listSize: 5,
                                scores: [(.fitted, [Double](repeating: 0.1, count: 200))], happened: happened,
                                unscoredOutcomePersons: 0, probabilities: [Double](repeating: 0.1, count: 200), replicates: 10, seed: 1)
        #expect(tied.calibration.allSatisfy { $0.people > 0 && $0.observed.isFinite && $0.predicted.isFinite })
        _ = try JSONEncoder().encode(tied)
    }
}
