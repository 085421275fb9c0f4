import FocusNetGraph
import FocusNetScoring
import Foundation
import Testing
@testable import FocusNetOutput

/// Person ids and group labels that a spreadsheet would run as formulas (OWASP, "CSV
/// Injection") reach no CSV file as a formula: every text cell that starts with `=`, `+`, `-`,
/// `@`, tab or CR gets a leading apostrophe; numbers are written as they are.
@Suite struct SpreadsheetSafeOutputTests {
    static let dangerous: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    @Test("the one CSV writer: formulas defused, numbers and plain text untouched, RFC 4180 quoting after")
    func cells() {
        #expect(CSVWriter.cell("=HYPERLINK(\"http://x\",\"x\")") == "'=HYPERLINK(\"http://x\",\"x\")")
        #expect(CSVWriter.cell("@SUM(1)") == "'@SUM(1)" && CSVWriter.cell("+57 Blocc") == "'+57 Blocc")
        #expect(CSVWriter.cell("-12 Street") == "'-12 Street" && CSVWriter.cell("\tx") == "'\tx")
        #expect(CSVWriter.cell("-0.5") == "-0.5" && CSVWriter.cell("+3") == "+3" && CSVWriter.cell("1e-9") == "1e-9")
        #expect(CSVWriter.cell("P000123") == "P000123" && CSVWriter.cell("") == "" && CSVWriter.cell("2021-01-05") == "2021-01-05")
        var csv = CSVWriter(header: ["person_id", "score"])
        csv.row(["=1+1,2", "-0.25"])
        #expect(csv.text == "person_id,score\n\"'=1+1,2\",-0.25\n")
    }

    @Test("rank's files and the i2 tables: no cell starts like a formula unless it is a number")
    func rankFolderAndExport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("focusnet-formulas-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let ids = ["\"=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"", "@SUM(1)", "+57 Blocc", "-12 Street", "p5"]
        var arrests = "arrest_id,person_id,arrest_date\n"
        for (i, id) in ids.enumerated() { arrests += "A\(i / 2),\(id),2021-0\(1 + i / 2)-05\n" }
        arrests += "A9,p5,2021-04-01\nA9,@SUM(1),2021-04-01\n"
        try arrests.write(to: dir.appendingPathComponent("arrests.csv"), atomically: true, encoding: .utf8)
        let memberships = "person_id,group_id\n@SUM(1),=cmd|' /C calc'!A0\n+57 Blocc,=cmd|' /C calc'!A0\np5,-12 Street\n"
        try memberships.write(to: dir.appendingPathComponent("memberships.csv"), atomically: true, encoding: .utf8)
        let records = try RecordSet.read(InputSources(directory: dir))
        #expect(records.personIDs.contains("=HYPERLINK(\"http://x\",\"x\")"), "the formula-like id was read as data")
        let context = ScoringContext(records: records)
        let job = try RankJob(records: records, asOf: CalendarDay(year: 2021, month: 6, day: 30)!,
                              configuration: RankConfiguration(top: 5), context: context)
        let out = dir.appendingPathComponent("out")
        try RankOutput(ranking: job.ranking, records: records, context: context).write(parameters: job.parameters, to: out)
        let export = NetworkExport(ranking: job.ranking, records: records, context: context)
        try export.entitiesCSV().write(to: out.appendingPathComponent("entities.csv"), atomically: true, encoding: .utf8)
        try export.linksCSV().write(to: out.appendingPathComponent("links.csv"), atomically: true, encoding: .utf8)
        var defused = 0
        for name in ["call_in_list.csv", "scores.csv", "groups.csv", "network_edges.csv", "excluded.csv", "entities.csv", "links.csv"] {
            let table = try ReportCSV(url: out.appendingPathComponent(name))
            for row in [table.header] + table.rows {
                for cell in row {
                    if cell.hasPrefix("'") { defused += 1 }
                    guard let first = cell.first, Self.dangerous.contains(first) else { continue }
                    #expect(Double(cell) != nil, "\(name): \(cell)")
                }
            }
        }
        #expect(defused >= 8, "ids and labels were written, defused")
        let list = try String(contentsOf: out.appendingPathComponent("call_in_list.csv"), encoding: .utf8)
        #expect(list.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\"") && list.contains("'@SUM(1)"))
    }
}
