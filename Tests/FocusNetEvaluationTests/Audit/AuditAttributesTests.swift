import Testing
@testable import FocusNetEvaluation

@Suite struct AuditAttributesTests {
    @Test("age bands at D, with their edges")
    func bands() {
        #expect(AuditAttributes.ageBand(17) == "under 18")
        #expect(AuditAttributes.ageBand(18) == "18-24")
        #expect(AuditAttributes.ageBand(24) == "18-24")
        #expect(AuditAttributes.ageBand(25) == "25-34")
        #expect(AuditAttributes.ageBand(44) == "35-44")
        #expect(AuditAttributes.ageBand(45) == "45+")
    }

    @Test("missing attributes are a group of their own, never imputed")
    func missing() throws {
        let (_, s) = try OriginSnapshotTests.snapshot(OriginSnapshotTests.base)
        let groupings = Dictionary(uniqueKeysWithValues: s.attributes.groupings.map { ($0.attribute, $0.groups) })
        #expect(groupings["race"] == ["black", "white", "missing", "black", "hispanic"])
        #expect(groupings["sex"] == ["m", "m", "f", "missing", "m"])
        #expect(groupings["area"] == ["A1", "A1", "A2", "missing", "A2"])
        #expect(groupings["juvenile"] == ["no", "yes", "no", "no", "no"])
        #expect(groupings["violent_or_gun_arrest_2y"] == ["yes", "yes", "yes", "yes", "no"])
    }
}
