import FocusNetGraph
import Foundation

/// The people, areas and groups of a synthetic region, before anything happens to them:
/// static traits in flat arrays indexed by an internal person index (never written out;
/// public `P…` numbers are given on first appearance in a record).
///
/// Stylized facts built in here (each measured back in ``SimulationSummary``):
/// - **Offending is concentrated in a few very active people**: activity is log-normal
///   (σ = ``activitySpread`` = 1.3), and arrests are drawn in proportion to it. Wolfgang, Figlio & Sellin,
///   *Delinquency in a Birth Cohort* (1972): 6% of a cohort, 18% of its delinquents,
///   accounted for 52% of its police contacts.
/// - **Age–crime curve**: arrests and victimizations peak at 18–24 and fall steeply after 30
///   (Hirschi & Gottfredson 1983, doi:10.1086/227905); careers start mostly at 13–20 and last
///   a few years (Blumstein, Cohen, Roth & Visher, *Criminal Careers and "Career Criminals"*, 1986).
/// - **Crime concentrates in places**: area violence is log-normal (σ = 0.8) and both offenders
///   and groups settle in proportion to it (Weisburd 2015, doi:10.1111/1745-9125.12070).
/// - **Group sizes are heavy-tailed**: Pareto weights (α = 1.1), capped at 60× the smallest
///   (``SimulationConfig/groupSizeCap``; 10× at state scale); a
///   minority of offenders, the more active ones, belong to a group. Gang members are ~26% of
///   Chicago's co-offending network (Green, Horel & Papachristos 2017, doi:10.1001/jamainternmed.2016.8245).
/// - Groups have 1–3 **rivals**, mostly in the same area (Papachristos 2009, doi:10.1086/597791).
///
/// Race codes and their shares are arbitrary synthetic labels for testing disparity audits;
/// they are not calibrated to any real place.
struct SyntheticPopulation {
    // MARK: Areas
    let areaCount: Int
    private(set) var areaPopulation: [Int] = []
    /// Relative violence of each area (mean ≈ 1).
    private(set) var areaViolence: [Double] = []
    private(set) var areaMajorityRace: [UInt8] = []
    /// Draws an area in proportion to its violence.
    private(set) var areaTable: AliasSampler

    // MARK: Persons (first `count` of `capacity` slots in use)
    /// Persons of the offender pool (indices `0..<poolCount`); background victims come after.
    let poolCount: Int
    let capacity: Int
    private(set) var count: Int
    private(set) var birthDay: [Int32]
    /// Month index (0 = January of the start year) of the birth month; negative before the data.
    private(set) var birthMonth: [Int32]
    /// 0 = M, 1 = F.
    private(set) var sex: [UInt8]
    /// Index into ``raceCodes``.
    private(set) var race: [UInt8]
    private(set) var area: [Int32]
    /// Group index or −1.
    private(set) var group: [Int32]
    /// Relative arrest propensity (log-normal; 0 for background victims).
    private(set) var activity: [Float]
    /// First and last month index of the offending career (inclusive).
    private(set) var careerStart: [Int32]
    private(set) var careerEnd: [Int32]
    /// Static part of the monthly victimization hazard: activity^½ × area violence^½ × 2.5 for group
    /// members × 0.5 for women, × ``baselineHazard``.
    private(set) var baseRisk: [Float]
    /// Draws a pool person in proportion to activity (arrest leads).
    private(set) var leadTable: AliasSampler
    private let raceTable: AliasSampler

    // MARK: Groups and lookup lists (CSR: members of x are list[start[x]..<start[x+1]])
    let groupCount: Int
    /// See ``SimulationConfig/groupSizeCap`` and ``SimulationConfig/groupJoinScale``.
    let groupSizeCap: Double, groupJoinScale: Double
    private(set) var groupArea: [Int32] = []
    private(set) var groupMemberStart: [Int32] = []
    private(set) var groupMembers: [Int32] = []
    private(set) var rivalStart: [Int32] = []
    private(set) var rivals: [Int32] = []
    private(set) var areaMemberStart: [Int32] = []
    private(set) var areaMembers: [Int32] = []

    static let raceCodes = ["black", "white", "hispanic", "asian", "other"]
    private static let raceShares = [0.42, 0.21, 0.27, 0.04, 0.06]
    /// Pool persons per target arrest row (calibrated: about 0.35 persons in the records per
    /// arrest row, ~700 at tiny scale; the rest never offend during the data).
    static let poolPerArrestRow = 1.2
    /// Static risk of a median pool person (a relative weight: the victimization process
    /// rescales the sum of hazards to the region's level of violence each month).
    static let baselineHazard = 0.00017
    /// σ of log activity.
    static let activitySpread = 1.3

