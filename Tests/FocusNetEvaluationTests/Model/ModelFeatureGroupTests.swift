import Testing
@testable import FocusNetEvaluation
import FocusNetTestSupport

@Suite struct ModelFeatureGroupTests {
    static let network: Set<ModelFeature> = [.logDegree, .logStrength, .betweennessPercentile, .eigenvector, .logCoreness]
    static let exposure: Set<ModelFeature> = [.logVictimExposure, .logShooterExposure, .logVictimsCoArrest1Step,
                                              .logVictimsGroup1Step, .logVictims2Step, .logGroupExposure, .logGroupViolence]

    @Test("every fitted feature has a group the fitted model keeps; the groups partition the fitted set")
    func groups() {
        let fitted = ModelKind.fitted.featureGroups!
        #expect(ModelFeature.fittedSet.allSatisfy { fitted.contains($0.group) })
        #expect(ModelFeature.fittedSet(keeping: fitted) == ModelFeature.fittedSet)
        #expect(Set(ModelFeature.fittedSet.filter { $0.group == .network }) == Self.network)
        #expect(Set(ModelFeature.fittedSet.filter { $0.group == .exposure }) == Self.exposure)
        #expect(ModelFeature.sex("F").group == .sex && ModelFeature.sexMissing.group == .sex)
        #expect(ModelKind.trained.allSatisfy(\.isFitted) && !ModelKind.composite.isFitted)
    }

    @Test("the ablations leave out exactly the network or the exposure features")
    func ablationSets() {
        let all = Set(ModelFeature.fittedSet)
        let noNetwork = Set(ModelFeature.fittedSet(keeping: ModelKind.fittedNoNetwork.featureGroups!))
        let noExposure = Set(ModelFeature.fittedSet(keeping: ModelKind.fittedNoExposure.featureGroups!))
        #expect(noNetwork == all.subtracting(Self.network))
        #expect(noExposure == all.subtracting(Self.exposure))
        #expect(noNetwork.contains(.logVictimExposure) && noNetwork.contains(.logArrests) && noNetwork.contains(.age))
    }

    @Test("in a backtest the ablated models are fitted on earlier origins with their own features, at every origin, for the first outcome")
    func fittedInBacktest() throws {
        let backtest = try BacktestFixtures.exampleBacktest.get()
        for result in backtest.origins {
            // The ablations are scored on the first outcome only (their cost), fitted on all.
            let outcomes = backtest.configuration.outcomes
            #expect(ModelKind.fittedNoNetwork.outcomes(of: outcomes) == [outcomes[0]] && ModelKind.fitted.outcomes(of: outcomes) == outcomes)
            #expect(result.models[.fittedNoNetwork]?[outcomes[1]] == nil && result.models[.fittedNoExposure]?[outcomes[1]] == nil)
            for outcome in outcomes.prefix(1) {
                let fitted = try #require(result.models[.fitted]?[outcome])
                let noNetwork = try #require(result.models[.fittedNoNetwork]?[outcome])
                let noExposure = try #require(result.models[.fittedNoExposure]?[outcome])
                let names = { (set: Set<ModelFeature>) in Set(set.map(\.description)) }
                #expect(Set(noNetwork.features).isDisjoint(with: names(Self.network)))
                #expect(Set(noExposure.features).isDisjoint(with: names(Self.exposure)))
                // The fitted model keeps every group unless its held-out validation chose a smaller set,
                // which then has the ablation's features.
                switch fitted.validation?.chosenFeatures {
                case ModelKind.fittedNoNetwork.rawValue: #expect(Set(fitted.features) == Set(noNetwork.features))
                case ModelKind.fittedNoExposure.rawValue: #expect(Set(fitted.features) == Set(noExposure.features))
                default: #expect(Set(fitted.features).isSuperset(of: noNetwork.features) && Set(fitted.features).isSuperset(of: noExposure.features))
                }
                #expect(noNetwork.model == "fitted_no_network" && noExposure.trainingOrigins == fitted.trainingOrigins)
                #expect(noNetwork.trainingRows == fitted.trainingRows && noNetwork.ridge == fitted.ridge)
            }
            #expect(Set(result.entries.map(\.model)).isSuperset(of: ModelKind.ablations))
        }
        #expect(!backtest.finalModels.models.contains { $0.model.hasPrefix("fitted_no") }, "fitted_model.json holds the models to use")
    }
}
