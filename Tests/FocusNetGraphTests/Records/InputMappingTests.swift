import Foundation
import Testing
@testable import FocusNetGraph

@Suite("InputMapping and MappingSet")
struct InputMappingTests {
    /// The error text of a mapping failure.
    func failure(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch let error as RecordError {
            guard case .invalidMapping = error else { return "unexpected \(error)" }
            return error.description
        } catch { return "unexpected \(error)" }
    }

    @Test("YAML: a block's encoding wins over the run's; blocks without one take the run's, then UTF-8")
    func encodingKey() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        var set = try MappingSet.load(scratch.file("m.yaml", "arrests:\n  encoding: windows-1252\npersons:\n  columns: { person_id: id }\n"))
        #expect(set[.arrests].encoding == .windows1252)
        #expect(set[.persons].encoding == nil && set[.custody].encoding == nil)
        set.encoding = .iso8859_1
        #expect(set[.arrests].encoding == .windows1252)
        #expect(set[.persons].encoding == .iso8859_1 && set[.custody].encoding == .iso8859_1)
        #expect(failure { _ = try MappingSet.load(scratch.file("bad.yaml", "arrests:\n  encoding: utf-16\n")) }
            == "mapping \(scratch.url.path)/bad.yaml: arrests.encoding: unknown encoding 'utf-16'; expected utf-8, windows-1252 or iso-8859-1")
    }

    @Test("YAML: columns, date formats, pivot, folded code tables and the unknown-code policy")
    func loadYAML() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("m.yaml", """
            arrests:
              columns: { arrest_id: folio, person_id: id_persona, arrest_date: fecha_detencion, offense_category: delito }
              date_formats: [dmy, iso]
              two_digit_year_pivot: 30
              codes:
                offense_category: { Homicidio: violent, "Portación  de ARMA": Weapons }
              unknown_codes: other
            persons:
              columns: { person_id: id }
            """)
        let set = try MappingSet.load(url)
        let arrests = set[.arrests]
        #expect(arrests.columns == ["arrest_id": "folio", "person_id": "id_persona", "arrest_date": "fecha_detencion",
                                    "offense_category": "delito"])
        #expect(arrests.dateFormats == [.dmy, .iso])
        #expect(arrests.twoDigitYearPivot == 30)
        #expect(arrests.codes == ["offense_category": ["homicidio": "violent", "portación de arma": "weapons"]])
        #expect(arrests.unknownCodes == .other)
        #expect(set[.persons].header(for: "person_id") == "id")
        #expect(set[.persons].dateFormats == [])   // not declared: inferred per column
        #expect(set[.victimizations] == InputMapping())
    }

    @Test("YAML errors name what is wrong", arguments: [
        ("gangs:\n  columns: { person_id: id }\n", "unknown input 'gangs'"),
        ("arrests:\n  columns: { arest_id: folio }\n", "'arest_id' is not a column of arrests"),
        ("arrests:\n  colums: { arrest_id: folio }\n", "unknown key 'colums'"),
        ("arrests:\n  date_formats: [dd/mm/yyyy]\n", "date_formats"),
        ("arrests:\n  date_formats: []\n", "date_formats is empty"),
        ("arrests:\n  two_digit_year_pivot: 130\n", "two_digit_year_pivot must be 0–99"),
        ("arrests:\n  codes: { arrest_id: { a: b } }\n", "codes given for 'arrest_id'"),
        ("arrests:\n  codes: { offense_category: { robo: theft } }\n", "maps 'robo' to 'theft'"),
        ("arrests:\n  codes: { offense_category: { Robo: property, ROBO: violent } }\n", "mapped both to"),
        ("arrests:\n  unknown_codes: drop\n", "unknown_codes"),
        ("", "the file is empty"),
        ("arrests: [1, 2]\n", "arrests"),
    ])
    func yamlErrors(_ yaml: String, _ expected: String) {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("bad.yaml", yaml)
        let message = failure { _ = try MappingSet.load(url) }
        #expect(message?.contains(expected) == true, "\(message ?? "no error")")
        #expect(message?.contains(url.path) == true)
    }

    @Test("a missing mapping file is an invalid mapping, not a crash")
    func missingFile() {
        let message = failure { _ = try MappingSet.load(URL(fileURLWithPath: "/nonexistent/m.yaml")) }
        #expect(message?.contains("cannot read the file") == true)
    }

    @Test("inline --map: unqualified pairs map arrests, kind.column pairs map that input")
    func inline() throws {
        var set = MappingSet()
        try set.apply(inline: "arrest_id=event_id, arrest_date = date,persons.person_id=id")
        #expect(set[.arrests].columns == ["arrest_id": "event_id", "arrest_date": "date"])
        #expect(set[.persons].columns == ["person_id": "id"])
    }

    @Test("inline --map overrides the YAML file's column")
    func inlineOverridesFile() throws {
        var set = MappingSet([.arrests: InputMapping(columns: ["arrest_id": "folio"], dateFormats: [.dmy])])
        try set.apply(inline: "arrest_id=event_id")
        #expect(set[.arrests].columns == ["arrest_id": "event_id"])
        #expect(set[.arrests].dateFormats == [.dmy])
    }

    @Test("inline --map errors name the pair or column", arguments: [
        ("arrest_id", "'arrest_id' is not of the form"), ("=x", "is not of the form"), ("arrest_id=", "is not of the form"),
        ("foo=bar", "'foo' is not a column of arrests"), ("gangs.group=g", "unknown input 'gangs'"),
        ("persons.arrest_id=x", "'arrest_id' is not a column of persons"),
    ])
    func inlineErrors(_ text: String, _ expected: String) {
        var set = MappingSet()
        let message = failure { try set.apply(inline: text) }
        #expect(message?.contains(expected) == true, "\(message ?? "no error")")
        #expect(message?.hasPrefix("mapping --map") == true)
    }

    @Test("code tables given in code are folded too")
    func foldedInInit() {
        let m = InputMapping(codes: ["offense_category": [" HOMICIDIO ": "Violent"]])
        #expect(m.codes == ["offense_category": ["homicidio": "violent"]])
    }
}
