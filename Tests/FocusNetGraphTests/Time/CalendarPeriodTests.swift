import Testing
@testable import FocusNetGraph

@Suite("CalendarPeriod")
struct CalendarPeriodTests {
    @Test("count and unit", arguments: [
        ("90d", 90, CalendarPeriod.Unit.days), ("6w", 6, .weeks), ("18mo", 18, .months), ("2y", 2, .years),
        (" 18MO ", 18, .months), ("05d", 5, .days),
    ])
    func parses(_ text: String, _ count: Int, _ unit: CalendarPeriod.Unit) {
        #expect(CalendarPeriod(text) == CalendarPeriod(count: count, unit: unit))
    }

    @Test("anything else is nil", arguments: ["", "0d", "-5d", "+5d", "5", "d", "5m", "5 mo", "1.5y", "5dd", "mo5", "5months", "٣d"])
    func rejects(_ text: String) {
        #expect(CalendarPeriod(text) == nil)
    }

    @Test("description round-trips", arguments: ["90d", "6w", "18mo", "2y"])
    func description(_ text: String) {
        #expect(CalendarPeriod(text)?.description == text)
    }

    @Test("before and after use calendar arithmetic", arguments: [
        ("18mo", "2021-08-31", "2020-02-29", "2023-02-28"), ("2y", "2020-02-29", "2018-02-28", "2022-02-28"),
        ("6w", "2021-03-05", "2021-01-22", "2021-04-16"), ("90d", "2021-03-31", "2020-12-31", "2021-06-29"),
    ])
    func moves(_ text: String, _ from: String, _ before: String, _ after: String) {
        let period = CalendarPeriod(text)!
        #expect(period.before(day(from)) == day(before))
        #expect(period.after(day(from)) == day(after))
    }

    @Test("an absurd period saturates instead of trapping")
    func absurd() {
        #expect(CalendarPeriod("100000y")!.before(day("2021-01-01")) == .earliest)
        #expect(CalendarPeriod(count: .max, unit: .weeks).before(day("2021-01-01")) == .earliest)
        #expect(CalendarPeriod(count: .max, unit: .years).after(day("2021-01-01")) == .latest)
    }
}
