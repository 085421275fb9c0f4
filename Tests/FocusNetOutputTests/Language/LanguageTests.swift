import FocusNetGraph
import FocusNetScoring
import Testing
@testable import FocusNetOutput

/// The translation tables and the language's formatting of dates, periods and lists.
@Suite struct LanguageTests {
    @Test("every key has a template in both tables, and both use the same placeholders")
    func tablesMatch() {
        for key in MessageKey.allCases {
            let en = MessageTable.english[key], es = MessageTable.spanish[key]
            #expect(en != nil && es != nil, "\(key) is missing a template")
            if let en, let es {
                #expect(MessageTemplate.placeholders(en) == MessageTemplate.placeholders(es), "\(key): placeholders differ")
                #expect(!en.isEmpty && !es.isEmpty)
            }
        }
        #expect(MessageTable.english.count == MessageKey.allCases.count && MessageTable.spanish.count == MessageKey.allCases.count)
    }

    @Test("placeholders and plurals are filled")
    func fill() {
        #expect(MessageTemplate.fill("{n} {n|arrest|arrests} on {d}", ["n": "1", "d": "x"]) == "1 arrest on x")
        #expect(MessageTemplate.fill("{n} {n|arrest|arrests}", ["n": "2"]) == "2 arrests")
        #expect(MessageTemplate.placeholders("{a} {b|x|y} {a}") == ["a", "b"])
        #expect(Language.es.text(.periodMonths, ["n": "18"]) == "18 meses" && Language.en.text(.periodYears, ["n": "1"]) == "1 year")
    }

    @Test("dates as sentences write them: 11 Nov 2023, 11 nov 2023")
    func dates() {
        let day = CalendarDay(year: 2023, month: 11, day: 11)!
        #expect(Language.en.date(day) == "11 Nov 2023" && Language.es.date(day) == "11 nov 2023")
        #expect(Language.es.date(CalendarDay(year: 2024, month: 1, day: 2)!) == "2 ene 2024")
    }

    @Test("elapsed time in the unit that reads naturally")
    func elapsed() {
        #expect(Language.en.elapsed(days: 1) == "1 day" && Language.en.elapsed(days: 13) == "13 days")
        #expect(Language.en.elapsed(days: 50) == "7 weeks" && Language.es.elapsed(days: 50) == "7 semanas")
        #expect(Language.en.elapsed(days: 365) == "12 months" && Language.en.elapsed(days: 800) == "2 years")
    }

    @Test("the locale decides the default: LC_ALL, then LC_MESSAGES, then LANG; es… is Spanish")
    func locale() {
        #expect(Language(environment: [:]) == .en)
        #expect(Language(environment: ["LANG": "es_MX.UTF-8"]) == .es)
        #expect(Language(environment: ["LANG": "es_MX.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language(environment: ["LC_MESSAGES": "es", "LANG": "C.UTF-8"]) == .es)
        #expect(Language(environment: ["LC_ALL": "", "LANG": "es_ES"]) == .es)   // an empty variable is not set
    }

    @Test("the summary lines rank and call-in print")
    func summary() {
        let values = ["n": "20", "mode": "groups", "excluded": "65", "files": "11", "out": "out"]
        #expect(Language.en.text(.summaryListed, values) == "listed 20 (groups); 65 excluded above the cut; wrote 11 files to out")
        #expect(Language.es.text(.summaryListed, values)
            == "lista de convocatoria: 20 personas (groups); 65 excluidas por encima del corte; se escribieron 11 archivos en out")
        #expect(Language.es.text(.summaryServices, ["n": "3", "age": "18"])
            == "3 menores de 18 que la lista habría convocado: se les ofrecen servicios (services.csv), no se les convoca")
    }

    @Test("lists: G1, G2 and G3 / G1, G2 y G3")
    func lists() {
        #expect(Language.en.list(["G1", "G2", "G3"]) == "G1, G2 and G3" && Language.es.list(["G1", "G2"]) == "G1 y G2")
        #expect(Language.en.list(["G1"]) == "G1")
    }
}

/// Display labels for a report: column names and eligibility in both languages.
@Suite struct LanguageLabelTests {
    @Test("every column people read has a display name in both languages; identifiers of measures have none")
    func columns() {
        for column in CallInListColumn.allCases.map(\.rawValue) + ServicesColumn.allCases.map(\.rawValue) {
            #expect(Language.en.columnName(column) != nil && Language.es.columnName(column) != nil, "\(column)")
        }
        #expect(Language.es.columnName("risk_band") == "Nivel de riesgo" && Language.en.columnName("eigenvector") == nil)
    }

    @Test("eligibility: English as the files write it, Spanish for people")
    func eligibility() {
        let statuses: [Eligibility.Status] = [.eligible, .flagged(.under(18)), .excluded(.inCustody), .excluded(.deceased),
                                              .excluded(.notSupervised), .excluded(.supervisionUnknown),
                                              .excluded(.noRecentViolence(CalendarPeriod(count: 2, unit: .years)))]
        #expect(statuses.allSatisfy { Language.en.label($0) == $0.label.replacingOccurrences(of: "2y", with: "2 years") })
        #expect(Language.es.label(.excluded(.inCustody)) == "excluido: bajo custodia")
        #expect(Language.es.label(.flagged(.under(18))) == "con aviso: menor de 18 años")
    }

    @Test("a window ending at the as-of date, read aloud: one unit without its number; Spanish gender and contraction by unit")
    func lastPeriod() {
        func p(_ text: String) -> CalendarPeriod { CalendarPeriod(text)! }
        #expect(Language.en.last(p("18mo")) == "the last 18 months")
        #expect(Language.en.last(p("1y")) == "the last year")
        #expect(Language.es.last(p("18mo")) == "de los últimos 18 meses")
        #expect(Language.es.last(p("1y")) == "del último año")
        #expect(Language.es.last(p("1w")) == "de la última semana")
        #expect(Language.es.last(p("26w")) == "de las últimas 26 semanas")
    }
}
