import Foundation
import Testing
import FocusNetEvaluation
@testable import FocusNetOutput

@Suite struct ReportCSVTests {
    func file(_ text: String) throws -> URL {
        let dir = ReportFixtures.temporaryDirectory("csv")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent("t.csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("header and rows, quoted fields with commas and quotes, columns by name")
    func reads() throws {
        let table = try ReportCSV(url: file("a,b,reasons\n1,2,\"x, y \"\"z\"\"\"\n3,4,\n"))
        #expect(table.header == ["a", "b", "reasons"])
        #expect(table.rows == [["1", "2", "x, y \"z\""], ["3", "4", ""]])
        #expect(try table.column("reasons") == 2)
        #expect(table.optionalColumn("nope") == nil)
        #expect(table.records[1]["b"] == "4")
    }

    @Test("a missing column names the file and column")
    func missingColumn() throws {
        let table = try ReportCSV(url: file("a\n1\n"))
        #expect(throws: ReportError.missingColumn(file: "t.csv", column: "b")) { try table.column("b") }
    }

    @Test("a malformed record names its line; an unreadable file its name")
    func malformed() throws {
        #expect(throws: ReportError.malformedRow(file: "t.csv", line: 3)) { try ReportCSV(url: file("a,b\n1,2\n3,\"4\"x\n")) }
        #expect(throws: ReportError.unreadable(file: "missing.csv")) {
            try ReportCSV(url: URL(fileURLWithPath: "/nonexistent/missing.csv"))
        }
    }
}
