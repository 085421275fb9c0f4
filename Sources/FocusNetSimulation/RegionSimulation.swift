import FocusNetGraph
import Foundation

/// One run of the synthetic region: the month loop and the per-person state it updates, all
/// in flat arrays sized once (person capacity) so memory does not grow with the number of rows.
///
/// Each month `m`, in this order:
/// 1. ``simulateVictimizations(month:files:)`` — the contagion process, using only the state at
///    the first day of the month (ties and shootings of earlier months);
/// 2. ``simulateArrests(month:files:)`` — arrest events, co-offending ties, custody, supervision.
/// Persons shot in a month are not arrested in it, so no record contradicts another
/// (no arrest after a death, no shooting inside a custody spell).
struct RegionSimulation {
    let config: SimulationConfig
    var random: Xoshiro256StarStar
    var people: SyntheticPopulation
    var ties: CoOffendingTies
    let months: Int
    /// First day of each month and the day after the last one (`months + 1` entries).
    let monthFirstDay: [Int]

    // MARK: Identifier formats
    let personFormat: IdentifierFormat
    let arrestFormat: IdentifierFormat
    let groupFormat: IdentifierFormat
    let areaFormat: IdentifierFormat
    let victimizationFormat: IdentifierFormat
    let shootingFormat: IdentifierFormat

    // MARK: Per-person record state (index = internal person index)
    /// Public person number (the `P…` id), 0 until the person first appears in a record.
    var publicNumber: [Int32]
    /// Internal index of public number `k` at `k − 1`.
    var byPublicNumber: [Int32] = []
    var arrestCount: [Int32]
    var violentArrests: [UInt8]
    var gunArrests: [UInt8]
    var suspectCount: [UInt8]
    var firstArrestDay: [Int32]
    var lastArrestDay: [Int32]
    var lastArrestMonth: [Int32]
    /// Last day of the latest custody spell (`.min` when none).
    var custodyEnd: [Int32]
    /// 0 none, 1 probation, 2 parole, with the supervised days `[start, end]`.
    var supervisionKind: [UInt8]
    var supervisionStart: [Int32]
    var supervisionEnd: [Int32]
    /// Day of a fatal shooting (`.max` while alive).
    var deathDay: [Int32]
    /// Month of the latest shooting (``neverShot`` when none).
    var lastShotMonth: [Int32]
    /// Co-offenders (ties formed before this month) shot in the previous 12 months.
    var exposure: [Int32]
    /// Whether some co-offender (tie formed in an earlier month) was shot in an earlier month.
    var everExposed: [Bool]
    /// Members of each group shot in the previous 12 months.
    var groupRecentlyShot: [Int32]
    /// Persons whose 12-month recency may end at the start of month `k` (`months + 14` buckets).
    var recencyExpiry: [[Int32]]
    /// Internal indices of persons shot, in shooting order (with repeats).
    var victims: [Int32] = []
    static let neverShot: Int32 = -100_000

    // MARK: Counters
    var arrestEvents = 0, arrestRows = 0, massArrestEvents = 0, coArrestEvents = 0, arrestRowsAged15to35 = 0
    var victimizationCount = 0, fatalCount = 0, shootingCount = 0, custodyCount = 0
    var victimizationsWithPriorExposure = 0
    var exposedPersonMonths = 0, exposedVictimizations = 0, unexposedPersonMonths = 0, unexposedVictimizations = 0

    // MARK: Scratch space of one month (reused)
    var eventDay: [Int32] = []
    var eventCategory: [UInt8] = []
    var eventGun: [Bool] = []
    var eventFirst: [Int32] = [0]
    var eventPersons: [Int32] = []
    var eventOrder: [Int64] = []
    var monthVictims: [Int64] = []
    /// Base hazard of each person this month (−1 when not at risk: dead, in custody or under 12).
    var baseHazard: [Float]

