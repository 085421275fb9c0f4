import FocusNetGraph

/// A retention rule applied to one run: records and group labels older than the retention
/// period before the as-of date are not used, and how many were set aside is reported — so an
/// auditor can see that old labels were purged (California State Auditor 2016 on CalGang;
/// UK ICO 2018 on the Gangs Violence Matrix).
public struct Retention: Sendable {
    /// The observation window after retention: the later of the lookback start and the
    /// retention start.
    public let window: ObservationWindow
    /// Group-label expiry after retention: the shorter of the configured expiry and retention.
    public let groupExpiry: CalendarPeriod?
    /// Arrest rows dated on or before D but older than the retention period.
    public let arrestRowsSetAside: Int
    /// Membership rows last seen (or first seen) before the retention period.
    public let membershipsSetAside: Int

    init(configuration: RankConfiguration, records: RecordSet, context: ScoringContext) {
        let base = configuration.window
        guard let retention = configuration.retention else {
            window = base
            groupExpiry = configuration.groupExpiry
            arrestRowsSetAside = 0
            membershipsSetAside = 0
            return
        }
        let retentionStart = retention.before(base.asOf)
        let tighter = base.openStart.map { retentionStart > $0 } ?? true
        window = tighter ? ObservationWindow(asOf: base.asOf, lookback: retention, includesAsOfDay: base.includesAsOfDay) : base
        if let expiry = configuration.groupExpiry, expiry.before(base.asOf) > retentionStart {
            groupExpiry = expiry
        } else {
            groupExpiry = retention
        }
        arrestRowsSetAside = records.arrests.day.filter { $0 <= retentionStart }.count
        membershipsSetAside = context.memberships.filter { m in
            guard let seen = [m.lastSeen, m.firstSeen].compactMap({ $0 }).filter({ $0 <= base.asOf }).max() else { return false }
            return seen <= retentionStart
        }.count
    }
}
