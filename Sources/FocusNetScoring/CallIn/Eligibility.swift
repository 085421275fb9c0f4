import FocusNetGraph

/// Who may be invited to a call-in, as of the as-of date D.
///
/// Deceased people and people in custody at D are always excluded; the other rules are options.
/// The list serves focused-deterrence call-ins (Braga & Weisburd 2012, "The effects of focused
/// deterrence strategies on crime", *J Res Crime Delinq* 49(3)).
public struct EligibilityPolicy: Sendable, Equatable {
    /// What happens to people under ``adultAge`` at D.
    public enum JuvenilePolicy: String, Sendable, CaseIterable {
        /// Left off the call-in list and offered services instead: written to `services.csv` with
        /// their reasons (the default: a call-in is no place for a child).
        case services
        /// Listed, with a flag for whoever prepares the call-in (a policy that invites minors).
        case flag
        /// Left off the list, and off the services list.
        case exclude
    }

    /// People under this age at D are juveniles. Default 18.
    public var adultAge: Int
    /// Juveniles are sent to services (default), flagged in the list, or excluded. A person whose
    /// age is unknown (no birth date) is not a juvenile: they stay eligible.
    public var juveniles: JuvenilePolicy
    /// Only people on probation or parole at D.
    public var requireSupervision: Bool
    /// Only people with a violent or gun arrest in `(D − this, D]`; `nil` = no such rule.
    public var requireRecentViolence: CalendarPeriod?
    /// Use the persons file's `custody_status` and `supervision` (status at extraction) when the
    /// as-of date is on or after the extraction (``ScoringContext/statusDate``): right for a list
    /// drawn up now. Before it they are ignored whatever this says — they would leak what happened
    /// after the as-of date — and a backtest sets this to `false` at every origin.
    public var useCurrentStatus: Bool

    /// A policy; the defaults exclude the deceased and people in custody, and send juveniles to services.
    public init(adultAge: Int = 18, juveniles: JuvenilePolicy = .services, requireSupervision: Bool = false,
                requireRecentViolence: CalendarPeriod? = nil, useCurrentStatus: Bool = true) {
        self.adultAge = adultAge
        self.juveniles = juveniles
        self.requireSupervision = requireSupervision
        self.requireRecentViolence = requireRecentViolence
        self.useCurrentStatus = useCurrentStatus
    }
}

/// The eligibility of every node at D, under an ``EligibilityPolicy``.
///
/// Deaths count from fatal victimizations dated on or before D, custody from custody periods
/// covering D; with ``EligibilityPolicy/useCurrentStatus`` the persons file's status at
/// extraction counts too, but only when D is on or after the extraction
/// (``ScoringContext/statusDate``): as of an earlier D the status describes the future — as of
/// 2022-06-30 on a simulated city, 12 of the 50 people shot later in the top 1% were marked
/// deceased and 18 in custody because of what happened after it. The recent-violence rule reads
/// arrests in `(D − period, D]`. Nothing dated after D is read. Built by ``Ranking``.
public struct Eligibility: Sendable {
    /// Why a person is excluded from the list, or flagged on it. ``description`` is the text
    /// written into `excluded.csv`, `scores.csv` and the report.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// A fatal victimization dated on or before D (or, for a current list, the persons file).
        case deceased
        /// A custody period covering D (or, for a current list, the persons file).
        case inCustody
        /// The policy requires probation or parole and the person is on neither.
        case notSupervised
        /// The policy requires a violent or gun arrest within this period and there is none.
        case noRecentViolence(CalendarPeriod)
        /// Younger than this age in whole years at D.
        case under(Int)
        /// The policy requires probation or parole, and the only record of it (the persons file's
        /// `supervision`) describes a later date than D, or the policy does not read it (a backtest).
        case supervisionUnknown

