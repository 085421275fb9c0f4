/// How an analysis looks back from its as-of date: the policy half of every window. The as-of
/// date itself is given once, to ``windows(asOf:)``, so one run builds its windows once.
///
/// Every window is FocusNet's `(D − period, D]`: open at the old end, closed at the as-of date
/// D; nothing dated after D is read.
public struct WindowPolicy: Sendable, Equatable {
    /// How far back records count: `(D − lookback, D]`; `nil` = all history.
    public var lookback: CalendarPeriod?
    /// Governance: records and group labels older than this before D are not used by any rule —
    /// not in the network, the features, exposure or eligibility — and the arrest rows and labels
    /// set aside are counted, whatever the lookback; `nil` = no limit (California State Auditor 2016 on
    /// CalGang; UK ICO 2018 on the Gangs Violence Matrix).
    public var retention: CalendarPeriod?
    /// Victimizations and shootings count toward exposure when dated in `(D − exposure, D]`.
    public var exposure: CalendarPeriod
    /// A group label not sighted within this period before D expires; `nil` = never.
    public var groupExpiry: CalendarPeriod?

    /// A policy with the given periods; by default all history, no retention limit, an 18-month
    /// exposure window and group labels that never expire.
    public init(lookback: CalendarPeriod? = nil, retention: CalendarPeriod? = nil,
                exposure: CalendarPeriod = CalendarPeriod(count: 18, unit: .months), groupExpiry: CalendarPeriod? = nil) {
        self.lookback = lookback
        self.retention = retention
        self.exposure = exposure
        self.groupExpiry = groupExpiry
    }

    /// Every window of an analysis as of `asOf` (D).
    /// - Complexity: O(1).
    public func windows(asOf: CalendarDay) -> AnalysisWindows { AnalysisWindows(asOf: asOf, policy: self) }
}

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
