/// The records a point-in-time analysis may see: dated in `(asOf − lookback, asOf]`.
///
/// Nothing dated after `asOf` is ever read into a network or a feature. With
/// `includesAsOfDay == false` the window is `(asOf − lookback, asOf)` (records strictly
/// before the as-of date, the convention of some published pipelines).
public struct ObservationWindow: Sendable, Equatable, CustomStringConvertible {
    public let asOf: CalendarDay
    /// `nil` means all history up to `asOf`.
    public let lookback: CalendarPeriod?
    public let includesAsOfDay: Bool

    public init(asOf: CalendarDay, lookback: CalendarPeriod? = nil, includesAsOfDay: Bool = true) {
        self.asOf = asOf
        self.lookback = lookback
        self.includesAsOfDay = includesAsOfDay
    }

    /// The first day excluded at the old end, or `nil` when unbounded.
    public var openStart: CalendarDay? { lookback?.before(asOf) }

    public func contains(_ day: CalendarDay) -> Bool {
        if includesAsOfDay ? day > asOf : day >= asOf { return false }
        if let start = openStart, day <= start { return false }
        return true
    }

    public var description: String {
        "(" + (openStart.map(String.init(describing:)) ?? "−∞") + ", \(asOf)" + (includesAsOfDay ? "]" : ")")
    }
}
