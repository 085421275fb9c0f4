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
