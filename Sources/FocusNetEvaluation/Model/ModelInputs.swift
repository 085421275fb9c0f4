import Foundation
import FocusNetGraph
import FocusNetScoring

/// Everything a model may read about each scored person at one as-of date, in one place:
/// history features, network measures, exposure and the three scores of ``Ranking``.
///
/// Shapes `[n]` for the n people chosen (a subset of the ranking's nodes, in node order).
/// Nothing here is dated after the ranking's as-of date.
public struct ModelInputs: Sendable, Equatable {
    /// n: the people held.
    public private(set) var count: Int
    /// Distinct arrests in the window (``PersonFeatures/arrests``).
    public private(set) var arrests: [Int]
    /// Distinct violent arrests in the window (``PersonFeatures/violentArrests``).
    public private(set) var violentArrests: [Int]
    /// Distinct weapons or gun-involved arrests in the window (``PersonFeatures/gunArrests``).
    public private(set) var gunArrests: [Int]
    /// The person's own gunshot victimizations in the window (``PersonFeatures/priorVictimizations``).
    public private(set) var priorVictimizations: [Int]
    /// Arrests in the last year minus arrests in the year before.
    public private(set) var trend: [Int]
    /// Age in whole years at D; `nil` without a birth date.
    public private(set) var age: [Int?]
    /// As coded in the persons file; `nil` when unknown.
    public private(set) var sex: [String?]
    /// Distinct neighbours (``NetworkMeasures/degree``).
    public private(set) var degree: [Int]
    /// Sum of tie strengths (``NetworkMeasures/strength``).
    public private(set) var strength: [Double]
    /// Percentile rank of betweenness among all nodes of the ranking, in (0, 1]; 0 for every node
    /// when the ranking did not compute betweenness (the fitted model then leaves it out).
    public private(set) var betweennessPercentile: [Double]
    /// Whether the ranking computed betweenness (``betweennessPercentile`` is meaningful).
    public let hasBetweenness: Bool
    /// Eigenvector centrality, in [0, 1] (``NetworkMeasures/eigenvector``).
    public private(set) var eigenvector: [Double]
    /// k-core number, in ties (``NetworkMeasures/coreness``).
    public private(set) var coreness: [Int]
    /// Exposure to recent gunshot victims (``NetworkExposure/exposure``).
    public private(set) var victimExposure: [Double]
    /// Exposure to recent identified shooters (``NetworkExposure/exposure``).
    public private(set) var shooterExposure: [Double]
    /// Distinct recent gunshot victims sharing an arrest with the person
    /// (``ExposureProfile/victimsCoArrest1Step``); count of people.
    public private(set) var victimsCoArrest1Step: [Int]
    /// Distinct recent victims sharing an active group with the person but no arrest
    /// (``ExposureProfile/victimsGroup1Step``); count of people.
    public private(set) var victimsGroup1Step: [Int]
    /// Distinct recent victims exactly two hops away (``ExposureProfile/victims2Step``); count of people.
    public private(set) var victims2Step: [Int]
    /// Recent victims in the person's groups, each weighted 1/(n_g − 1) (``ExposureProfile/groupExposure``).
    public private(set) var groupExposure: [Double]
    /// Distinct recent victims among the members of the person's groups (``ExposureProfile/groupViolence``).
    public private(set) var groupViolence: [Int]
    /// Days from the person's newest own victimization in the window to D; `nil` without one
    /// (``ExposureProfile/daysSinceVictimization``).
    public private(set) var daysSinceVictimization: [Int?]
    /// Whether the person has an active group membership at D.
    public private(set) var groupMember: [Bool]
    /// Gunshot victimizations in the exposure window before D per 1,000 people of the network at
    /// D in the person's area (``Source/areaViolence(context:people:window:)``); `nil` without an
    /// area. The demographic baseline's neighbourhood term (Green, Horel & Papachristos 2017).
    public private(set) var areaViolence: [Double?]
    /// Days from the latest arrest in the window to D; `nil` without one (group members only).
    public private(set) var daysSinceArrest: [Int?]
    /// Points score (``Scores/points``); units: points.
    public private(set) var points: [Double]
    /// Network score, in (0, 1] (``RiskScore/scores``).
    public private(set) var network: [Double]
    /// Composite score, in (0, 1] (``Scores/composite``).
    public private(set) var composite: [Double]

