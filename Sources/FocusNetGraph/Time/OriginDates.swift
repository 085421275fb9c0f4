/// The as-of dates (origins) of a backtest, as calendar arithmetic.
public enum OriginDates {
    /// `from, from + every, from + 2·every, …` up to `to` (at most 10,001 dates); empty when `to`
    /// is before `from`. Each date is `from` moved by i × `every` (not step by step), and a start
    /// on the last day of its month keeps to month ends (``move(_:by:sign:)``): 2021-03-31 and
    /// 2020-09-30 + 3mo steps give 06-30, 09-30, 12-31 and 12-31, 03-31, 06-30.
    /// - Complexity: O(dates).
    public static func rolling(from: CalendarDay, to: CalendarDay, every: CalendarPeriod) -> [CalendarDay] {
        guard from <= to else { return [] }
        var dates = [from]
        for i in 1... {
            let day = move(from, by: CalendarPeriod(count: every.count * i, unit: every.unit), sign: 1)
            if day > to || dates.count > 10_000 { break }
            dates.append(day)
        }
        return dates
    }

    /// The training origins for a test origin D: `t₀ = D − W` and `t_j = t₀ − j × step` for
    /// j < `count`, keeping those after `earliest` and whose outcome window (t, t + W] closes by
    /// D — every outcome used for training is known at D. Oldest first.
    /// - Complexity: O(count).
    public static func training(for origin: CalendarDay, outcomeWindow: CalendarPeriod, step: CalendarPeriod, count: Int,
                                earliest: CalendarDay) -> [CalendarDay] {
        let first = move(origin, by: outcomeWindow, sign: -1)
        var dates = [CalendarDay]()
        for j in 0..<max(0, count) {
            let t = j == 0 ? first : move(first, by: CalendarPeriod(count: step.count * j, unit: step.unit), sign: -1)
            guard t > earliest else { break }
            if OutcomeWindow(origin: t, length: outcomeWindow).isClosed(by: origin) { dates.append(t) }
        }
        return dates.reversed()
    }

    /// `day` moved by `period` forward (`sign` 1) or back (−1). With months or years, a day that
    /// is the last of its month moves to the last day of the target month, where plain calendar
    /// arithmetic clamps only when it must (2020-09-30 + 3mo is 12-30): a schedule of quarter
    /// ends, and the training origins counted back from it, stay on quarter ends.
    /// - Complexity: O(1).
    static func move(_ day: CalendarDay, by period: CalendarPeriod, sign: Int) -> CalendarDay {
        let moved = sign > 0 ? period.after(day) : period.before(day)
        guard period.unit == .months || period.unit == .years, moved != .earliest, moved != .latest else { return moved }
        let (y, m, d) = day.components
        guard d == CalendarDay.daysIn(month: m, year: y) else { return moved }
        let (year, month, _) = moved.components
        return CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year)) ?? moved
    }
}
