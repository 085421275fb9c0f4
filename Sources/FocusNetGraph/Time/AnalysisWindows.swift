/// Every window of one analysis as of D, and every date test it makes: records, group
/// memberships, exposure, retention. Built once per run from a ``WindowPolicy``.
///
/// Windows are `(D − period, D]`, open at the old end and closed at D; no test here accepts a
/// date after D, so nothing dated after the as-of date is read.
public struct AnalysisWindows: Sendable, Equatable {
    /// D, the date the analysis is drawn up for.
    public let asOf: CalendarDay
    /// The policy the windows were built from.
    public let policy: WindowPolicy
    /// Records that count: `(D − lookback, D]`, narrowed by retention.
    public let records: ObservationWindow
    /// Victimizations and shootings that count toward exposure: `(D − exposure, D]`, narrowed by
    /// retention.
    public let exposure: ObservationWindow
    /// Group-label expiry after retention: the shorter of the expiry and the retention period.
    public let groupExpiry: CalendarPeriod?

    /// The windows of `policy` as of `asOf` (D).
    /// - Complexity: O(1).
    public init(asOf: CalendarDay, policy: WindowPolicy) {
        self.asOf = asOf
        self.policy = policy
        let lookback = ObservationWindow(asOf: asOf, lookback: policy.lookback)
        records = lookback.limited(to: policy.retention)
        exposure = ObservationWindow(asOf: asOf, lookback: policy.exposure).limited(to: policy.retention)
        if let retention = policy.retention {
            let expiry = policy.groupExpiry.flatMap { $0.before(asOf) > retention.before(asOf) ? $0 : nil }
            groupExpiry = expiry ?? retention
        } else {
            groupExpiry = policy.groupExpiry
        }
    }

    /// The window of records dated within `period` before D, `(D − period, D]`, narrowed by
    /// retention: a record set aside by retention counts for no rule.
    public func last(_ period: CalendarPeriod) -> ObservationWindow {
        ObservationWindow(asOf: asOf, lookback: period).limited(to: policy.retention)
    }

    /// Whether a record dated `day` exists at D (on or before D, whatever the lookback).
    public func isKnown(_ day: CalendarDay) -> Bool { records.isKnown(day) }

    /// Whether a record dated `day` is known at D but older than the retention period (set aside
    /// and counted). Always `false` without retention.
    public func isSetAsideByRetention(_ day: CalendarDay) -> Bool {
        guard let retention = policy.retention else { return false }
        return isKnown(day) && !last(retention).contains(day)
    }

    /// Whether a membership's latest sighting known at D is older than the retention period.
    public func membershipIsSetAsideByRetention(firstSeen: CalendarDay?, lastSeen: CalendarDay?) -> Bool {
        guard let seen = records.latestSighting(firstSeen: firstSeen, lastSeen: lastSeen) else { return false }
        return isSetAsideByRetention(seen)
    }
}
