import FocusNetGraph

/// What scoring needs from the records beyond arrests, by person index — so the scoring code
/// does not depend on how each file is stored. Build it from a ``RecordSet`` with
/// ``init(records:)``, or by hand in tests and programs.
///
/// Per-person arrays have shape `[personCount]` and are indexed by person index (the index into
/// `RecordSet.personIDs`), not by node. The context holds every dated event whatever its date:
/// the consumers (``Ranking``, ``PersonFeatures``, ``Eligibility``, ``NetworkExposure``) keep
/// only what their windows admit at the as-of date D, never an event dated after D.
public struct ScoringContext: Sendable {
    /// A gunshot victimization (a row of the victimizations file).
    public struct Victimization: Sendable, Equatable {
        /// Person index of the victim.
        public var person: Int32
        /// Date of the shooting.
        public var day: CalendarDay
        /// Whether the person died of it.
        public var fatal: Bool
        /// A victimization of person index `person` on `day`.
        public init(person: Int32, day: CalendarDay, fatal: Bool) { self.person = person; self.day = day; self.fatal = fatal }
    }
    /// A shooting with an identified suspect (a row of the shootings file).
    public struct Shooting: Sendable, Equatable {
        /// Person index of the identified suspect.
        public var suspect: Int32
        /// Date of the shooting.
        public var day: CalendarDay
        /// A shooting by person index `suspect` on `day`.
        public init(suspect: Int32, day: CalendarDay) { self.suspect = suspect; self.day = day }
    }
    /// A period in custody (a row of the custody file): the closed interval `[start, end]`.
    public struct CustodyPeriod: Sendable, Equatable {
        /// Person index.
        public var person: Int32
        /// First day in custody.
        public var start: CalendarDay
        /// Last day in custody; `nil` while still in custody.
        public var end: CalendarDay?
        /// A custody period of person index `person` from `start` to `end` (both days included).
        public init(person: Int32, start: CalendarDay, end: CalendarDay?) { self.person = person; self.start = start; self.end = end }
    }
    /// A group label (a row of the memberships file): a person seen as a member of a group.
    public struct Membership: Sendable, Equatable {
        /// Person index.
        public var person: Int32
        /// Group index (into ``ScoringContext/groupIDs``).
        public var group: Int32
        /// First sighting; `nil` when undated (then known at every as-of date).
        public var firstSeen: CalendarDay?
        /// Latest sighting; `nil` when not given. Label expiry and retention count from the latest
        /// sighting known at D (California State Auditor 2016 on CalGang: labels must expire).
        public var lastSeen: CalendarDay?
        /// Who recorded the label, as written; `nil` when not given.
        public var source: String?
        /// A membership of person index `person` in group index `group`.
        public init(person: Int32, group: Int32, firstSeen: CalendarDay?, lastSeen: CalendarDay?, source: String?) {
            self.person = person; self.group = group; self.firstSeen = firstSeen; self.lastSeen = lastSeen; self.source = source
        }
    }

    /// n persons in the records: the shape of every per-person array.
    public var personCount: Int
    /// Birth date by person index; `nil` when unknown.
    public var birthDate: [CalendarDay?]
    /// Sex as written in the persons file, by person index; `nil` when unknown (audits only).
    public var sex: [String?]
    /// Race as written in the persons file, by person index; `nil` when unknown (audits only).
    public var race: [String?]
    /// Area (sector, municipality) identifier by person index; `nil` when unknown.
    public var area: [String?]
    /// Status at the persons file's extraction (end-of-data information: see ``Eligibility``).
    public var custodyStatus: [CustodyStatus?]
    /// Probation or parole at the persons file's extraction, by person index; `nil` when unknown.
    public var supervision: [Supervision?]
    /// The day ``custodyStatus`` and ``supervision`` describe: the persons file's extraction.
    /// They count for an as-of date on or after it and are ignored before it — a status learned
    /// later (a death, a sentence) must not shape a list drawn up earlier (``Eligibility``).
    /// `nil`: undated, counted at every as-of date (a context built by hand).
    public var statusDate: CalendarDay?
    /// History counted elsewhere (before the records, another agency): arrests, convictions,
    /// custodial sentences; `nil` when unknown. This one: prior arrests, by person index.
    public var priorArrests: [Int?]
    /// Prior convictions counted elsewhere, by person index; `nil` when unknown.
    public var priorConvictions: [Int?]
    /// Prior custodial sentences counted elsewhere, by person index; `nil` when unknown.
    public var priorIncarcerations: [Int?]
    /// Every gunshot victimization in the records, all dates, in record-table order.
    public var victimizations: [Victimization]
    /// Every shooting with an identified suspect, all dates, in record-table order.
    public var shootings: [Shooting]
    /// Every custody period, all dates, in record-table order.
    public var custody: [CustodyPeriod]
    /// Every group label, all dates, in record-table order.
    public var memberships: [Membership]
    /// Group identifiers by group index.
    public var groupIDs: [String]

    /// A context with nothing but the person count (arrests-only data): every attribute unknown,
    /// no event.
    /// - Complexity: O(personCount).
    public init(personCount: Int) {
        self.personCount = personCount
        birthDate = Array(repeating: nil, count: personCount)
        sex = Array(repeating: nil, count: personCount)
        race = Array(repeating: nil, count: personCount)
        area = Array(repeating: nil, count: personCount)
        custodyStatus = Array(repeating: nil, count: personCount)
        supervision = Array(repeating: nil, count: personCount)
        statusDate = nil
        priorArrests = Array(repeating: nil, count: personCount)
        priorConvictions = Array(repeating: nil, count: personCount)
        priorIncarcerations = Array(repeating: nil, count: personCount)
        victimizations = []
        shootings = []
        custody = []
        memberships = []
        groupIDs = []
    }
}