    /// Draws everyone's traits. - Complexity: O(p + g·a) time and O(p) memory for p pool persons,
    /// g groups and a areas.
    init(config: SimulationConfig, random: inout Xoshiro256StarStar) {
        areaCount = config.areaCount
        groupCount = config.groupCount
        groupSizeCap = config.groupSizeCap
        groupJoinScale = config.groupJoinScale
        poolCount = max(50, Int(Double(config.targetArrestRows) * Self.poolPerArrestRow))
        capacity = poolCount + poolCount / 10 + 100
        count = 0
        raceTable = AliasSampler(weights: Self.raceShares)

        // Areas: violence log-normal; population log-normal but flatter (people live everywhere).
        var populationWeights = [Double]()
        for _ in 0..<areaCount {
            areaViolence.append(exp(0.8 * random.normal() - 0.32))
            populationWeights.append(exp(0.4 * random.normal()))
            areaMajorityRace.append(UInt8(raceTable.sample(&random)))
        }
        areaTable = AliasSampler(weights: areaViolence)
        let populationTotal = populationWeights.reduce(0, +)
        var assigned = 0
        for a in 0..<areaCount {
            let share = a == areaCount - 1 ? config.population - assigned
                : Int((Double(config.population) * populationWeights[a] / populationTotal).rounded())
            areaPopulation.append(max(0, share))
            assigned += share
        }

        birthDay = .init(repeating: 0, count: capacity)
        birthMonth = .init(repeating: 0, count: capacity)
        sex = .init(repeating: 0, count: capacity)
        race = .init(repeating: 0, count: capacity)
        area = .init(repeating: 0, count: capacity)
        group = .init(repeating: -1, count: capacity)
        activity = .init(repeating: 0, count: capacity)
        careerStart = .init(repeating: .max, count: capacity)
        careerEnd = .init(repeating: .min, count: capacity)
        baseRisk = .init(repeating: 0, count: capacity)

        let startDay = CivilDate.day(year: config.startYear, month: 1, day: 1)
        let months = config.months
        for i in 0..<poolCount {
            let a = areaTable.sample(&random)
            area[i] = Int32(a)
            sex[i] = random.bernoulli(0.84) ? 0 : 1
            race[i] = random.bernoulli(0.65) ? areaMajorityRace[a] : UInt8(raceTable.sample(&random))
            // Ages at the start: most are young or about to become so during the data.
            let ageAtStart = random.bernoulli(0.8)
                ? random.uniform(12 - Double(config.years), 30) : random.uniform(30, 58)
            let born = startDay - Int(ageAtStart * 365.25)
            birthDay[i] = Int32(born)
            birthMonth[i] = Int32(Self.monthIndex(ofDay: born, startYear: config.startYear))
            let onsetAge = min(50, 13 + random.exponential(mean: 4.5))
            let start = Int(birthMonth[i]) + Int(onsetAge * 12)
            careerStart[i] = Int32(clamping: start)
            careerEnd[i] = Int32(clamping: start + 12 + Int(random.exponential(mean: 90)))
            activity[i] = Float(exp(Self.activitySpread * random.normal())) * (sex[i] == 0 ? 1 : 0.6)
        }
        count = poolCount
        // Only careers that overlap the data can lead an arrest.
        var leadWeights = [Double](repeating: 0, count: poolCount)
        for i in 0..<poolCount where careerEnd[i] >= 0 && careerStart[i] < months { leadWeights[i] = Double(activity[i]) }
        if !leadWeights.contains(where: { $0 > 0 }) { leadWeights[0] = 1 }
        leadTable = AliasSampler(weights: leadWeights)

        makeGroups(random: &random)
        for i in 0..<poolCount {
            let risk = Self.baselineHazard * Double(activity[i]).squareRoot() * areaViolence[Int(area[i])].squareRoot()
                * (group[i] >= 0 ? 2.5 : 1.0) * (sex[i] == 0 ? 1.0 : 0.5)
            baseRisk[i] = Float(risk)
        }
        areaMemberStart = Self.csrStarts(keys: area[0..<poolCount], bucketCount: areaCount)
        areaMembers = Self.csrFill(keys: area[0..<poolCount], starts: areaMemberStart)
    }

    // MARK: Groups

