import FocusNetGraph
import FocusNetTestSupport
import Testing
@testable import FocusNetEvaluation

@Suite struct OriginScheduleTests {
    let day = BacktestFixtures.day

    @Test("a rolling schedule moves from the start by i × every: month ends do not drift")
    func rolling() throws {
        let dates = try OriginSchedule.rolling(from: day("2021-03-31"), to: day("2022-03-31"), every: CalendarPeriod("3mo")!)
        #expect(dates.map(\.description) == ["2021-03-31", "2021-06-30", "2021-09-30", "2021-12-31", "2022-03-31"])
        // A start on a month end keeps to month ends even when its day number is below 31.
        let quarters = try OriginSchedule.rolling(from: day("2020-09-30"), to: day("2021-06-30"), every: CalendarPeriod("3mo")!)
        #expect(quarters.map(\.description) == ["2020-09-30", "2020-12-31", "2021-03-31", "2021-06-30"])
        let februaries = try OriginSchedule.rolling(from: day("2020-02-29"), to: day("2022-03-01"), every: CalendarPeriod("1y")!)
        #expect(februaries.map(\.description) == ["2020-02-29", "2021-02-28", "2022-02-28"])
        let mid = try OriginSchedule.rolling(from: day("2020-09-15"), to: day("2020-12-31"), every: CalendarPeriod("3mo")!)
        #expect(mid.map(\.description) == ["2020-09-15", "2020-12-15"])
        #expect(try OriginSchedule.rolling(from: day("2021-01-01"), to: day("2021-01-01"), every: CalendarPeriod("1y")!).count == 1)
        #expect(throws: BacktestError.emptySchedule(from: "2021-02-01", to: "2021-01-01")) {
            try OriginSchedule.rolling(from: day("2021-02-01"), to: day("2021-01-01"), every: CalendarPeriod("1mo")!)
        }
    }

    @Test("training origins: every outcome window closes by the test origin, none before the data")
    func training() {
        let w = CalendarPeriod("18mo")!
        let dates = OriginSchedule.training(for: day("2022-06-30"), outcomeWindow: w, step: CalendarPeriod("3mo")!, count: 4,
                                            earliest: day("2018-01-01"))
        // 2022-06-30 is a month end: so are its training origins (18 months back is 2020-12-31).
        #expect(dates.map(\.description) == ["2020-03-31", "2020-06-30", "2020-09-30", "2020-12-31"])
        for t in dates { #expect(w.after(t) <= day("2022-06-30")) }
        let early = OriginSchedule.training(for: day("2019-09-30"), outcomeWindow: w, step: CalendarPeriod("3mo")!, count: 4,
                                            earliest: day("2018-01-01"))
        #expect(early.map(\.description) == ["2018-03-31"])
        #expect(OriginSchedule.training(for: day("2019-01-01"), outcomeWindow: w, step: CalendarPeriod("3mo")!, count: 4,
                                        earliest: day("2018-01-01")).isEmpty)
    }
}
