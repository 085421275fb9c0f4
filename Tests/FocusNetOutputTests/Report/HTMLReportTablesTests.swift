import FocusNetGraph
import FocusNetScoring
import Foundation
import Testing
@testable import FocusNetOutput

/// The list table's columns and risk bands, and the services section, in new and older folders.
@Suite struct HTMLReportTablesTests {
    /// `call_in_list.csv` of `folder` without the column `name` (a folder written before it existed).
    static func dropColumn(_ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent("call_in_list.csv")
        let table = try ReportCSV(url: url)
        let drop = try table.column(name)
        var writer = CSVWriter(header: table.header.enumerated().filter { $0.offset != drop }.map(\.element))
        for row in table.rows { writer.row(row.enumerated().filter { $0.offset != drop }.map(\.element)) }
        try writer.text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test("the list shows each person's risk band under the column's display name; the card's data carries it")
    func bands() throws {
        let folder = try ReportFixtures.rankFolder(top: 20)
        let rank = try RankFolder(folder: folder)
        #expect(rank.list.allSatisfy { $0.band != nil && $0.bandLabel != nil })
        let report = try HTMLReport(folder: folder)
        let html = report.html()
        #expect(html.contains("<th>Risk band</th>") && html.contains("<th class=\"num\">Overall rank</th>")
            && html.contains("<th class=\"num\">Composite score</th>"))
        let first = try #require(rank.list.first)
        #expect(html.contains("<td class=\"band\">\(first.band!.label(.en))</td>"))
        let data = report.pageData(rank)
        #expect(data.people.first?.riskBand == first.band!.label(.en))
        #expect(data.people.filter { $0.listRank == nil }.allSatisfy { $0.riskBand == nil })
        // A report in another language than the list's names the bands in its own (from the JSON's stable value).
        #expect(try HTMLReport(folder: folder, text: .spanish).html().contains("<td class=\"band\">\(first.band!.label(.es))</td>"))
    }

    @Test("services.csv: a section with the count and the minors' rows, their ids pseudonymized with the rest")
    func services() throws {
        let folder = try ReportFixtures.rankFolder(top: 20)
        let minors = try #require(RankFolder(folder: folder).services)
        #expect(!minors.isEmpty, "Examples/data's top 20 would have invited minors")
        let html = try HTMLReport(folder: folder).html()
        #expect(html.contains("<section id=\"services\">") && html.contains("<a href=\"#services\">Offered services, not invited</a>"))
        #expect(html.contains("<b>\(minors.count)</b> minors whom the list would have invited"))
        #expect(html.components(separatedBy: "<table class=\"services\">").count == 2)
        #expect(html.contains("<th>Why not invited</th>"))
        for m in minors {
            #expect(html.contains("<td class=\"num\">\(m.overallRank)</td><td class=\"id\">\(m.id)</td><td class=\"num\">\(m.age)</td>"))
            #expect((Int(m.age) ?? 99) < 18)
        }
        let key = try ReportFixtures.key(5)
        let pseudonymized = try HTMLReport(folder: folder, pseudonymizer: key).html()
        for m in minors {
            #expect(!pseudonymized.contains(">\(m.id)<") && pseudonymized.contains("<td class=\"id\">\(key.pseudonym(m.id))</td>"))
        }
    }

    @Test("an empty services.csv says nobody is offered services instead; no table")
    func noServices() throws {
        let folder = try ReportFixtures.rankFolder(top: 20)
        try "overall_rank,person_id,age,reasons,why_not_invited\n".write(to: folder.appendingPathComponent("services.csv"), atomically: true,
                                                                         encoding: .utf8)
        let html = try HTMLReport(folder: folder).html()
        #expect(html.contains("<section id=\"services\">") && html.contains(ReportText.english.servicesNone))
        #expect(!html.contains("<table class=\"services\">"))
    }

    @Test("an older folder, without services.csv, risk_band or the JSON: no services section, no band column, the rest as before")
    func olderFolder() throws {
        let folder = try ReportFixtures.rankFolder(top: 10)
        for file in ["services.csv", "call_in_list.json"] { try FileManager.default.removeItem(at: folder.appendingPathComponent(file)) }
        try Self.dropColumn("risk_band", in: folder)
        let rank = try RankFolder(folder: folder)
        #expect(rank.services == nil && rank.list.count == 10 && rank.list.allSatisfy { $0.band == nil && $0.bandLabel == nil })
        let report = try HTMLReport(folder: folder)
        let html = report.html()
        #expect(!html.contains("id=\"services\"") && !html.contains("Risk band</th>") && !html.contains("class=\"band\""))
        #expect(html.contains("<section id=\"list\">") && html.components(separatedBy: "<tr data-person=").count
            + html.components(separatedBy: "<tr class=\"flagged\" data-person=").count - 2 == 10)
        #expect(report.pageData(rank).people.allSatisfy { $0.riskBand == nil })
    }

    @Test("a band column as the CSV wrote it is shown when the JSON has none")
    func bandFromCSV() throws {
        let folder = try ReportFixtures.rankFolder(top: 5, language: .es)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("call_in_list.json"))
        let rank = try RankFolder(folder: folder)
        let labels = Set(RiskBand.allCases.map { $0.label(.es) })
        #expect(rank.list.allSatisfy { $0.band == nil && labels.contains($0.bandLabel ?? "") })
        #expect(try HTMLReport(folder: folder).html().contains("<td class=\"band\">\(rank.list[0].bandLabel!)</td>"))
    }

    @Test("eligibility labels of the files are shown in the report's language; other text as written")
    func eligibility() throws {
        let statuses: [Eligibility.Status] = [
            .eligible, .flagged(.under(18)), .excluded(.deceased), .excluded(.inCustody), .excluded(.notSupervised),
            .excluded(.supervisionUnknown), .excluded(.noRecentViolence(try #require(CalendarPeriod("18mo")))),
        ]
        for status in statuses { #expect(HTMLReport.status(status.label) == status, "\(status.label)") }
        #expect(HTMLReport.status("flagged: something else") == nil && HTMLReport.status("eligible-ish") == nil)
        let folder = try ReportFixtures.rankFolder(top: 5)
        let spanish = try HTMLReport(folder: folder, text: .spanish), english = try HTMLReport(folder: folder)
        #expect(spanish.eligibilityText("excluded: in custody") == "excluido: bajo custodia")
        #expect(spanish.eligibilityText("flagged: under 18") == "con aviso: menor de 18 años")
        #expect(spanish.eligibilityText("anything else") == "anything else" && english.eligibilityText("eligible") == "eligible")
        // The filter keeps the files' label as its value and shows the translation.
        #expect(spanish.html().contains("<option value=\"eligible\">elegible</option>"))
    }
}
