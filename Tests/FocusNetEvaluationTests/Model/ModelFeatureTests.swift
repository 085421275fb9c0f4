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

    @Test("demographic model: the most common sex code is the reference")
    func demographic() {
        let set = ModelFeature.demographicSet(sexCodes: ["M", "M", "F", nil, "X"])
        #expect(set == [.age, .ageSquared, .ageMissing, .sex("F"), .sex("X"), .sexMissing])
    }
}
