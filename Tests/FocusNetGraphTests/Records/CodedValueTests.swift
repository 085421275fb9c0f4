import Testing
@testable import FocusNetGraph

@Suite struct CodedValueTests {
    @Test("each code reads back as its value; any other text is no value")
    func namesReadBack() {
        for value in OffenseCategory.allCases { #expect(OffenseCategory(name: value.description) == value) }
        for value in VictimizationType.allCases { #expect(VictimizationType(name: value.description) == value) }
        for value in CustodyStatus.allCases { #expect(CustodyStatus(name: value.description) == value) }
        for value in Supervision.allCases { #expect(Supervision(name: value.description) == value) }
        #expect(OffenseCategory.names == ["violent", "weapons", "narcotics", "property", "other"])
        #expect(VictimizationType.names == ["shot_fatal", "shot_nonfatal"])
        #expect(OffenseCategory(name: "Violent") == nil && VictimizationType(name: "") == nil)
        #expect(Supervision(name: "none") == Supervision.none && CustodyStatus(name: "jail") == nil)
    }
}
