import FocusNetGraph
import Foundation
import Testing
@testable import FocusNetOutput

/// P000025 of Examples/data, read by hand from the CSV files: 22 arrests from 2018-01-21 to
/// 2023-09-24, shot (non-fatal) on 2021-07-21 and 2023-11-11, member of G001 first seen
/// 2018-01-09 and last seen 2023-12-31.
@Suite struct PersonTimelineTests {
    static let records = Result { try RecordSet.read(InputSources(directory: ReportFixtures.exampleData)) }

    func events(asOf: CalendarDay, lookback: String = "5y") throws -> [PersonTimeline.Event] {
        let records = try Self.records.get()
        let person = try #require(records.personIDs.firstIndex(of: "P000025"))
        let windows = AnalysisWindows(asOf: asOf, policy: WindowPolicy(lookback: CalendarPeriod(lookback)))
        return PersonTimeline.events(records: records, windows: windows, people: [Int32(person)], withArrestIDs: true)[Int32(person)] ?? []
    }

    @Test("as of 2023-12-31, 5 years: the 14 arrests in (2018-12-31, 2023-12-31], both shootings and G001, in date order")
    func asOfEndOf2023() throws {
        let events = try events(asOf: CalendarDay(year: 2023, month: 12, day: 31)!)
        let arrests = events.filter { $0.kind == "arrest" }
        #expect(arrests.map(\.date) == [
            "2019-02-12", "2019-04-15", "2019-05-13", "2019-07-06", "2019-09-02", "2020-05-01", "2021-03-03", "2021-04-08",
            "2021-06-15", "2022-01-18", "2022-03-29", "2022-04-28", "2023-06-02", "2023-09-24",
        ])
        #expect(arrests.map(\.what).prefix(3) == ["other", "property", "narcotics"])
        #expect(arrests.filter { $0.gun == true }.map(\.date) == ["2020-05-01", "2021-06-15", "2022-03-29", "2022-04-28", "2023-06-02"])
        #expect(arrests.first?.arrest_id == "A0000259")
        #expect(events.filter { $0.kind == "victimization" }.map { "\($0.date) \($0.what)" }
            == ["2021-07-21 shot_nonfatal", "2023-11-11 shot_nonfatal"])
        // The membership is dated by its first sighting, which sorts it first.
        #expect(events.first == PersonTimeline.Event(date: "2018-01-09", kind: "group", what: "G001", gun: nil, arrest_id: nil,
                                                     last_seen: "2023-12-31"))
        #expect(events.map(\.date) == events.map(\.date).sorted())
        #expect(events.count == 17)
    }

    @Test("look-ahead trap: as of 2022-12-31 nothing dated after it, and the 2023 sighting of G001 is not shown")
    func nothingAfterAsOf() throws {
        let events = try events(asOf: CalendarDay(year: 2022, month: 12, day: 31)!, lookback: "10y")
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.date <= "2022-12-31" && ($0.last_seen ?? "") <= "2022-12-31" })
        #expect(events.filter { $0.kind == "arrest" }.count == 20)
        #expect(events.filter { $0.kind == "victimization" }.map(\.date) == ["2021-07-21"])
        #expect(events.first { $0.kind == "group" }?.last_seen == "2018-01-09")
    }

    @Test("under pseudonyms no arrest id is written")
    func noArrestIDs() throws {
        let records = try Self.records.get()
        let person = Int32(try #require(records.personIDs.firstIndex(of: "P000025")))
        let windows = AnalysisWindows(asOf: CalendarDay(year: 2023, month: 12, day: 31)!, policy: WindowPolicy(lookback: nil))
        let events = PersonTimeline.events(records: records, windows: windows, people: [person], withArrestIDs: false)[person] ?? []
        #expect(events.filter { $0.kind == "arrest" }.count == 22)
        #expect(events.allSatisfy { $0.arrest_id == nil })
    }
}