    private mutating func makeGroups(random: inout Xoshiro256StarStar) {
        guard groupCount > 0 else {
            groupMemberStart = [0]; rivalStart = [0]
            return
        }
        var weights = [Double]()
        for _ in 0..<groupCount {
            groupArea.append(Int32(areaTable.sample(&random)))
            weights.append(min(groupSizeCap, pow(1 - random.uniform(), -1 / 1.1)))
        }
        let groupTable = AliasSampler(weights: weights)
        // Groups of each area, to recruit locally.
        let areaGroupStart = Self.csrStarts(keys: groupArea[...], bucketCount: areaCount)
        let areaGroups = Self.csrFill(keys: groupArea[...], starts: areaGroupStart)
        for i in 0..<poolCount {
            let join = min(0.7, groupJoinScale * pow(Double(activity[i]), 0.7)) * (sex[i] == 0 ? 1 : 0.4)
            guard random.bernoulli(join) else { continue }
            let a = Int(area[i])
            let local = Int(areaGroupStart[a])..<Int(areaGroupStart[a + 1])
            if !local.isEmpty && random.bernoulli(0.85) {
                let total = local.reduce(0.0) { $0 + weights[Int(areaGroups[$1])] }
                var pick = random.uniform() * total
                var chosen = Int(areaGroups[local.lowerBound])
                for k in local {
                    let g = Int(areaGroups[k])
                    pick -= weights[g]
                    chosen = g
                    if pick < 0 { break }
                }
                group[i] = Int32(chosen)
            } else {
                group[i] = Int32(groupTable.sample(&random))
            }
        }
        let memberKeys = group[0..<poolCount]
        groupMemberStart = Self.csrStarts(keys: memberKeys, bucketCount: groupCount)
        groupMembers = Self.csrFill(keys: memberKeys, starts: groupMemberStart)

        // Rivalries: symmetric pairs, mostly within an area.
        var pairs = [(Int32, Int32)]()
        if groupCount > 1 {
            for g in 0..<groupCount {
                let a = Int(groupArea[g])
                let local = Int(areaGroupStart[a])..<Int(areaGroupStart[a + 1])
                for _ in 0..<(1 + random.below(3)) {
                    let r = local.count > 1 && random.bernoulli(0.7)
                        ? Int(areaGroups[local.lowerBound + random.below(local.count)])
                        : random.below(groupCount)
                    if r != g { pairs.append((Int32(g), Int32(r))); pairs.append((Int32(r), Int32(g))) }
                }
            }
        }
        pairs.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var unique = [(Int32, Int32)]()
        for p in pairs where unique.last.map({ $0 != p }) ?? true { unique.append(p) }
        rivalStart = Self.csrStarts(keys: unique.map(\.0)[...], bucketCount: groupCount)
        rivals = unique.map(\.1)
    }

    // MARK: Background victims

    /// Adds a person with no offending career: a victim from the general population (a
    /// bystander, a resident of a violent area). Returns `nil` when the reserved slots are used up.
    mutating func addBackgroundPerson(
        random: inout Xoshiro256StarStar, dayNumber: Int, startYear: Int
    ) -> Int? {
        guard count < capacity else { return nil }
        let i = count
        count += 1
        let a = areaTable.sample(&random)
        area[i] = Int32(a)
        sex[i] = random.bernoulli(0.8) ? 0 : 1
        race[i] = random.bernoulli(0.65) ? areaMajorityRace[a] : UInt8(raceTable.sample(&random))
        let age = min(75, 15 + random.exponential(mean: 11))
        let born = dayNumber - Int(age * 365.25)
        birthDay[i] = Int32(born)
        birthMonth[i] = Int32(Self.monthIndex(ofDay: born, startYear: startYear))
        baseRisk[i] = Float(Self.baselineHazard * 0.1)
        return i
    }

    // MARK: Helpers

    /// Month index (0 = January of `startYear`) of a day number.
    static func monthIndex(ofDay dayNumber: Int, startYear: Int) -> Int {
        let (y, m, _) = CivilDate.civil(dayNumber)
        return (y - startYear) * 12 + (m - 1)
    }

    /// CSR offsets for bucketing `keys` (−1 = no bucket); `bucketCount + 1` entries.
    static func csrStarts(keys: ArraySlice<Int32>, bucketCount: Int) -> [Int32] {
        var starts = [Int32](repeating: 0, count: bucketCount + 1)
        for k in keys where k >= 0 { starts[Int(k) + 1] += 1 }
        for b in 0..<bucketCount { starts[b + 1] += starts[b] }
        return starts
    }

    /// The indices of `keys` grouped by key, in index order within a bucket.
    static func csrFill(keys: ArraySlice<Int32>, starts: [Int32]) -> [Int32] {
        var next = starts
        var list = [Int32](repeating: 0, count: Int(starts.last ?? 0))
        for (offset, k) in keys.enumerated() where k >= 0 {
            list[Int(next[Int(k)])] = Int32(keys.startIndex + offset)
            next[Int(k)] += 1
        }
        return list
    }
}
