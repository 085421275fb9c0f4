import FocusNetGraph

/// The as-of dates (origins) of a backtest: a list, or a rolling schedule `from, from + every,
/// from + 2·every, …` up to `to`.
public enum OriginSchedule {
    /// The rolling schedule. Each date is `from` moved by i × `every` (not step by step, so month
    /// ends do not drift: 2021-03-31 + 3mo steps gives 06-30, 09-30, 12-31).
    /// - Throws: ``BacktestError/emptySchedule`` when `to` is before `from`.
    /// - Complexity: O(dates).
    public static func rolling(from: CalendarDay, to: CalendarDay, every: CalendarPeriod) throws(BacktestError) -> [CalendarDay] {
        guard from <= to else { throw .emptySchedule(from: from.description, to: to.description) }
        var dates = [CalendarDay]()
        var i = 0
        while true {
            let day = CalendarPeriod(count: every.count * i, unit: every.unit).after(from)
            if i == 0 { dates.append(from) } else if day > to { break } else { dates.append(day) }
            i += 1
            if dates.count > 10_000 { break }
        }
        return dates
    }

    /// The training origins for a test origin D: `t₀ = D − W` and `t_j = t₀ − j × step` for
    /// j < `count`, keeping those after `earliest` and whose outcome window (t, t + W] ends on or
    /// before D — every outcome used for training is known at D. Oldest first.
    /// - Complexity: O(count).
    public static func training(for origin: CalendarDay, outcomeWindow: CalendarPeriod, step: CalendarPeriod, count: Int,
                                earliest: CalendarDay) -> [CalendarDay] {
        let first = outcomeWindow.before(origin)
        var dates = [CalendarDay]()
        for j in 0..<max(0, count) {
            let t = j == 0 ? first : CalendarPeriod(count: step.count * j, unit: step.unit).before(first)
            guard t > earliest else { break }
            if outcomeWindow.after(t) <= origin { dates.append(t) }
        }
        return dates.reversed()
    }
}
