import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetOutput

@Suite struct HTMLReportInteractiveTests {
    @Test("scriptSafeJSON: no </script>, <!-- or line separator survives, and the JSON parses to the same value")
    func scriptSafe() throws {
        let hostile = "</script><script>alert(1)</script><!-- & \u{2028}\u{2029} \"é\""
        let json = String(decoding: try JSONSerialization.data(withJSONObject: ["id": hostile]), as: UTF8.self)
        let safe = HTMLReport.scriptSafeJSON(json)
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}"] { #expect(!safe.contains(forbidden), "\(forbidden)") }
        #expect(safe.contains("\\u003c\\/script\\u003e"), "JSONSerialization writes / as \\/")
        let back = try JSONSerialization.jsonObject(with: Data(safe.utf8)) as? [String: String]
        #expect(back == ["id": hostile])
    }

    @Test("a listed id that closes the script element stays inside the data: three scripts, all closed where they should be")
    func hostileID() throws {
        let folder = try ReportFixtures.rankFolder(top: 3)
        try ReportFixtures.replaceFirstListedID(in: folder, with: "</script><script>alert(1)</script>")
        let html = try HTMLReport(folder: folder).html()
        #expect(html.components(separatedBy: "</script>").count - 1 == 3)
        #expect(!html.contains("<script>alert(1)"))
        #expect(html.contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)"))
        #expect(html.contains("data-person=\"&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""))
    }

    @Test("the page's data: the listed people with timelines, their co-offenders without, ties among them only")
    func pageData() throws {
        let report = try HTMLReport(folder: ReportFixtures.rankFolder(top: 20))
        let rank = try #require(report.rank)
        let data = report.pageData(rank)
        #expect(data.asOf == "2023-12-31")
        let listed = data.people.filter { $0.listRank != nil }
        #expect(listed.map(\.listRank) == Array(1...20).map(Optional.some))
        #expect(listed.allSatisfy { $0.timeline != nil && $0.area != nil })
        #expect(data.people.filter { $0.listRank == nil }.allSatisfy { $0.timeline == nil })
        // One step: every person is listed or shares an arrest with a listed person; nobody twice.
        #expect(Set(data.people.map(\.id)).count == data.people.count)
        #expect(Set(data.people.map(\.id)) == Set(rank.persons.keys))
        for t in data.ties { #expect(t.count == 3 && Int(t[0]) < data.people.count && Int(t[1]) < data.people.count && t[2] > 0) }
        // P000024 (#7; minors go to services.csv, not the list), hand-read from Examples/data: 8 arrests in (2018-12-31, 2023-12-31] (4 in 2018 fall
        // outside), shot on 2023-08-09, member of G004 first seen 2018-01-15.
        let p = try #require(data.people.first { $0.id == "P000024" })
        #expect(p.listRank == 7)
        let timeline = try #require(p.timeline)
        #expect(timeline.filter { $0.kind == "arrest" }.map(\.date)
            == ["2022-06-26", "2022-09-11", "2023-01-17", "2023-02-15", "2023-03-26", "2023-07-14", "2023-10-11", "2023-12-29"])
        #expect(timeline.filter { $0.kind == "victimization" }.map(\.date) == ["2023-08-09"])
        #expect(timeline.map(\.date) == timeline.map(\.date).sorted())
        #expect(p.shot && p.groups == ["G004"] && p.area == "A02")
        #expect(data.text["timeline"] == ReportText.english.timeline)
    }

    @Test("controls and card: hidden without a script, filters offered for the list's groups, areas and eligibility")
    func controls() throws {
        let html = try HTMLReport(folder: ReportFixtures.rankFolder(top: 20)).html()
        #expect(html.contains("<div id=\"controls\" class=\"controls\" hidden>"))
        #expect(html.contains("<aside id=\"card\" class=\"person-card\" hidden"))
        #expect(html.contains("<option value=\"G004\">G004</option>") && html.contains("<select id=\"f-area\">"))
        #expect(html.contains("<tr data-person=\"P000024\">"))
    }

    @Test("the text is a parameter: a changed label shows in the page and in the script's strings")
    func text() throws {
        var text = ReportText()
        text.listHeading = "Lista de convocatoria"
        text.timeline = "Cronología"
        let html = try HTMLReport(folder: ReportFixtures.rankFolder(top: 5), text: text).html()
        #expect(html.contains("<h2>Lista de convocatoria</h2>") && html.contains("\"timeline\":\"Cronología\""))
        #expect(!html.contains("<h2>Call-in list</h2>"))
    }
}
