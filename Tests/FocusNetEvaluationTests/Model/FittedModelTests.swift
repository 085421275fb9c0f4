import Foundation
import FocusNetGraph
import FocusNetScoring
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct FittedModelTests {
    static func example() throws -> (RecordSet, OriginSnapshot, OriginSnapshot) {
        let records = try BacktestFixtures.example.get()
        let context = ScoringContext(records: records)
        let configuration = RankConfiguration()
        let a = try OriginSnapshot(records: records, context: context, configuration: configuration, origin: BacktestFixtures.day("2020-06-30"),
                                   outcomeWindow: CalendarPeriod(count: 18, unit: .months), outcomes: [.either, .arrest])
        let b = try OriginSnapshot(records: records, context: context, configuration: configuration, origin: BacktestFixtures.day("2021-12-31"),
                                   outcomeWindow: CalendarPeriod(count: 18, unit: .months), outcomes: [.either, .arrest])
        return (records, a, b)
    }

    @Test("training standardizes features, drops constant ones, and the JSON round-trips to the same probabilities")
    func trainSaveLoad() throws {
        let (_, train, test) = try Self.example()
        let set = FittedModel.TrainingSet(origin: train.origin, inputs: train.inputs, outcome: train.outcomes[.arrest]!)
        let model = try #require(try FittedModel.train(.fitted, outcome: .arrest, outcomeWindow: CalendarPeriod(count: 18, unit: .months),
                                                       training: [set], ridge: 1))
        #expect(model.converged)
        // The rankings computed no betweenness, so its feature is not a candidate.
        #expect(!train.inputs.hasBetweenness && !model.features.contains("betweenness_percentile"))
        #expect(model.features.count + model.dropped.count == ModelFeature.fittedSet.count - 1)
        #expect(model.trainingRows == train.count)
        let p = model.probabilities(test.inputs)
        #expect(p.count == test.count && p.allSatisfy { $0 > 0 && $0 < 1 })
        // The mean training prediction is close to the training base rate (intercept unpenalized).
        let fittedMean = model.probabilities(train.inputs).reduce(0, +) / Double(train.count)
        #expect(abs(fittedMean - Double(model.trainingPositives) / Double(model.trainingRows)) < 1e-6)

        let url = BacktestFixtures.temporaryDirectory("model").appendingPathExtension("json")
        let file = FittedModelFile(models: [model])
        try file.json().write(to: url, atomically: true, encoding: .utf8)
        let loaded = try FittedModelFile.load(url)
        #expect(loaded == file)
        #expect(loaded.model()?.probabilities(test.inputs) == p)
        #expect(loaded.model(for: .shot) == nil)
    }

    @Test("nothing to learn without outcome persons: no model")
    func noPositives() throws {
        let (_, train, _) = try Self.example()
        let set = FittedModel.TrainingSet(origin: train.origin, inputs: train.inputs, outcome: [Bool](repeating: false, count: train.count))
        #expect(try FittedModel.train(.fitted, outcome: .arrest, outcomeWindow: CalendarPeriod(count: 1, unit: .years), training: [set], ridge: 1) == nil)
    }

    @Test("a model file naming an unknown feature is refused")
    func unknownFeature() throws {
        let url = BacktestFixtures.temporaryDirectory("model").appendingPathExtension("json")
        let (_, train, _) = try Self.example()
        let set = FittedModel.TrainingSet(origin: train.origin, inputs: train.inputs, outcome: train.outcomes[.arrest]!)
        var model = try #require(try FittedModel.train(.fitted, outcome: .arrest, outcomeWindow: CalendarPeriod(count: 1, unit: .years),
                                                       training: [set], ridge: 1))
        model.features[0] = "race"
        try FittedModelFile(models: [model]).json().write(to: url, atomically: true, encoding: .utf8)
        #expect(throws: BacktestError.modelFile(path: url.path, reason: "unknown feature 'race'")) { try FittedModelFile.load(url) }
        #expect { try FittedModelFile.load(URL(fileURLWithPath: "/nonexistent/model.json")) } throws: { error in
            if case .modelFile = error as? BacktestError { true } else { false }
        }
    }
}