    /// What the inputs read from a ranking, without its network: a rebuild can let the network
    /// (most of a ranking's memory, ≈ 1.5 GiB at state scale) go before the inputs are gathered.
    struct Source: Sendable {
        let persons: [Int32]
        let asOf: CalendarDay
        let features: PersonFeatures
        let measures: NetworkMeasures
        let scores: Scores
        let victimExposure: [Double], shooterExposure: [Double]
        let profile: ExposureProfile
        /// Whether each node has an active group membership at D. Shape `[n]`.
        let groupMember: [Bool]
        /// ``ModelInputs/areaViolence`` of each area, and each person's area (−1: unknown), shape
        /// `[persons in the records]`: kept by area, not by node (a state's nodes would hold 53 MB
        /// per rebuild for a term only the demographic baseline reads).
        let areaRate: (perArea: [Double], ofPerson: [Int32])

        /// - Complexity: O(n + persons in the records + victimizations).
        init(_ ranking: Ranking, context: ScoringContext) {
            persons = ranking.persons
            asOf = ranking.asOf
            features = ranking.features
            measures = ranking.measures
            scores = ranking.scores
            victimExposure = ranking.victimExposure.exposure
            shooterExposure = ranking.shooterExposure.exposure
            profile = ranking.exposureProfile
            let groups = ranking.groups
            groupMember = ranking.persons.map { !(groups?.groupsOfPerson[Int($0)].isEmpty ?? true) }
            areaRate = Source.areaViolence(context: context, people: ranking.persons, window: ranking.windows.exposure)
        }

        /// Gunshot victimizations dated in `window` (the exposure window, ending at D) among the
        /// people of each area, per 1,000 of `people` (the network at D) the persons file places in
        /// that area; and each person's area (−1 when unknown).
        ///
        /// The persons file's area is taken as the person's area at every as-of date, as the
        /// disparity audit takes it: a person who moved after D is counted where they live at the
        /// extraction. This only feeds the `demographic` baseline, and what it leaks can only
        /// flatter the baseline, never the list it is compared with.
        /// - Complexity: O(persons + victimizations) hash lookups.
        static func areaViolence(context: ScoringContext, people: [Int32], window: ObservationWindow)
            -> (perArea: [Double], ofPerson: [Int32]) {
            var index: [String: Int32] = [:]
            let ofPerson = context.area.map { name -> Int32 in
                guard let name else { return -1 }
                if let k = index[name] { return k }
                index[name] = Int32(index.count)
                return Int32(index.count - 1)
            }
            var residents = [Int](repeating: 0, count: index.count), victims = residents
            for p in people where ofPerson[Int(p)] >= 0 { residents[Int(ofPerson[Int(p)])] += 1 }
            for v in context.victimizations where window.contains(v.day) && ofPerson[Int(v.person)] >= 0 {
                victims[Int(ofPerson[Int(v.person)])] += 1
            }
            return (zip(victims, residents).map { $1 > 0 ? 1000 * Double($0) / Double($1) : 0 }, ofPerson)
        }
    }

    /// The inputs of the ranking's nodes `nodes` (default: all of them).
    /// - Complexity: O(n) per feature; O(n log n) for the betweenness percentiles when the ranking
    ///   computed betweenness.
    ///   - betweennessPercentile: the percentile ranks of every node's betweenness when the caller
    ///     already computed them (inputs built in blocks of nodes compute them once).
    init(ranking: Ranking, context: ScoringContext, nodes: [Int]? = nil, betweennessPercentile ranks: [Double]? = nil) {
        self.init(source: Source(ranking, context: context), context: context, nodes: nodes, betweennessPercentile: ranks)
    }

