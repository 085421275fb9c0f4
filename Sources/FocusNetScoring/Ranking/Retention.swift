import FocusNetGraph

/// A retention rule applied to one run: records and group labels older than the retention
/// period before the as-of date are not used, and how many were set aside is reported — so an
/// auditor can see that old labels were purged (California State Auditor 2016 on CalGang;
/// UK ICO 2018 on the Gangs Violence Matrix). The windows themselves are ``AnalysisWindows``.
public struct Retention: Sendable {
    /// Arrest rows dated on or before D but older than the retention period.
    public let arrestRowsSetAside: Int
    /// Membership rows whose latest sighting known at D is older than the retention period.
    public let membershipsSetAside: Int

    init(windows: AnalysisWindows, records: RecordSet, context: ScoringContext) {
        arrestRowsSetAside = records.arrests.day.filter(windows.isSetAsideByRetention).count
        membershipsSetAside = context.memberships.filter {
            windows.membershipIsSetAsideByRetention(firstSeen: $0.firstSeen, lastSeen: $0.lastSeen)
        }.count
    }
}
