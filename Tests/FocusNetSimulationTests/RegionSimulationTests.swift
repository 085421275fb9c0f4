import Testing
@testable import FocusNetSimulation

@Suite struct RegionSimulationTests {
    /// One membership per documented member, in person order; documented after their 12th
    /// birthday and never after their death.
    @Test func membershipsAreOnePerPersonInOrder() throws {
        let region = try GeneratedRegion(SimulationConfig(scale: .tiny))
        let memberships = try region.table("memberships.csv")
        let ids = memberships.column("person_id")
        #expect(ids == ids.sorted() && Set(ids).count == ids.count)
        let persons = try region.table("persons.csv")
        let born = Dictionary(uniqueKeysWithValues: zip(persons.column("person_id"), persons.column("birth_date")))
        for row in memberships.rows {
            #expect(SimulatedDates.days(from: born[row[0]]!, to: row[2]) >= 12 * 365)
        }
    }

    /// The status columns of persons.csv describe the last day of the data.
    @Test func personStatusIsTheStatusOnTheLastDay() throws {
        let region = try GeneratedRegion.midSize.get()
        var inCustodyAtEnd = Set<String>()
        for row in try region.table("custody.csv").rows where row[2] >= "2023-12-31" { inCustodyAtEnd.insert(row[0]) }
        let persons = try region.table("persons.csv")
        var supervised = 0
        for row in persons.rows {
            #expect((row[5] == "incarcerated") == inCustodyAtEnd.contains(row[0]))
            if row[6] != "none" { supervised += 1; #expect(row[5] == "free") }
        }
        #expect(supervised > 0 && !inCustodyAtEnd.isEmpty)
    }

    /// Some victims have no arrest at all (bystanders and others outside the offender pool), and
    /// nobody is shot twice in one month.
    @Test func victimsIncludePeopleWithoutArrests() throws {
        let region = try GeneratedRegion.midSize.get()
        let arrested = Set(try region.table("arrests.csv").column("person_id"))
        let victimizations = try region.table("victimizations.csv")
        #expect(victimizations.column("person_id").contains { !arrested.contains($0) })
        let personMonths = victimizations.rows.map { [$0[1], String($0[2].prefix(7))] }
        #expect(Set(personMonths).count == personMonths.count)
    }
}
