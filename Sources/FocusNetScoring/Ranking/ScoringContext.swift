import FocusNetGraph

/// What scoring needs from the records beyond arrests, by person index — so the scoring code
/// does not depend on how each file is stored. Build it from a ``RecordSet`` with
/// ``init(records:)``, or by hand in tests and programs.
public struct ScoringContext: Sendable {
    public struct Victimization: Sendable, Equatable {
        public var person: Int32
        public var day: CalendarDay
        public var fatal: Bool
        public init(person: Int32, day: CalendarDay, fatal: Bool) { self.person = person; self.day = day; self.fatal = fatal }
    }
    public struct Shooting: Sendable, Equatable {
        public var suspect: Int32
        public var day: CalendarDay
        public init(suspect: Int32, day: CalendarDay) { self.suspect = suspect; self.day = day }
    }
    public struct CustodyPeriod: Sendable, Equatable {
        public var person: Int32
        public var start: CalendarDay
        /// `nil` while still in custody.
        public var end: CalendarDay?
        public init(person: Int32, start: CalendarDay, end: CalendarDay?) { self.person = person; self.start = start; self.end = end }
    }
    public struct Membership: Sendable, Equatable {
        public var person: Int32
        public var group: Int32
        public var firstSeen: CalendarDay?
        public var lastSeen: CalendarDay?
        public var source: String?
        public init(person: Int32, group: Int32, firstSeen: CalendarDay?, lastSeen: CalendarDay?, source: String?) {
            self.person = person; self.group = group; self.firstSeen = firstSeen; self.lastSeen = lastSeen; self.source = source
        }
    }

    public var personCount: Int
    /// By person index; `nil` when unknown.
    public var birthDate: [CalendarDay?]
    public var sex: [String?]
    public var race: [String?]
    public var area: [String?]
    /// Status at the persons file's extraction (end-of-data information: see ``Eligibility``).
    public var custodyStatus: [CustodyStatus?]
    public var supervision: [Supervision?]
    /// History counted elsewhere (before the records, another agency): arrests, convictions,
    /// custodial sentences; `nil` when unknown.
    public var priorArrests: [Int?]
    public var priorConvictions: [Int?]
    public var priorIncarcerations: [Int?]
    public var victimizations: [Victimization]
    public var shootings: [Shooting]
    public var custody: [CustodyPeriod]
    public var memberships: [Membership]
    /// Group identifiers by group index.
    public var groupIDs: [String]

    /// A context with nothing but the person count (arrests-only data).
    public init(personCount: Int) {
        self.personCount = personCount
        birthDate = Array(repeating: nil, count: personCount)
        sex = Array(repeating: nil, count: personCount)
        race = Array(repeating: nil, count: personCount)
        area = Array(repeating: nil, count: personCount)
        custodyStatus = Array(repeating: nil, count: personCount)
        supervision = Array(repeating: nil, count: personCount)
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