    init(config: SimulationConfig) {
        self.config = config
        random = Xoshiro256StarStar(seed: config.seed)
        people = SyntheticPopulation(config: config, random: &random)
        months = config.months
        monthFirstDay = (0...config.months).map { CivilDate.firstDay(ofMonth: $0, startYear: config.startYear) }
        let capacity = people.capacity
        ties = CoOffendingTies(personCapacity: capacity)

        personFormat = IdentifierFormat(prefix: "P", minimumWidth: 6, capacity: capacity)
        arrestFormat = IdentifierFormat(prefix: "A", minimumWidth: 7, capacity: 2 * config.targetArrestRows)
        groupFormat = IdentifierFormat(prefix: "G", minimumWidth: 3, capacity: config.groupCount)
        areaFormat = IdentifierFormat(prefix: "A", minimumWidth: 2, capacity: config.areaCount)
        victimizationFormat = IdentifierFormat(prefix: "V", minimumWidth: 6, capacity: capacity)
        shootingFormat = IdentifierFormat(prefix: "S", minimumWidth: victimizationFormat.width, capacity: capacity)

        publicNumber = .init(repeating: 0, count: capacity)
        arrestCount = .init(repeating: 0, count: capacity)
        violentArrests = .init(repeating: 0, count: capacity)
        gunArrests = .init(repeating: 0, count: capacity)
        suspectCount = .init(repeating: 0, count: capacity)
        firstArrestDay = .init(repeating: .max, count: capacity)
        lastArrestDay = .init(repeating: .min, count: capacity)
        lastArrestMonth = .init(repeating: -1, count: capacity)
        custodyEnd = .init(repeating: .min, count: capacity)
        supervisionKind = .init(repeating: 0, count: capacity)
        supervisionStart = .init(repeating: 0, count: capacity)
        supervisionEnd = .init(repeating: .min, count: capacity)
        deathDay = .init(repeating: .max, count: capacity)
        lastShotMonth = .init(repeating: Self.neverShot, count: capacity)
        exposure = .init(repeating: 0, count: capacity)
        everExposed = .init(repeating: false, count: capacity)
        groupRecentlyShot = .init(repeating: 0, count: max(1, config.groupCount))
        recencyExpiry = .init(repeating: [], count: config.months + 14)
        baseHazard = .init(repeating: 0, count: capacity)
    }

    var firstDay: Int { monthFirstDay[0] }
    var lastDay: Int { monthFirstDay[months] - 1 }

    /// Runs every month and writes every file into `directory`.
    /// - Throws: ``SimulationError/cannotWriteFile(path:reason:)``.
    /// - Complexity: O(M·n + r + v·d) time for M months, n persons, r arrest rows, v shootings
    ///   and d the mean degree; O(n + t) memory for t ties.
    mutating func run(into directory: URL) throws(SimulationError) -> SimulationSummary {
        let files = try RecordFiles(directory: directory)
        try writePopulation(files.population)
        for month in 0..<months {
            try simulateVictimizations(month: month, files: files)
            try simulateArrests(month: month, files: files)
        }
        let groupSizes = try writeMemberships(files.memberships)
        try writePersons(files.persons)
        try files.closeAll()
        return measure(files: files, groupSizes: groupSizes)
    }

    // MARK: Shared helpers

    /// The public number of person `i`, given on first appearance.
    mutating func publicID(_ i: Int) -> Int {
        if publicNumber[i] == 0 {
            byPublicNumber.append(Int32(i))
            publicNumber[i] = Int32(byPublicNumber.count)
        }
        return Int(publicNumber[i])
    }

    /// Age in completed years of person `i` in month `m` (from birth month; may be negative).
    func ageInYears(_ i: Int, month m: Int) -> Int {
        let months = m - Int(people.birthMonth[i])
        return months >= 0 ? months / 12 : -1
    }

    /// Alive, free at the first day of month `m`.
    func isAliveAndFree(_ i: Int, month m: Int) -> Bool {
        deathDay[i] == .max && Int(custodyEnd[i]) < monthFirstDay[m]
    }

    /// Shot in months `[m − 12, m − 1]`.
    func wasShotRecently(_ i: Int, month m: Int) -> Bool {
        let s = Int(lastShotMonth[i])
        return s >= m - 12 && s <= m - 1
    }

    /// Calendar month (0 = January) of month index `m`.
    func calendarMonth(_ m: Int) -> Int { m % 12 }

    /// Seasonality of violence: +20% in July, −20% in January (Anderson 1989, doi:10.1037/0033-2909.106.1.74).
    func violenceSeason(_ m: Int) -> Double { 1 + 0.2 * cos(2 * Double.pi * Double(calendarMonth(m) - 6) / 12) }

    // MARK: Files written at the start and the end

    private mutating func writePopulation(_ file: CSVStreamWriter) throws(SimulationError) {
        for a in 0..<people.areaCount {
            file.identifier(areaFormat, a + 1)
            file.integer(people.areaPopulation[a])
            try file.endRow()
        }
    }

