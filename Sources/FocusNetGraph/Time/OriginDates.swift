/// The as-of dates (origins) of a backtest, as calendar arithmetic.
public enum OriginDates {
    /// `from, from + every, from + 2·every, …` up to `to` (at most 10,001 dates); empty when `to`
    /// is before `from`. Each date is `from` moved by i × `every` (not step by step, so month ends
    /// do not drift: 2021-03-31 + 3mo steps gives 06-30, 09-30, 12-31).
    /// - Complexity: O(dates).
    public static func rolling(from: CalendarDay, to: CalendarDay, every: CalendarPeriod) -> [CalendarDay] {
        guard from <= to else { return [] }
        var dates = [from]
        for i in 1... {
            let day = CalendarPeriod(count: every.count * i, unit: every.unit).after(from)
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
        let first = outcomeWindow.before(origin)
        var dates = [CalendarDay]()
        for j in 0..<max(0, count) {
            let t = j == 0 ? first : CalendarPeriod(count: step.count * j, unit: step.unit).before(first)
            guard t > earliest else { break }
            if OutcomeWindow(origin: t, length: outcomeWindow).isClosed(by: origin) { dates.append(t) }
        }
        return dates.reversed()
    }
}