        /// The reason as written in the output files, e.g. `in custody`.
        public var description: String {
            switch self {
            case .deceased: "deceased"
            case .inCustody: "in custody"
            case .notSupervised: "not on probation or parole"
            case .noRecentViolence(let period): "no violent or gun arrest in the last \(period)"
            case .under(let age): "under \(age)"
            case .supervisionUnknown: "probation or parole at the as-of date unknown"
            }
        }
    }

    /// Where a person stands for the list.
    public enum Status: Sendable, Equatable {
        /// May be invited.
        case eligible
        /// Eligible, with a note for whoever prepares the call-in (e.g. a juvenile).
        case flagged(Reason)
        /// Left off the list, for this reason.
        case excluded(Reason)

        /// Whether the person may be invited (eligible or flagged).
        public var isEligible: Bool { if case .excluded = self { false } else { true } }
        /// The status as written in the output files, e.g. `eligible`, `flagged: under 18`,
        /// `excluded: in custody`.
        public var label: String {
            switch self {
            case .eligible: "eligible"
            case .flagged(let why): "flagged: \(why)"
            case .excluded(let why): "excluded: \(why)"
            }
        }
    }

    /// Status of each node. Shape `[n]`, node order.
    public let status: [Status]
    /// The persons file's status columns hold values but describe a date after D
    /// (``ScoringContext/statusDate``), so they were not read: say so to the user.
    public let statusIgnored: Bool
    /// Whether the persons file's status columns were read (policy allows, D on or after their date).
    public let statusUsed: Bool
    /// The date the status columns describe (``ScoringContext/statusDate``).
    public let statusDate: CalendarDay?

    /// - Complexity: O(n + custody periods + victimizations + rows).
    init(policy: EligibilityPolicy, persons: [Int32], nodeOfPerson: [Int32], context: ScoringContext,
                features: PersonFeatures, arrests: ArrestTable, windows: AnalysisWindows) {
        let n = persons.count
        var deceased = [Bool](repeating: false, count: n)
        for v in context.victimizations where v.fatal && windows.isKnown(v.day) {
            let node = Int(nodeOfPerson[Int(v.person)])
            if node >= 0 { deceased[node] = true }
        }
        var inCustody = [Bool](repeating: false, count: n)
        for period in context.custody where CalendarInterval(start: period.start, end: period.end).contains(windows.asOf) {
            let node = Int(nodeOfPerson[Int(period.person)])
            if node >= 0 { inCustody[node] = true }
        }
        var recentViolence = [Bool](repeating: false, count: n)
        if let period = policy.requireRecentViolence {
            let window = windows.last(period)
            for row in 0..<arrests.rowCount where window.contains(arrests.day[row])
                && (arrests.category[row] == .violent || arrests.category[row] == .weapons || arrests.gunInvolved[row] == true) {
                let node = Int(nodeOfPerson[Int(arrests.person[row])])
                if node >= 0 { recentViolence[node] = true }
            }
        }
        let statusDescribesD = context.statusDate.map { windows.asOf >= $0 } ?? true
        let useStatus = policy.useCurrentStatus && statusDescribesD
        statusUsed = useStatus
        statusDate = context.statusDate
        statusIgnored = policy.useCurrentStatus && !statusDescribesD
            && (context.custodyStatus.contains { $0 != nil } || context.supervision.contains { $0 != nil })
        status = (0..<n).map { v in
            let p = Int(persons[v])
            let current = useStatus ? context.custodyStatus[p] : nil
            if deceased[v] || current == .deceased { return .excluded(.deceased) }
            if inCustody[v] || current == .incarcerated { return .excluded(.inCustody) }
            if policy.requireSupervision {
                guard useStatus else { return .excluded(.supervisionUnknown) }
                if context.supervision[p] != .probation, context.supervision[p] != .parole { return .excluded(.notSupervised) }
            }
            if let period = policy.requireRecentViolence, !recentViolence[v] {
                return .excluded(.noRecentViolence(period))
            }
            if let age = features.age[v], age < policy.adultAge {
                return policy.juveniles == .flag ? .flagged(.under(policy.adultAge)) : .excluded(.under(policy.adultAge))
            }
            return .eligible
        }
    }
}
