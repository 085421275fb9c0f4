import FocusNetGraph

/// The as-of dates (origins) of a backtest: a list, or a rolling schedule `from, from + every,
/// from + 2·every, …` up to `to`.
public enum OriginSchedule {
    /// The rolling schedule. Each date is `from` moved by i × `every` (not step by step), and a
    /// start on a month end keeps to month ends: 2020-09-30 + 3mo steps gives 12-31, 03-31, 06-30
    /// (``OriginDates/rolling(from:to:every:)``).
    /// - Throws: ``BacktestError/emptySchedule`` when `to` is before `from`.
    /// - Complexity: O(dates).
    public static func rolling(from: CalendarDay, to: CalendarDay, every: CalendarPeriod) throws(BacktestError) -> [CalendarDay] {
        let dates = OriginDates.rolling(from: from, to: to, every: every)
        guard !dates.isEmpty else { throw .emptySchedule(from: from.description, to: to.description) }
        return dates
    }

    /// The training origins for a test origin D (see ``OriginDates/training(for:outcomeWindow:step:count:earliest:)``).
    /// - Complexity: O(count).
    public static func training(for origin: CalendarDay, outcomeWindow: CalendarPeriod, step: CalendarPeriod, count: Int,
                                earliest: CalendarDay) -> [CalendarDay] {
        OriginDates.training(for: origin, outcomeWindow: outcomeWindow, step: step, count: count, earliest: earliest)
    }
}
