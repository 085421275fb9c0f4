import Testing
@testable import FocusNetSimulation

@Suite struct DefectKindTests {
    @Test func countsAreAtLeastOneAndOtherwiseTheRoundedRate() {
        #expect(DefectKind.duplicateRow.count(of: 0) == 0)
        #expect(DefectKind.duplicateRow.count(of: 6) == 1)            // 0.06 → at least 1
        #expect(DefectKind.duplicateRow.count(of: 1_959) == 20)       // 19.59 → 20
        #expect(DefectKind.impossibleDate.count(of: 300_000) == 300)
        #expect(DefectKind.byteOrderMark.count(of: 7) == 4)           // 3.5 → 4, half the files rounded up
    }

    @Test func rejectingDefectsStayUnderTheDefaultRejectRate() {
        let rejecting = DefectKind.allCases.filter { $0.effect == .rejected }
        #expect(Set(rejecting) == [.blankPersonID, .unparseableDate, .impossibleDate, .unknownCode])
        #expect(rejecting.reduce(0) { $0 + $1.rate } < 0.01)
        #expect(DefectKind.allCases.filter { $0.effect == .file } == [.byteOrderMark, .crlfLineEnds])
    }
}
