import Testing
@testable import FocusNetGraph

/// The one window convention, `(D − period, D]`, and every rule built on it, by hand-picked days.
@Suite struct AnalysisWindowsTests {
    static func day(_ text: String) -> CalendarDay { DateFormat.iso.parse(text[...])! }
    static let d = day("2021-06-30")

    @Test("(D − lookback, D]: the first day out is D − lookback, D is in, D + 1 is out; no lookback reaches back to 0001")
    func observationWindowBounds() {
        let w = ObservationWindow(asOf: Self.d, lookback: CalendarPeriod("1y"))
        #expect(!w.contains(Self.day("2020-06-30")) && w.contains(Self.day("2020-07-01")))
        #expect(w.contains(Self.d) && !w.contains(Self.day("2021-07-01")))
        #expect(w.description == "(2020-06-30, 2021-06-30]")
        let all = ObservationWindow(asOf: Self.d)
        #expect(all.contains(.earliest) && !all.contains(Self.day("2021-07-01")) && all.description == "(−∞, 2021-06-30]")
        #expect(all.known(Self.day("2021-07-01")) == nil && all.known(Self.d) == Self.d)
    }

    @Test("retention narrows a window only when it is the tighter limit")
    func limited() {
        let fiveYears = ObservationWindow(asOf: Self.d, lookback: CalendarPeriod("5y"))
        #expect(fiveYears.limited(to: CalendarPeriod("1y")).openStart == Self.day("2020-06-30"))
        #expect(fiveYears.limited(to: CalendarPeriod("10y")) == fiveYears)
        #expect(fiveYears.limited(to: nil) == fiveYears)
        #expect(ObservationWindow(asOf: Self.d).limited(to: CalendarPeriod("2y")).openStart == Self.day("2019-06-30"))
    }

    @Test("a membership is active when first seen by D and, with an expiry, sighted within it; sightings after D do not count")
    func membershipActivity() {
        let w = ObservationWindow(asOf: Self.d)
        let expiry = CalendarPeriod("1y")
        #expect(!w.membershipIsActive(firstSeen: Self.day("2021-07-01"), lastSeen: nil, expiry: nil), "first seen after D")
        #expect(w.membershipIsActive(firstSeen: nil, lastSeen: nil, expiry: nil), "no dates, no expiry: active")
        #expect(!w.membershipIsActive(firstSeen: nil, lastSeen: nil, expiry: expiry), "no sighting to renew it")
        #expect(w.membershipIsActive(firstSeen: Self.day("2015-01-01"), lastSeen: Self.day("2020-07-01"), expiry: expiry))
        #expect(!w.membershipIsActive(firstSeen: Self.day("2015-01-01"), lastSeen: Self.day("2020-06-30"), expiry: expiry))
        // A last sighting after D is unknown at D: the first sighting decides.
        #expect(!w.membershipIsActive(firstSeen: Self.day("2019-01-01"), lastSeen: Self.day("2021-08-01"), expiry: expiry))
        #expect(w.latestSighting(firstSeen: Self.day("2019-01-01"), lastSeen: Self.day("2021-08-01")) == Self.day("2019-01-01"))
    }

    @Test("group-label expiry after retention is the shorter of the two; without retention the expiry as given")
    func groupExpiry() {
        func expiry(_ e: String?, _ r: String?) -> CalendarPeriod? {
            WindowPolicy(retention: r.flatMap(CalendarPeriod.init), groupExpiry: e.flatMap(CalendarPeriod.init)).windows(asOf: Self.d).groupExpiry
        }
        #expect(expiry("3y", "1y") == CalendarPeriod("1y"))
        #expect(expiry("6mo", "1y") == CalendarPeriod("6mo"))
        #expect(expiry(nil, "1y") == CalendarPeriod("1y"))
        #expect(expiry("3y", nil) == CalendarPeriod("3y"))
        #expect(expiry(nil, nil) == nil)
    }

    @Test("retention reaches every window of a run: records, exposure, the last-period rules; set-aside records are counted")
    func retention() {
        let windows = WindowPolicy(lookback: CalendarPeriod("5y"), retention: CalendarPeriod("120d")).windows(asOf: Self.d)
        let start = Self.day("2021-03-02")   // 120 days before 2021-06-30
        #expect(windows.records.openStart == start)
        #expect(windows.exposure.openStart == start, "the 18-month exposure window is cut to the retention period")
        #expect(windows.last(CalendarPeriod("2y")!).openStart == start)
        #expect(windows.isSetAsideByRetention(start) && !windows.isSetAsideByRetention(Self.day("2021-03-03")))
        #expect(!windows.isSetAsideByRetention(Self.day("2021-07-01")), "after D: not known, so not set aside")
        #expect(windows.membershipIsSetAsideByRetention(firstSeen: Self.day("2020-01-01"), lastSeen: Self.day("2021-01-01")))
        #expect(!windows.membershipIsSetAsideByRetention(firstSeen: Self.day("2020-01-01"), lastSeen: Self.day("2021-05-01")))
        let none = WindowPolicy().windows(asOf: Self.d)
        #expect(none.exposure.openStart == Self.day("2019-12-30") && !none.isSetAsideByRetention(.earliest))
    }

    @Test("outcome window (D, D + W]; closed once D + W is reached")
    func outcomeWindow() {
        // D = 2021-06-30 is a month end, so D + W is one too.
        let w = OutcomeWindow(origin: Self.d, length: CalendarPeriod("18mo")!)
        #expect(w.end == Self.day("2022-12-31"))
        #expect(!w.contains(Self.d) && w.contains(Self.day("2021-07-01")) && w.contains(w.end) && !w.contains(Self.day("2023-01-01")))
        #expect(w.isClosed(by: w.end) && !w.isClosed(by: Self.day("2022-12-30")))
        // Any other day keeps its day number: 2021-06-29 + 18 months is 2022-12-29.
        #expect(OutcomeWindow(origin: Self.day("2021-06-29"), length: CalendarPeriod("18mo")!).end == Self.day("2022-12-29"))
    }

    @Test("calendar intervals include both ends, may be open-ended, and know when they are reversed")
    func intervals() {
        let custody = CalendarInterval(start: Self.day("2021-01-01"), end: Self.d)
        #expect(custody.contains(Self.day("2021-01-01")) && custody.contains(Self.d) && !custody.contains(Self.day("2021-07-01")))
        #expect(CalendarInterval(start: Self.d, end: nil).contains(.latest))
        #expect(!CalendarInterval(start: Self.d, end: Self.day("2021-06-29")).isOrdered && custody.isOrdered)
        #expect(Self.d.days(since: Self.day("2021-06-01")) == 29 && Self.day("2021-06-01").days(since: Self.d) == -29)
    }
}
