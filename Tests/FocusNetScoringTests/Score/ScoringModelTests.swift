import Foundation
import Testing
@testable import FocusNetScoring

@Suite struct ScoringModelTests {
    static func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scoring-\(UUID().uuidString).yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("YAML overrides only what it names")
    func partial() throws {
        let model = try ScoringModel.load(Self.file("points:\n  gun_arrests: 7\nnetwork:\n  components: [betweenness, victim_exposure]\n"))
        #expect(model.points.gunArrests == 7 && model.points.arrests == 1)
        #expect(model.network.components == [.betweenness, .victimExposure])
        #expect(model.composite.points == 0.5)
    }

    @Test("an unknown component or negative weights are errors naming the file")
    func errors() throws {
        let bad = try Self.file("network:\n  components: [charisma]\n")
        #expect(throws: ScoringModelError.self) { try ScoringModel.load(bad) }
        let negative = try Self.file("composite:\n  points: -1\n")
        #expect(throws: ScoringModelError.self) { try ScoringModel.load(negative) }
    }
}
