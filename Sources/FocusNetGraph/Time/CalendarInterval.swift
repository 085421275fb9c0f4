/// A closed span of days `[start, end]`, open-ended when `end` is `nil`: a custody period, the
/// sightings of a group membership, the dates a file covers.
///
/// Unlike ``ObservationWindow`` this is not an as-of test: both ends are included, and an
/// interval may reach past the as-of date (callers limit what they read through their window).
public struct CalendarInterval: Sendable, Equatable, CustomStringConvertible {
    /// The first day, included.
    public let start: CalendarDay
    /// The last day, included; `nil`: still going on (e.g. still in custody).
    public let end: CalendarDay?

    /// The interval `[start, end]`, kept as given (``isOrdered`` tells whether `end` ≥ `start`).
    public init(start: CalendarDay, end: CalendarDay?) {
        self.start = start
        self.end = end
    }

    /// The single day `day`.
    public init(day: CalendarDay) { self.init(start: day, end: day) }

    /// Whether the end is not before the start (a record with `end` < `start` is rejected).
    public var isOrdered: Bool { end.map { $0 >= start } ?? true }

    /// Whether `day` is in `[start, end]`.
    public func contains(_ day: CalendarDay) -> Bool { day >= start && (end.map { day <= $0 } ?? true) }

    /// `[start, end]`, or `[start, …]` when open-ended, dates in ISO form.
    public var description: String { "[\(start), " + (end.map(String.init(describing:)) ?? "…") + "]" }
}
