/// The records a point-in-time analysis may see: dated in `(asOf − lookback, asOf]`.
///
/// FocusNet's one window convention: open at the old end, closed at the as-of date D. Nothing
/// dated after D is ever read into a network, a feature, an eligibility decision or an
/// explanation; every such test goes through this type (or ``AnalysisWindows``), so changing the
/// convention means changing this file.
public struct ObservationWindow: Sendable, Equatable, CustomStringConvertible {
    /// D, the date the analysis is drawn up for.
    public let asOf: CalendarDay
    /// `nil` means all history up to `asOf`.
    public let lookback: CalendarPeriod?

    /// The window `(asOf − lookback, asOf]`, or all history up to `asOf` without a lookback.
    public init(asOf: CalendarDay, lookback: CalendarPeriod? = nil) {
        self.asOf = asOf
        self.lookback = lookback
    }

    /// The first day excluded at the old end (`asOf − lookback`), or `nil` when unbounded.
    public var openStart: CalendarDay? { lookback?.before(asOf) }

    /// Whether `day` is in `(asOf − lookback, asOf]`.
    public func contains(_ day: CalendarDay) -> Bool {
        guard isKnown(day) else { return false }
        if let start = openStart, day <= start { return false }
        return true
    }

    /// Whether a record dated `day` exists at D: dated on or before D, whatever the lookback.
    public func isKnown(_ day: CalendarDay) -> Bool { day <= asOf }

    /// A date as known at D: `day` itself, or `nil` when it is after D (showing it would leak the future).
    public func known(_ day: CalendarDay?) -> CalendarDay? { day.flatMap { isKnown($0) ? $0 : nil } }

    /// The latest sighting of a group membership known at D: the later of `lastSeen` and
    /// `firstSeen` among those dated on or before D; `nil` when neither is.
    public func latestSighting(firstSeen: CalendarDay?, lastSeen: CalendarDay?) -> CalendarDay? {
        [lastSeen, firstSeen].compactMap(known).max()
    }

    /// Whether a group membership is active at D: first seen on or before D (a blank first
    /// sighting counts as known) and, with an expiry horizon, sighted within `(D − expiry, D]`
    /// — a label not renewed expires (California State Auditor 2016 on CalGang).
    public func membershipIsActive(firstSeen: CalendarDay?, lastSeen: CalendarDay?, expiry: CalendarPeriod?) -> Bool {
        if let first = firstSeen, !isKnown(first) { return false }
        guard let expiry else { return true }
        guard let seen = latestSighting(firstSeen: firstSeen, lastSeen: lastSeen) else { return false }
        return ObservationWindow(asOf: asOf, lookback: expiry).contains(seen)
    }

    /// The window of the same length ending `period` before D: `(D − period − lookback, D − period]`,
    /// e.g. the year before the last one.
    public func shifted(back period: CalendarPeriod) -> ObservationWindow {
        ObservationWindow(asOf: period.before(asOf), lookback: lookback)
    }

    /// The later-starting of this window and `(asOf − period, asOf]`: the window after a
    /// retention limit of `period` (nil: no limit).
    public func limited(to period: CalendarPeriod?) -> ObservationWindow {
        guard let period else { return self }
        let start = period.before(asOf)
        let retentionIsTighter = openStart.map { start > $0 } ?? true
        return retentionIsTighter ? ObservationWindow(asOf: asOf, lookback: period) : self
    }

    /// `(start, asOf]` in ISO dates, `(−∞, asOf]` when unbounded.
    public var description: String {
        "(" + (openStart.map(String.init(describing:)) ?? "−∞") + ", \(asOf)]"
    }
}
