import Foundation
import Testing
@testable import FocusNetGraph

@Suite("CustodyTable")
struct CustodyTableTests {
    @Test("open and scheduled ends are accepted; an end before its start and a start after the data's end are not")
    func periods() throws {
        let text = """
            person_id,start,end,type
            P1,2022-01-01,2022-01-05,Jail
            P2,2023-06-01,,prison
            P3,2024-06-01,2027-06-01,prison
            P4,2022-05-01,2022-04-30,jail
            P5,2025-01-01,2025-02-01,jail
            P1,2022-01-01,2022-01-05,jail

            """
        let (records, paths) = try readRecords([.custody: text, .arrests: "arrest_id,person_id,arrest_date\n"])
        let f = paths[.custody]!
        #expect(records.rejects == [
            Rejection(file: f, line: 5, column: "end", value: "2022-04-30", reason: "end before start"),
            Rejection(file: f, line: 6, column: "start", value: "2025-01-01", reason: "start after the data's end"),
        ])
        #expect(counts(records.report(.custody)) == [6, 3, 1, 2])
        let t = records.custody
        #expect(t.start == [day("2022-01-01"), day("2023-06-01"), day("2024-06-01")])
        #expect(t.end == [day("2022-01-05"), nil, day("2027-06-01")])
        #expect(t.type.names == ["jail", "prison"])
        #expect(t.type.codes == [1, 2, 2])
    }
}