    /// The inputs of `source`'s nodes `nodes` (default: all of them); as ``init(ranking:context:nodes:betweennessPercentile:)``.
    init(source: Source, context: ScoringContext, nodes: [Int]? = nil, betweennessPercentile ranks: [Double]? = nil) {
        let nodes = nodes ?? Array(source.persons.indices)
        let f = source.features, m = source.measures, s = source.scores
        let asOf = source.asOf
        hasBetweenness = m.betweenness != nil
        let betweenness = ranks ?? m.betweenness.map { PercentileRank.compute($0) }
            ?? [Double](repeating: 0, count: source.persons.count)
        count = nodes.count
        arrests = nodes.map { f.arrests[$0] }
        violentArrests = nodes.map { f.violentArrests[$0] }
        gunArrests = nodes.map { f.gunArrests[$0] }
        priorVictimizations = nodes.map { f.priorVictimizations[$0] }
        trend = nodes.map { f.trend[$0] }
        age = nodes.map { f.age[$0] }
        sex = nodes.map { context.sex[Int(source.persons[$0])] }
        degree = nodes.map { m.degree[$0] }
        strength = nodes.map { m.strength[$0] }
        betweennessPercentile = nodes.map { betweenness[$0] }
        eigenvector = nodes.map { m.eigenvector[$0] }
        coreness = nodes.map { m.coreness[$0] }
        victimExposure = nodes.map { source.victimExposure[$0] }
        shooterExposure = nodes.map { source.shooterExposure[$0] }
        let profile = source.profile
        victimsCoArrest1Step = nodes.map { Int(profile.victimsCoArrest1Step[$0]) }
        victimsGroup1Step = nodes.map { Int(profile.victimsGroup1Step[$0]) }
        victims2Step = nodes.map { Int(profile.victims2Step[$0]) }
        groupExposure = nodes.map { profile.groupExposure[$0] }
        groupViolence = nodes.map { Int(profile.groupViolence[$0]) }
        daysSinceVictimization = nodes.map { profile.daysSinceVictimization[$0].map(Int.init) }
        groupMember = nodes.map { source.groupMember[$0] }
        let area = source.areaRate
        areaViolence = nodes.map { v in
            let a = area.ofPerson[Int(source.persons[v])]
            return a >= 0 ? area.perArea[Int(a)] : nil
        }
        daysSinceArrest = nodes.map { v in f.latestArrest[v].map { asOf.days(since: $0) } }
        points = nodes.map { s.points[$0] }
        network = nodes.map { s.network.scores[$0] }
        composite = nodes.map { s.composite[$0] }
    }

    /// The inputs of the people at `indices` (positions in this value), in that order.
    /// - Complexity: O(|indices| × fields).
    func subset(_ indices: [Int]) -> ModelInputs {
        var x = self
        x.count = indices.count
        x.arrests = indices.map { arrests[$0] }
        x.violentArrests = indices.map { violentArrests[$0] }
        x.gunArrests = indices.map { gunArrests[$0] }
        x.priorVictimizations = indices.map { priorVictimizations[$0] }
        x.trend = indices.map { trend[$0] }
        x.age = indices.map { age[$0] }
        x.sex = indices.map { sex[$0] }
        x.degree = indices.map { degree[$0] }
        x.strength = indices.map { strength[$0] }
        x.betweennessPercentile = indices.map { betweennessPercentile[$0] }
        x.eigenvector = indices.map { eigenvector[$0] }
        x.coreness = indices.map { coreness[$0] }
        x.victimExposure = indices.map { victimExposure[$0] }
        x.shooterExposure = indices.map { shooterExposure[$0] }
        x.victimsCoArrest1Step = indices.map { victimsCoArrest1Step[$0] }
        x.victimsGroup1Step = indices.map { victimsGroup1Step[$0] }
        x.victims2Step = indices.map { victims2Step[$0] }
        x.groupExposure = indices.map { groupExposure[$0] }
        x.groupViolence = indices.map { groupViolence[$0] }
        x.daysSinceVictimization = indices.map { daysSinceVictimization[$0] }
        x.groupMember = indices.map { groupMember[$0] }
        x.areaViolence = indices.map { areaViolence[$0] }
        x.daysSinceArrest = indices.map { daysSinceArrest[$0] }
        x.points = indices.map { points[$0] }
        x.network = indices.map { network[$0] }
        x.composite = indices.map { composite[$0] }
        return x
    }
}
