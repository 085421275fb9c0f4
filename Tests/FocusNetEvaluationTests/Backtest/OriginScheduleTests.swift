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
        #expect(dates.map(\.description) == ["2020-03-30", "2020-06-30", "2020-09-30", "2020-12-30"])
        for t in dates { #expect(w.after(t) <= day("2022-06-30")) }
        let early = OriginSchedule.training(for: day("2019-09-30"), outcomeWindow: w, step: CalendarPeriod("3mo")!, count: 4,
                                            earliest: day("2018-01-01"))
        #expect(early.map(\.description) == ["2018-03-30"])
        #expect(OriginSchedule.training(for: day("2019-01-01"), outcomeWindow: w, step: CalendarPeriod("3mo")!, count: 4,
                                        earliest: day("2018-01-01")).isEmpty)
    }
}
