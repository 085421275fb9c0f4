import Foundation
import Testing
@testable import FocusNetSimulation

@Suite struct RegionSimulatorTests {
    @Test func sameSeedGivesByteIdenticalFiles() throws {
        let a = try GeneratedRegion(SimulationConfig(scale: .tiny, seed: 42))
        let b = try GeneratedRegion(SimulationConfig(scale: .tiny, seed: 42))
        for name in RegionSimulator.fileNames {
            #expect(try a.bytes(name) == b.bytes(name), "\(name) differs between two runs of one seed")
        }
        #expect(a.summary == b.summary)
    }

    @Test func differentSeedGivesDifferentFiles() throws {
        let a = try GeneratedRegion(SimulationConfig(scale: .tiny, seed: 42))
        let b = try GeneratedRegion(SimulationConfig(scale: .tiny, seed: 43))
        for name in ["persons.csv", "arrests.csv", "memberships.csv", "victimizations.csv", "custody.csv"] {
            #expect(try a.bytes(name) != b.bytes(name), "\(name) is the same for two seeds")
        }
    }

    /// The ranges documented on ``SimulationScale/tiny``, and the summary's counts equal the files'.
    @Test(arguments: [1, 42, 2024] as [UInt64])
    func tinyCountsAreInTheDocumentedRanges(_ seed: UInt64) throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny, seed: seed))
        let s = region.summary
        #expect((1_600...2_400).contains(s.arrestRows))
        #expect((600...900).contains(s.personRows))
        #expect((12...20).contains(s.groupsWithMembers))
        #expect(s.victimizationRows >= 30)
        #expect(s.populationRows == 6 && s.population == 15_000)
        #expect(s.firstDay == "2018-01-01" && s.lastDay == "2023-12-31")

        let counts = [
            "persons.csv": s.personRows, "arrests.csv": s.arrestRows, "memberships.csv": s.membershipRows,
            "victimizations.csv": s.victimizationRows, "shootings.csv": s.shootingRows,
            "custody.csv": s.custodyRows, "population.csv": s.populationRows,
        ]
        for (name, count) in counts { #expect(try region.table(name).rows.count == count, "\(name)") }
        let arrests = try region.table("arrests.csv")
        #expect(Set(arrests.column("arrest_id")).count == s.arrestEvents)
        #expect(Set(try region.table("memberships.csv").column("group_id")).count == s.groupsWithMembers)
        #expect(try region.table("victimizations.csv").column("type").filter { $0 == "shot_fatal" }.count == s.fatalVictimizations)
        #expect(try region.table("population.csv").column("population").compactMap { Int($0) }.reduce(0, +) == s.population)
    }

    @Test func filesHaveTheCanonicalHeadersAndFormat() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        let headers = [
            "persons.csv": "person_id,birth_date,sex,race,area,custody_status,supervision",
            "arrests.csv": "arrest_id,person_id,arrest_date,offense_category,gun_involved",
            "memberships.csv": "person_id,group_id,first_seen,last_seen,source",
            "victimizations.csv": "incident_id,person_id,date,type",
            "shootings.csv": "incident_id,suspect_person_id,date,area",
            "custody.csv": "person_id,start,end,type",
            "population.csv": "area,population",
        ]
        #expect(Set(headers.keys) == Set(RegionSimulator.fileNames))
        for (name, header) in headers {
            let bytes = try region.bytes(name)
            #expect(bytes.allSatisfy { $0 >= 32 && $0 < 127 || $0 == 10 }, "\(name): only printable ASCII and LF")
            #expect(!bytes.contains(34), "\(name): nothing needed quoting")
            let table = try region.table(name)
            #expect(table.header.joined(separator: ",") == header)
            #expect(table.endsWithNewline)
            #expect(table.rows.allSatisfy { $0.count == table.header.count && !$0.contains("") }, "\(name): no blank field")
        }
    }

    @Test func codesAndIdentifiersHaveTheDocumentedForms() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        func all(_ values: [String], match pattern: String) -> Bool {
            values.allSatisfy { $0.range(of: "^\(pattern)$", options: .regularExpression) != nil }
        }
        let persons = try region.table("persons.csv"), arrests = try region.table("arrests.csv")
        let memberships = try region.table("memberships.csv"), victimizations = try region.table("victimizations.csv")
        let shootings = try region.table("shootings.csv"), custody = try region.table("custody.csv")
        #expect(all(persons.column("person_id"), match: "P[0-9]{6}"))
        #expect(persons.column("person_id") == persons.column("person_id").sorted())
        #expect(Set(persons.column("person_id")).count == persons.rows.count)
        #expect(Set(persons.column("sex")).isSubset(of: ["M", "F"]))
        #expect(Set(persons.column("race")).isSubset(of: ["black", "white", "hispanic", "asian", "other"]))
        #expect(all(persons.column("area"), match: "A0[1-6]"))
        #expect(Set(persons.column("custody_status")).isSubset(of: ["free", "incarcerated", "deceased"]))
        #expect(Set(persons.column("supervision")) == ["none", "probation", "parole"])
        #expect(all(arrests.column("arrest_id"), match: "A[0-9]{7}"))
        #expect(Set(arrests.column("offense_category")) == ["violent", "weapons", "narcotics", "property", "other"])
        #expect(Set(arrests.column("gun_involved")) == ["0", "1"])
        #expect(all(memberships.column("group_id"), match: "G0[0-2][0-9]"))
        #expect(Set(memberships.column("source")) == ["gang_database", "field_interview"])
        #expect(all(victimizations.column("incident_id"), match: "V[0-9]{6}"))
        #expect(Set(victimizations.column("type")) == ["shot_fatal", "shot_nonfatal"])
        #expect(all(shootings.column("incident_id"), match: "S[0-9]{6}"))
        #expect(Set(custody.column("type")).isSubset(of: ["jail", "prison"]))
    }

    @Test func everyReferencedPersonIsInPersonsFileAndEveryPersonIsReferenced() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        let persons = Set(try region.table("persons.csv").column("person_id"))
        var referenced = Set<String>()
        for (file, column) in [("arrests.csv", "person_id"), ("memberships.csv", "person_id"),
                               ("victimizations.csv", "person_id"), ("shootings.csv", "suspect_person_id"),
                               ("custody.csv", "person_id")] {
            let ids = try region.table(file).column(column)
            #expect(Set(ids).isSubset(of: persons), "\(file) names a person missing from persons.csv")
            referenced.formUnion(ids)
        }
        #expect(referenced == persons)
    }

    /// Every date lies in the data window, except a custody `end` still to come on the last day.
    @Test func datesAreInTheDataWindow() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        let window = "2018-01-01"..."2023-12-31"
        for (file, columns) in [("arrests.csv", ["arrest_date"]), ("memberships.csv", ["first_seen", "last_seen"]),
                                ("victimizations.csv", ["date"]), ("shootings.csv", ["date"]), ("custody.csv", ["start"])] {
            let table = try region.table(file)
            for column in columns { #expect(table.column(column).allSatisfy(window.contains), "\(file) \(column)") }
        }
        let custody = try region.table("custody.csv")
        #expect(zip(custody.column("start"), custody.column("end")).allSatisfy { $0 < $1 })
        let memberships = try region.table("memberships.csv")
        #expect(zip(memberships.column("first_seen"), memberships.column("last_seen")).allSatisfy { $0 <= $1 })
        let arrests = try region.table("arrests.csv")
        #expect(arrests.column("arrest_date") == arrests.column("arrest_date").sorted(), "arrests are in date order")
        let persons = try region.table("persons.csv")
        let born = Dictionary(uniqueKeysWithValues: zip(persons.column("person_id"), persons.column("birth_date")))
        #expect(zip(arrests.column("person_id"), arrests.column("arrest_date")).allSatisfy { born[$0]! < $1 })
    }

    /// A fatal victim appears in no record dated after the death, and is deceased in persons.csv.
    @Test func nothingHappensAfterADeath() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        let victimizations = try region.table("victimizations.csv")
        var death = [String: String]()
        for row in victimizations.rows where row[3] == "shot_fatal" {
            #expect(death[row[1]] == nil, "killed twice")
            death[row[1]] = row[2]
        }
        #expect(!death.isEmpty)
        func noneAfterDeath(_ file: String, _ person: String, _ date: String) throws -> Bool {
            let table = try region.table(file)
            return zip(table.column(person), table.column(date)).allSatisfy { id, day in death[id].map { day <= $0 } ?? true }
        }
        #expect(try noneAfterDeath("victimizations.csv", "person_id", "date"))
        #expect(try noneAfterDeath("arrests.csv", "person_id", "arrest_date"))
        #expect(try noneAfterDeath("shootings.csv", "suspect_person_id", "date"))
        #expect(try noneAfterDeath("custody.csv", "person_id", "start"))
        #expect(try noneAfterDeath("memberships.csv", "person_id", "last_seen"))
        let persons = try region.table("persons.csv")
        for (id, status) in zip(persons.column("person_id"), persons.column("custody_status")) {
            #expect((status == "deceased") == (death[id] != nil))
        }
    }

    @Test func outputPathThatIsAFileIsAnError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-folder-\(UUID().uuidString)")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: SimulationError.cannotCreateDirectory(path: file.path, reason: "a file of that name exists")) {
            _ = try RegionSimulator.write(SimulationConfig(scale: .tiny), to: file)
        }
    }

    @Test func invalidConfigurationIsRejectedBeforeWriting() throws {
        var config = SimulationConfig(scale: .tiny)
        config.years = 41
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("never-\(UUID().uuidString)")
        #expect(throws: SimulationError.invalidConfiguration(field: "years", value: "41", allowed: "1...40")) {
            _ = try RegionSimulator.write(config, to: folder)
        }
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }
}
