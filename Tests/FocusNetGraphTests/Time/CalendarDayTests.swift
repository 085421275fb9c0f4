import Testing
@testable import FocusNetGraph

@Suite("CalendarDay")
struct CalendarDayTests {
    @Test("day numbers count from 1970-01-01")
    func epoch() {
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(CalendarDay(year: 1970, month: 1, day: 2)?.daysSinceEpoch == 1)
        #expect(CalendarDay(year: 1969, month: 12, day: 31)?.daysSinceEpoch == -1)
        #expect(CalendarDay(year: 2000, month: 3, day: 1)?.daysSinceEpoch == 11_017)
        #expect(CalendarDay(year: 2020, month: 1, day: 1)?.daysSinceEpoch == 18_262)
    }

    @Test("day number → components → day number round-trips for every day of 1600–2400")
    func roundTrip() {
        let first = CalendarDay(year: 1600, month: 1, day: 1)!.daysSinceEpoch
        let last = CalendarDay(year: 2400, month: 12, day: 31)!.daysSinceEpoch
        var previous: (year: Int, month: Int, day: Int)? = nil
        var failures = 0
        for n in first...last {
            let c = CalendarDay(daysSinceEpoch: n).components
            if CalendarDay(year: c.year, month: c.month, day: c.day)?.daysSinceEpoch != n { failures += 1 }
            if let p = previous {   // consecutive days: next day of month, or first of next month/year
                let ok = (c.year == p.year && c.month == p.month && c.day == p.day + 1)
                    || (c.day == 1 && ((c.year == p.year && c.month == p.month + 1) || (c.year == p.year + 1 && c.month == 1 && p.month == 12)))
                if !ok { failures += 1 }
            }
            previous = c
        }
        #expect(failures == 0)
        #expect(last - first + 1 == 801 * 365 + 195)   // 195 leap years in 1600–2400
    }

    @Test("ISO text with zero padding", arguments: [(1, 1, 1, "0001-01-01"), (999, 12, 31, "0999-12-31"), (2021, 3, 5, "2021-03-05")])
    func description(_ y: Int, _ m: Int, _ d: Int, _ text: String) {
        #expect(CalendarDay(year: y, month: m, day: d)?.description == text)
    }

    @Test("impossible dates are nil", arguments: [(2021, 2, 29), (2021, 4, 31), (2021, 0, 1), (2021, 13, 1), (2021, 1, 0), (0, 1, 1), (10000, 1, 1)])
    func impossible(_ y: Int, _ m: Int, _ d: Int) {
        #expect(CalendarDay(year: y, month: m, day: d) == nil)
    }

    @Test("month arithmetic clamps to the target month's last day", arguments: [
        ("2020-03-31", -1, "2020-02-29"), ("2021-03-31", -1, "2021-02-28"), ("2020-01-31", 1, "2020-02-29"),
        ("2019-12-15", 1, "2020-01-15"), ("2020-01-15", -1, "2019-12-15"), ("2020-02-29", 12, "2021-02-28"),
        ("2020-02-29", -48, "2016-02-29"), ("2021-08-31", -18, "2020-02-29"), ("2021-05-05", 0, "2021-05-05"),
        ("2020-10-31", -20, "2019-02-28"),
    ])
    func months(_ from: String, _ months: Int, _ to: String) {
        #expect(day(from).adding(months: months) == day(to))
    }

    @Test("day arithmetic crosses months and years")
    func days() {
        #expect(day("2020-02-28").adding(days: 1) == day("2020-02-29"))
        #expect(day("2020-12-31").adding(days: 1) == day("2021-01-01"))
        #expect(day("2021-01-01").adding(days: -366) == day("2020-01-01"))
        #expect(day("2021-01-01").adding(days: -367) == day("2019-12-31"))
    }

    @Test("arithmetic saturates at 0001-01-01 and 9999-12-31 instead of trapping")
    func saturates() {
        #expect(day("2020-01-01").adding(months: -1_000_000) == .earliest)
        #expect(day("2020-01-01").adding(months: Int.min) == .earliest)
        #expect(day("2020-01-01").adding(months: 1_000_000) == .latest)
        #expect(day("2020-01-01").adding(days: Int.min) == .earliest)
        #expect(day("2020-01-01").adding(days: Int.max) == .latest)
        #expect(CalendarDay.earliest.description == "0001-01-01")
        #expect(CalendarDay.latest.description == "9999-12-31")
    }

    @Test("order is chronological")
    func order() {
        #expect(day("2019-12-31") < day("2020-01-01"))
        #expect(!(day("2020-01-01") < day("2020-01-01")))
    }
}

/// An ISO date known to be valid.
func day(_ text: String) -> CalendarDay { DateFormat.iso.parse(text[...])! }