    /// Membership rows, sorted by person id: members who appear in a record (arrested or shot)
    /// are documented with probability 0.9, members who were active during the data but have
    /// no record with probability 0.35 (gang databases list people never arrested).
    /// Returns the recorded members of each group.
    private mutating func writeMemberships(_ file: CSVStreamWriter) throws(SimulationError) -> [Int] {
        var recorded = [Int32]()
        for i in 0..<people.poolCount where people.group[i] >= 0 {
            let hasRecord = arrestCount[i] > 0 || lastShotMonth[i] != Self.neverShot
            let activeDuring = people.careerStart[i] < months && people.careerEnd[i] >= 0
                && ageInYears(i, month: months - 1) >= 14
            if random.bernoulli(hasRecord ? 0.9 : activeDuring ? 0.35 : 0) { recorded.append(Int32(i)) }
        }
        for i in recorded { _ = publicID(Int(i)) }
        recorded.sort { publicNumber[Int($0)] < publicNumber[Int($1)] }
        var sizes = [Int](repeating: 0, count: people.groupCount)
        for index in recorded {
            let i = Int(index)
            let born14 = Int(people.birthDay[i]) + 14 * 365 + 4
            let end = min(lastDay, Int(deathDay[i]))
            let earliest = min(end, max(firstDay, born14))
            let latestFirst = arrestCount[i] > 0 ? max(earliest, Int(firstArrestDay[i])) : end
            let firstSeen = earliest + random.below(latestFirst - earliest + 1)
            var lastSeen = max(firstSeen, arrestCount[i] > 0 ? Int(lastArrestDay[i]) : firstSeen)
            lastSeen = min(end, lastSeen + random.below(181))
            file.identifier(personFormat, Int(publicNumber[i]))
            file.identifier(groupFormat, Int(people.group[i]) + 1)
            file.date(firstSeen)
            file.date(lastSeen)
            file.ascii(random.bernoulli(0.6) ? Self.gangDatabase : Self.fieldInterview)
            try file.endRow()
            sizes[Int(people.group[i])] += 1
        }
        return sizes
    }

    /// One row per person who appears in any record, in id order, with the status on the last day.
    private mutating func writePersons(_ file: CSVStreamWriter) throws(SimulationError) {
        for index in byPublicNumber {
            let i = Int(index)
            file.identifier(personFormat, Int(publicNumber[i]))
            file.date(Int(people.birthDay[i]))
            file.ascii(people.sex[i] == 0 ? Self.male : Self.female)
            file.ascii(Self.raceBytes[Int(people.race[i])])
            file.identifier(areaFormat, Int(people.area[i]) + 1)
            let incarcerated = Int(custodyEnd[i]) >= lastDay
            file.ascii(deathDay[i] != .max ? Self.deceased : incarcerated ? Self.incarcerated : Self.free)
            let supervised = deathDay[i] == .max && !incarcerated && supervisionKind[i] != 0
                && Int(supervisionStart[i]) <= lastDay && Int(supervisionEnd[i]) >= lastDay
            file.ascii(supervised ? (supervisionKind[i] == 1 ? Self.probation : Self.parole) : Self.none)
            try file.endRow()
        }
    }

    // MARK: Codes as bytes
    static let male = Array("M".utf8), female = Array("F".utf8)
    static let raceBytes = SyntheticPopulation.raceCodes.map { Array($0.utf8) }
    static let free = Array("free".utf8), incarcerated = Array("incarcerated".utf8), deceased = Array("deceased".utf8)
    static let none = Array("none".utf8), probation = Array("probation".utf8), parole = Array("parole".utf8)
    static let gangDatabase = Array("gang_database".utf8), fieldInterview = Array("field_interview".utf8)
    static let shotFatal = Array("shot_fatal".utf8), shotNonfatal = Array("shot_nonfatal".utf8)
    static let jail = Array("jail".utf8), prison = Array("prison".utf8)
}

/// The seven record files of a synthetic region, open for streaming.
struct RecordFiles {
    let persons, arrests, memberships, victimizations, shootings, custody, population: CSVStreamWriter

    /// The canonical file names, in the order they are listed to users.
    static let names = ["persons.csv", "arrests.csv", "memberships.csv", "victimizations.csv",
                        "shootings.csv", "custody.csv", "population.csv"]

    init(directory: URL) throws(SimulationError) {
        func open(_ name: String, _ header: String) throws(SimulationError) -> CSVStreamWriter {
            try CSVStreamWriter(url: directory.appendingPathComponent(name),
                                header: header.split(separator: ",").map(String.init))
        }
        persons = try open("persons.csv", "person_id,birth_date,sex,race,area,custody_status,supervision")
        arrests = try open("arrests.csv", "arrest_id,person_id,arrest_date,offense_category,gun_involved")
        memberships = try open("memberships.csv", "person_id,group_id,first_seen,last_seen,source")
        victimizations = try open("victimizations.csv", "incident_id,person_id,date,type")
        shootings = try open("shootings.csv", "incident_id,suspect_person_id,date,area")
        custody = try open("custody.csv", "person_id,start,end,type")
        population = try open("population.csv", "area,population")
    }

    func closeAll() throws(SimulationError) {
        for file in [persons, arrests, memberships, victimizations, shootings, custody, population] { try file.close() }
    }
}
