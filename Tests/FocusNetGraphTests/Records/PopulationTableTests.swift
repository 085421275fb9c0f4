import Foundation
import Testing
@testable import FocusNetGraph

@Suite("PopulationTable")
struct PopulationTableTests {
    @Test("whole numbers only; an area twice is a duplicate with the same count and a conflict with another")
    func population() throws {
        let text = """
            area,population
            North,42000
            South, 38500
            East,19750.5
            West,-3
            North,42000
            North,41000
            ,10
            Centre,

            """
        let (records, paths) = try readRecords([
            .population: text, .arrests: "arrest_id,person_id,arrest_date,area\nA1,P1,2022-01-01,East\n",
        ])
        let f = paths[.population]!
        #expect(records.rejects == [
            Rejection(file: f, line: 4, column: "population", value: "19750.5", reason: "population not a whole number"),
            Rejection(file: f, line: 5, column: "population", value: "-3", reason: "population not a whole number"),
            Rejection(file: f, line: 7, column: "population", value: "41000", reason: "conflicting population for one area"),
            Rejection(file: f, line: 8, column: "area", value: "", reason: "blank area"),
            Rejection(file: f, line: 9, column: "population", value: "", reason: "blank population"),
        ])
        #expect(counts(records.report(.population)) == [8, 2, 1, 5])
        #expect(records.report(.population)?.normalized == 1)
        #expect(records.areaIDs == ["East", "North", "South"])     // one area index for all files
        #expect(records.population.area == [1, 2])
        #expect(records.population.population == [42000, 38500])
        #expect(records.arrests.area == [0])
    }
}
