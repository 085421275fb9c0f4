import Foundation
import Testing
@testable import FocusNetOutput

/// `ReportText.spanish` replaces every text of `ReportText.english`.
@Suite struct ReportTextSpanishTests {
    static let reportFolder = ReportFixtures.packageRoot.appendingPathComponent("Sources/FocusNetOutput/Report")

    /// The names of the `package var`s of `ReportText.swift`.
    static func properties() throws -> [String] {
        let source = try String(contentsOf: reportFolder.appendingPathComponent("ReportText.swift"), encoding: .utf8)
        return source.components(separatedBy: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "    package var ") else { return nil }
            return String(line[range.upperBound...].prefix { $0.isLetter || $0.isNumber })
        }
    }

    @Test("every text of ReportText is set in ReportText+Spanish.swift")
    func everyPropertySet() throws {
        let names = try Self.properties()
        #expect(names.count > 200, "the scanner found the properties")
        let spanish = try String(contentsOf: Self.reportFolder.appendingPathComponent("ReportText+Spanish.swift"), encoding: .utf8)
        let missing = names.filter { !spanish.contains("        t.\($0) = ") }
        #expect(missing.isEmpty, "not translated: \(missing)")
    }

    @Test("every label differs from the English one, except the product name; the tables keep their keys")
    func labelsDiffer() throws {
        let english = Mirror(reflecting: ReportText.english).children, spanish = Mirror(reflecting: ReportText.spanish).children
        var strings = 0
        for (en, es) in zip(english, spanish) {
            let name = try #require(en.label)
            if let a = en.value as? String, let b = es.value as? String {
                strings += 1
                if name != "titlePrefix" { #expect(a != b, "\(name) is the same in Spanish: \(a)") }
            }
            if let a = en.value as? [String: String], let b = es.value as? [String: String] {
                #expect(Set(a.keys) == Set(b.keys), "\(name)")
                for (key, value) in a { #expect(b[key] != value, "\(name)[\(key)]") }
            }
        }
        #expect(strings > 150)
        #expect(ReportText.spanish.language == "es" && ReportText(.es).language == "es" && ReportText(.en).language == "en")
        let script = ReportText.spanish.scriptStrings
        #expect(Set(script.keys) == Set(ReportText.english.scriptStrings.keys))
        #expect(script["riskBand"] == "Nivel de riesgo" && ReportText.english.scriptStrings["riskBand"] == "Risk band")
    }

    @Test("sentences with numbers: agreement in number, the Mexican terms, HTML emphasis kept")
    func sentences() {
        let t = ReportText.spanish
        #expect(t.listTitle("2023-12-31") == "Lista de convocatoria con fecha de corte 2023-12-31")
        #expect(t.pathHead(1, "P000024", "2023-08-09") == "A 1 vínculo de una víctima de disparo reciente (P000024, víctima de disparo el 2023-08-09)")
        #expect(t.pathHead(2, "P1", "2023-01-01").hasPrefix("A 2 vínculos "))
        #expect(t.egoCoOffenders(1, 0, 1, 1) == "1 persona codetenida, 1 víctima de disparo")
        #expect(t.egoCoOffenders(5, 2, 0, 3) == "5 personas codetenidas (2 en la lista); 3 dibujadas")
        #expect(t.servicesCaption(1).hasPrefix("<b>1</b> menor de edad que la lista habría convocado: se le ofrecen servicios"))
        #expect(t.servicesCaption(3).contains("no están en la lista de convocatoria"))
        #expect(t.backtestSubtitle("1y", "bt").contains("ventana de resultados (D, D + 1y]"))
        #expect(t.backtestTitle(["2022-06-30"]) == "Evaluación retrospectiva, 1 fecha de origen (2022-06-30)")
        #expect(t.coefficientsCaption(true).contains("ventana de resultados"))
    }
}

/// A Spanish report of Examples/data, as `focusnet report` writes it for a list of `rank --language es`.
@Suite struct SpanishReportTests {
    @Test("a Spanish list gives a Spanish report: lang, title, column names, bands, reasons, services and the card's strings")
    func rendered() throws {
        let folder = try ReportFixtures.rankFolder(top: 20, language: .es)
        let language = try #require(HTMLReport.recordedLanguage(in: folder))
        #expect(language == .es)
        let html = try HTMLReport(folder: folder, text: ReportText(language)).html()
        for expected in [
            "<html lang=\"es\">",
            "<h1>Lista de convocatoria con fecha de corte 2023-12-31</h1>",
            "<a href=\"#list\">Lista de convocatoria</a>",
            "<th class=\"num\">Posición general</th><th class=\"num\">Puntuación compuesta</th>",
            "<th>Elegibilidad</th><th>Nivel de riesgo</th><th>Motivos</th>",
            // P000021, #3: shot on 2022-12-07, ranked 4th of everyone scored.
            "<td class=\"id\">P000021</td><td class=\"num\">4</td><td class=\"num\">0.981</td><td class=\"num\">66</td>"
                + "<td class=\"num\">0.902</td><td>G004</td><td>elegible</td><td class=\"band\">alto</td>"
                + "<td class=\"reasons\">Víctima de disparo el 7 dic 2022 (12 meses antes de la fecha de corte); ",
            "Víctima de disparo el 9 ago 2023 (4 meses antes de la fecha de corte)",
            "<h2>Se les ofrecen servicios, no se les convoca</h2>",
            "menores de edad que la lista habría convocado: se les ofrecen servicios y acercamiento en lugar de una convocatoria",
            "Menor de 18 años en la fecha de corte: se le ofrecen servicios, no se le convoca",
            "<td class=\"id\">P000544</td><td class=\"num\">3</td><td>menor de 18 años</td>",
            "\"timeline\":\"Cronología\"", "\"offense_property\":\"contra la propiedad\"", "\"riskBand\":\"Nivel de riesgo\"",
        ] {
            #expect(html.contains(expected), "\(expected)")
        }
        #expect(!html.contains("Call-in list") && !html.contains(">Reasons<") && !html.contains("Risk band"))
    }

    @Test("the recorded language: es and en from rank's manifest, none for a backtest folder or a missing manifest")
    func recordedLanguage() throws {
        #expect(HTMLReport.recordedLanguage(in: try ReportFixtures.rankFolder(top: 3)) == .en)
        #expect(HTMLReport.recordedLanguage(in: try ReportFixtures.backtestFolder()) == nil)
        #expect(HTMLReport.recordedLanguage(in: ReportFixtures.temporaryDirectory("none")) == nil)
    }
}
