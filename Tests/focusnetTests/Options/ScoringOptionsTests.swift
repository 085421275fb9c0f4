import FocusNet
import Testing
@testable import focusnet

@Suite struct ScoringOptionsTests {
    @Test("--components takes repeated and comma-separated names, in order")
    func commaSeparatedComponents() throws {
        let options = try ScoringOptions.parse(["--components", "strength, eigenvector", "--components", "victim_exposure"])
        #expect(try options.configuration(lookback: nil).model.network.components == [.strength, .eigenvector, .victimExposure])
        #expect(try ScoringOptions.parse([]).configuration(lookback: nil).model.network.components == [.strength, .eigenvector, .victimExposure])
        #expect(throws: (any Error).self) { try ScoringOptions.parse(["--components", "strength,charisma"]) }
    }
}
