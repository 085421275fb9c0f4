import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct ModelTrainingTests {
    static let window = CalendarPeriod(count: 18, unit: .months)

    @Test("log-loss, hand-computed: −(ln 0.5 + ln 0.1) / 2")
    func logLoss() {
        #expect(abs(ModelTraining.logLoss([0.5, 0.9], [true, false]) - (log(2) + log(10)) / 2) < 1e-15)
        // p = 0 for an outcome is clamped, not infinite.
        #expect(abs(ModelTraining.logLoss([0], [true]) + log(1e-15)) < 1e-9)
    }

    @Test("the schedule is D − 2W, D − W after the first arrest")
    func schedule() {
        let d = BacktestFixtures.day("2023-12-31")
        #expect(ModelTraining.schedule(for: d, outcomeWindow: Self.window, count: 2, earliest: .earliest).map(\.description)
                == ["2020-12-31", "2022-06-30"])
        #expect(ModelTraining.schedule(for: d, outcomeWindow: Self.window, count: 2, earliest: BacktestFixtures.day("2021-01-01"))
                .map(\.description) == ["2022-06-30"])
    }

    @Test("λ is the candidate with the lowest held-out log-loss, each loss recomputed independently; the final fit pools both origins")
    func penaltyChoice() throws {
        let (_, a, b) = try FittedModelTests.example()   // 2020-06-30 and 2021-12-31 = 2020-06-30 + 18mo
        let sets = [a, b].map { FittedModel.TrainingSet(origin: $0.origin, inputs: $0.inputs, outcome: $0.outcomes[.arrest]!) }
        let model = try #require(try ModelTraining.fit(.fitted, outcome: .arrest, outcomeWindow: Self.window, sets: sets, defaultRidge: 1))
        let validation = try #require(model.validation)
        #expect(validation.fittedOn == ["2020-06-30"] && validation.heldOut == "2021-12-31")
        #expect(validation.ridges == ModelTraining.ridges)
        for (i, ridge) in validation.ridges.enumerated() {
            let alone = try #require(try FittedModel.train(.fitted, outcome: .arrest, outcomeWindow: Self.window, training: [sets[0]], ridge: ridge))
            let loss = ModelTraining.logLoss(alone.probabilities(b.inputs), sets[1].outcome)
            #expect(abs(loss - validation.heldOutLogLoss[i]) < 1e-12, "λ = \(ridge)")
        }
        let best = validation.heldOutLogLoss.min()!
        #expect(validation.heldOutLogLoss[validation.ridges.firstIndex(of: validation.chosen)!] == best)
        #expect(model.ridge == validation.chosen)
        // Recalibration: the chosen candidate's linear predictor at the held-out origin (its feature
        // set as chosen), regressed on its outcomes by an independent two-parameter fit; the final
        // model applies σ(a + b·η).
        let chosenName = try #require(validation.chosenFeatures)
        let features = try #require(ModelKind(rawValue: chosenName))
        let chosen = try #require(try FittedModel.train(features, outcome: .arrest, outcomeWindow: Self.window, training: [sets[0]],
                                                        ridge: validation.chosen))
        let eta = chosen.linearPredictor(b.inputs)
        let calibration = try LogisticRegression(x: eta, rows: eta.count, columns: 1, y: sets[1].outcome, ridge: 0)
        let r = try #require(model.recalibration)
        #expect(abs(r.intercept - calibration.coefficients[0]) < 1e-9 && abs(r.slope - calibration.coefficients[1]) < 1e-9)
        let etaFinal = model.linearPredictor(b.inputs), p = model.probabilities(b.inputs)
        #expect(zip(etaFinal, p).allSatisfy { abs(LogisticRegression.sigmoid(r.intercept + r.slope * $0) - $1) < 1e-15 })
        #expect(model.trainingOrigins == ["2020-06-30", "2021-12-31"] && model.trainingRows == a.count + b.count)
    }

    @Test("the feature set is the one with the lowest held-out log-loss at the chosen λ (each recomputed by a cold fit); the model keeps the name fitted")
    func featureSelection() throws {
        let (_, a, b) = try FittedModelTests.example()
        let sets = [a, b].map { FittedModel.TrainingSet(origin: $0.origin, inputs: $0.inputs, outcome: $0.outcomes[.arrest]!) }
        let model = try #require(try ModelTraining.fit(.fitted, outcome: .arrest, outcomeWindow: Self.window, sets: sets, defaultRidge: 1))
        let validation = try #require(model.validation)
        let choices = try #require(validation.featureSets)
        #expect(choices.map(\.features) == ModelTraining.featureCandidates.map(\.rawValue))
        for choice in choices {
            let kind = try #require(ModelKind(rawValue: choice.features))
            let alone = try #require(try FittedModel.train(kind, outcome: .arrest, outcomeWindow: Self.window, training: [sets[0]],
                                                           ridge: validation.chosen))
            #expect(abs(ModelTraining.logLoss(alone.probabilities(b.inputs), sets[1].outcome) - choice.heldOutLogLoss) < 1e-9, "\(kind)")
        }
        // The lowest loss; on a tie the later (smaller) set.
        let best = choices.indices.min { choices[$0].heldOutLogLoss < choices[$1].heldOutLogLoss
            || (choices[$0].heldOutLogLoss == choices[$1].heldOutLogLoss && $0 > $1) }!
        #expect(validation.chosenFeatures == choices[best].features)
        let kind = try #require(ModelKind(rawValue: choices[best].features))
        #expect(model.model == ModelKind.fitted.rawValue)
        #expect(model.features == TrainingDesign(kind, training: sets).features.map(\.description))
    }

    @Test("without an earlier origin whose window closes by the held-out one, λ is the default and not validated")
    func noValidation() throws {
        let (_, a, b) = try FittedModelTests.example()
        let one = [FittedModel.TrainingSet(origin: b.origin, inputs: b.inputs, outcome: b.outcomes[.arrest]!)]
        let model = try #require(try ModelTraining.fit(.fitted, outcome: .arrest, outcomeWindow: Self.window, sets: one, defaultRidge: 3))
        #expect(model.validation == nil && model.ridge == 3)
        // 2020-06-30's window (to 2021-12-31) does not close by 2021-06-30: no validation either.
        let late = FittedModel.TrainingSet(origin: BacktestFixtures.day("2021-06-30"), inputs: b.inputs, outcome: b.outcomes[.arrest]!)
        let early = FittedModel.TrainingSet(origin: a.origin, inputs: a.inputs, outcome: a.outcomes[.arrest]!)
        #expect(try ModelTraining.validate(.fitted, outcome: .arrest, outcomeWindow: Self.window, sets: [early, late]) == nil)
    }

    @Test("the saved model keeps its validation and reads back")
    func roundTrip() throws {
        let (_, a, b) = try FittedModelTests.example()
        let sets = [a, b].map { FittedModel.TrainingSet(origin: $0.origin, inputs: $0.inputs, outcome: $0.outcomes[.arrest]!) }
        let model = try #require(try ModelTraining.fit(.fitted, outcome: .arrest, outcomeWindow: Self.window, sets: sets, defaultRidge: 1))
        let url = BacktestFixtures.temporaryDirectory("model").appendingPathExtension("json")
        defer { try? FileManager.default.removeItem(at: url) }
        let json = try FittedModelFile(models: [model]).json()
        #expect(json.contains("\"held_out_log_loss\"") && json.contains("\"training_origins\"") && !json.contains("trainingOrigins"))
        try json.write(to: url, atomically: true, encoding: .utf8)
        #expect(try FittedModelFile.load(url).models == [model])
    }
}
