import Testing
@testable import FocusNetEvaluation

@Suite struct ModelFeatureTests {
    @Test("names round-trip, including sex codes")
    func names() {
        for feature in ModelFeature.fittedSet + [.sex("F"), .sexMissing] {
            #expect(ModelFeature(name: feature.description) == feature)
        }
        #expect(ModelFeature(name: "race") == nil)
        #expect(!ModelFeature.fittedSet.contains { if case .sex = $0 { true } else { false } }, "sex never enters the fitted model")
    }

    @Test("the exposure split's names, as fitted_model.json writes them, are fitted features")
    func exposureSplitNames() {
        let names = ["log_victims_coarrest_1step", "log_victims_group_1step", "log_victims_2step", "log_group_exposure",
                     "log_group_violence", "victimization_recency"]
        let features = names.compactMap(ModelFeature.init(name:))
        #expect(features == [.logVictimsCoArrest1Step, .logVictimsGroup1Step, .logVictims2Step, .logGroupExposure,
                             .logGroupViolence, .victimizationRecency])
        #expect(features.allSatisfy(ModelFeature.fittedSet.contains))
        #expect(Set(ModelFeature.named.map(\.0)).count == ModelFeature.named.count, "no name given twice")
    }

    @Test("demographic model: the most common sex code is the reference")
    func demographic() {
        let set = ModelFeature.demographicSet(sexCodes: ["M", "M", "F", nil, "X"])
        #expect(set == [.age, .ageSquared, .ageMissing, .sex("F"), .sex("X"), .sexMissing, .logAreaViolence, .areaMissing])
    }
}
