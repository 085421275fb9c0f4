import Testing
@testable import FocusNetSimulation

@Suite struct SimulationConfigTests {
    @Test func scalesGiveTheDocumentedSizes() throws {
        let tiny = SimulationConfig(scale: .tiny)
        #expect(tiny.seed == 42 && tiny.startYear == 2018 && tiny.years == 6 && tiny.months == 72)
        #expect(tiny.targetArrestRows == 2_000 && tiny.groupCount == 20 && tiny.areaCount == 6)
        let city = SimulationConfig(scale: .city, seed: 9)
        #expect(city.seed == 9 && city.targetArrestRows == 300_000 && city.years == 10)
        let state = SimulationConfig(scale: .state)
        #expect(state.targetArrestRows == 10_000_000 && state.groupCount == 40_000 && state.groupSizeCap == 10)
        for scale in SimulationScale.allCases { try SimulationConfig(scale: scale).validate() }
    }

    @Test(arguments: ["startYear", "years", "areaCount", "groupCount", "population", "targetArrestRows",
                      "contagionPerCoOffender", "contagionPerGroupMate", "groupSizeCap", "groupJoinScale"])
    func outOfRangeFieldIsNamed(_ field: String) {
        var config = SimulationConfig(scale: .tiny)
        switch field {
        case "startYear": config.startYear = 1850
        case "years": config.years = 0
        case "areaCount": config.areaCount = 0
        case "groupCount": config.groupCount = -1
        case "population": config.population = 10
        case "targetArrestRows": config.targetArrestRows = 99
        case "contagionPerCoOffender": config.contagionPerCoOffender = -1
        case "groupSizeCap": config.groupSizeCap = 0.5
        case "groupJoinScale": config.groupJoinScale = 1.5
        default: config.contagionPerGroupMate = .nan
        }
        #expect {
            try config.validate()
        } throws: { error in
            guard case .invalidConfiguration(let named, _, _) = error as? SimulationError else { return false }
            return named == field
        }
    }
}
