import Foundation
import Testing
@testable import FocusNetGraph

/// The mappings shipped in Examples/mappings, each run on its example files.
@Suite("Example mappings")
struct ExampleMappingsTests {
    static let folder = packageRoot.appendingPathComponent("Examples/mappings")

    static func read(_ data: String, mapping: String, dataEnd: String = "2024-06-30") throws -> RecordSet {
        let set = try MappingSet.load(folder.appendingPathComponent(mapping))
        return try RecordSet.read(InputSources(directory: folder.appendingPathComponent(data)), mapping: set,
                                  dataEnd: day(dataEnd))
    }

    @Test("canonical.yaml reads every kind of canonical-example (ties are the alternative to arrests) with no reject; the alias joins its person")
    func canonical() throws {
        let records = try Self.read("canonical-example", mapping: "canonical.yaml")
        #expect(records.rejects.isEmpty)
        #expect(records.reports.map(\.kind) == InputKind.allCases.filter { $0 != .ties })
        #expect(records.reports.map(\.rowsRead) == [13, 4, 2, 2, 9, 2, 1, 3])
        #expect(records.reports.allSatisfy { $0.accepted == $0.rowsRead && $0.reconciles })
        #expect(records.personIDs == (1...9).map { "P00\($0)" })
        #expect(records.report(.arrests)?.aliasesResolved == 1)
        #expect(records.ties()["P001|P006"] == 1)                  // A005 was recorded under the alias P900
        #expect(records.areaIDs == ["East", "North", "South"])
        #expect(records.incidentIDs == ["I-01", "I-02"])
        #expect(records.persons.custodyStatus.filter { $0 == .deceased }.count == 1)

        // The same files with no mapping at all give the same records.
        let bare = try RecordSet.read(InputSources(directory: Self.folder.appendingPathComponent("canonical-example")),
                                      dataEnd: day("2024-06-30"))
        #expect(bare.personIDs == records.personIDs)
        #expect(bare.ties() == records.ties())
    }

    @Test("spanish-prosecutor.yaml: folio, id_persona, fecha_detencion, delito with dd/mm/yyyy dates and mapped delitos")
    func spanish() throws {
        let records = try Self.read("spanish-example", mapping: "spanish-prosecutor.yaml")
        #expect(records.rejects.isEmpty)
        #expect(counts(records.report(.arrests)) == [18, 18, 0, 0])
        #expect(counts(records.report(.victimizations)) == [4, 4, 0, 0])
        let a = records.arrests
        let byCharge = Dictionary((0..<a.rowCount).map { (a.charge[$0]!, a.category[$0]!) }, uniquingKeysWith: { x, y in
            #expect(x == y); return x
        })
        #expect(byCharge == [
            "homicidio": .violent, "portación de arma": .weapons, "narcomenudeo": .narcotics, "robo": .property,
            "portación de arma de fuego": .weapons, "robo de vehículo": .property, "extorsión": .violent,
            "daño en propiedad ajena": .other, "lesiones": .violent, "contra la salud": .narcotics,
            "robo con violencia": .violent,
        ])
        #expect(a.day.first == day("2023-01-05"))
        #expect(records.report(.arrests)?.lastDate == day("2023-09-11"))
        #expect(records.victimizations.type == [.shotFatal, .shotNonfatal, .shotFatal, .shotNonfatal])
        #expect(records.ties()["MX-0001|MX-0002"] == 1)
        #expect(records.ties()["MX-0002|MX-0006"] == 1)
    }

    @Test("event-person-date.yaml reads the event_id,person_id,date form")
    func eventPersonDate() throws {
        let scratch = Scratch()
        defer { scratch.remove() }
        let url = scratch.file("events.csv", "event_id,person_id,date\nE1,N1,2008-01-01\nE1,N2,2008-01-01\nE2,N2,2008-02-01\n")
        let set = try MappingSet.load(Self.folder.appendingPathComponent("event-person-date.yaml"))
        let records = try RecordSet.read(InputSources([.arrests: url]), mapping: set)
        #expect(records.rejects.isEmpty)
        #expect(records.ties() == ["N1|N2": 1])
    }

    @Test("event-person-date.yaml validates the dated real data sets with 0 rejects",
          .enabled(if: RealData.folder("israel_burglary_2020h1") != nil,
                   "skipped: ../shared/data/real is not on this machine"),
          arguments: [
            ("israel_burglary_2020h1", 2342, 1658, 1671), ("suffragette_arrests", 1996, 1216, 398),
            ("ndrangheta_infinito", 455, 151, 47),   // 156 persons in persons.csv, 151 of them at a summit
          ])
    func realData(_ name: String, _ rows: Int, _ persons: Int, _ events: Int) throws {
        let folder = try #require(RealData.folder(name))
        let set = try MappingSet.load(Self.folder.appendingPathComponent("event-person-date.yaml"))
        let records = try RecordSet.read(InputSources([.arrests: folder.appendingPathComponent("events.csv")]), mapping: set)
        #expect(records.rejects.isEmpty)
        #expect(counts(records.report(.arrests)) == [rows, rows, 0, 0])
        #expect(records.personIDs.count == persons)
        #expect(records.arrests.arrestCount == events)
    }

    @Test("every shipped mapping loads", arguments: ["canonical.yaml", "event-person-date.yaml", "spanish-prosecutor.yaml"])
    func loads(_ name: String) throws {
        _ = try MappingSet.load(Self.folder.appendingPathComponent(name))
    }
}
