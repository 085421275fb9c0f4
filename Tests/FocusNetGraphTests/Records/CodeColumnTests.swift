import Testing
@testable import FocusNetGraph

@Suite("CodeColumn")
struct CodeColumnTests {
    @Test("codes are numbered in name order whatever the row order; 0 is blank")
    func order() {
        var builder = CodeColumnBuilder()
        for value in ["prison", nil, "jail", "prison"] { builder.append(code: builder.intern(value)) }
        #expect(builder.lookup("jail") == 2)
        #expect(builder.lookup("bail") == nil)
        #expect(builder.lookup(nil) == 0)
        let column = builder.finish()
        #expect(column.names == ["jail", "prison"])
        #expect(column.codes == [2, 0, 1, 2])
        #expect((0..<4).map { column[$0] } == ["prison", nil, "jail", "prison"])
    }
}
