/// The outcome window after an origin D: `(D, D + W]`. An event dated D is not an outcome (it
/// is history at D); an event dated exactly D + W is.
///
/// The mirror of ``ObservationWindow`` for backtests: features are read in `(D − lookback, D]`,
/// outcomes in `(D, D + W]`, so no day is both.
public struct OutcomeWindow: Sendable, Equatable, CustomStringConvertible {
    /// D, the origin (as-of date) the outcomes follow.
    public let origin: CalendarDay
    /// W, the window's length.
    public let length: CalendarPeriod

    /// The window `(origin, origin + length]`.
    public init(origin: CalendarDay, length: CalendarPeriod) {
        self.origin = origin
        self.length = length
    }

    /// D + W (calendar arithmetic; month ends clamp, and a D on the last day of its month gives
    /// the last day of D + W's month, as backtest schedules do: (2020-09-30, 2022-03-31] for 18mo).
    public var end: CalendarDay { OriginDates.move(origin, by: length, sign: 1) }

    /// Whether `day` is in `(D, D + W]`.
    public func contains(_ day: CalendarDay) -> Bool { day > origin && day <= end }

    /// Whether the whole window is known by `day`: D + W on or before it.
    public func isClosed(by day: CalendarDay) -> Bool { end <= day }

    /// `(D, D + W]` in ISO dates.
    public var description: String { "(\(origin), \(end)]" }
}
