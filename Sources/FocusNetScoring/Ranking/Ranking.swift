import FocusNetGraph

/// A ranked network as of a date: the network, every measure, exposure, history features,
/// the three scores, eligibility and the call-in list.
///
/// Nodes are the persons with an arrest or a given tie in the window, an active group membership
/// (``SocialNetwork``) or, for a network given as ties, a row in the persons file
/// (``RecordSet/roster(in:)``), in person-id order; every per-node array has that shape `[n]`.
/// Measures and exposure run on the combined network (co-offending + group ties).
///
/// Time: with D the as-of date, records count in the records window `(D − lookback, D]`
/// (narrowed by retention), exposure events in `(D − exposure window, D]`, group labels by
/// their expiry at D (see ``AnalysisWindows``); nothing dated after D is read. Node indices
/// `0..<n` run over the n people of ``persons``; m is the number of ties of the combined network.
///
/// The network exposure to gunshot victims follows Papachristos, Braga & Hureau (2012), "Social
/// networks and the risk of gunshot injury", *J Urban Health* 89(6), doi:10.1007/s11524-012-9703-9,
/// and Green, Horel & Papachristos (2017), "Modeling contagion through social networks to explain
/// and predict gunshot violence", *JAMA Intern Med* 177(3), doi:10.1001/jamainternmed.2016.8245;
/// the call-in list serves focused deterrence (Braga & Weisburd 2012, "The effects of focused
/// deterrence strategies on crime", *J Res Crime Delinq* 49(3)).
public struct Ranking: Sendable {
    /// D, the date the ranking is drawn up for.
    public let asOf: CalendarDay
    /// The settings the ranking was built with.
    public let configuration: RankConfiguration
    /// Every window of the run: records, exposure, group activity, retention.
    public let windows: AnalysisWindows
    /// The co-offending layer (arrest ties only), with arrest counts and mass events.
    public let network: CoOffendingNetwork
    /// Active group memberships at D, or `nil` without a memberships file.
    public let groups: GroupLayer?
    /// The combined network (co-offending and group layers, weighted by
    /// ``RankConfiguration/coOffendingLayerWeight`` and ``RankConfiguration/groupLayerWeight``;
    /// ``SocialNetwork/combined``, groups kept as member lists), with the node ↔ person maps and
    /// the co-offending layer's adjacency. Its n nodes are the nodes of every per-node array here.
    public let social: SocialNetwork
    /// Degree, strength, eigenvector, PageRank and coreness of each node on the combined network,
    /// shape `[n]`; betweenness too when ``RankConfiguration/computesBetweenness`` (else `nil`).
    public let measures: NetworkMeasures
    /// Exposure to victims of shootings in (D − exposure window, D].
    public let victimExposure: NetworkExposure
    /// Exposure to identified shooting suspects in the same window.
    public let shooterExposure: NetworkExposure
    /// Exposure to the victims of ``victimExposure`` split by tie type (co-arrest, group only) and
    /// distance, weighted and counted over each node's groups, and the days since the node's own
    /// newest victimization in the records window. Shape `[n]` per array.
    public let exposureProfile: ExposureProfile
    /// History counts of each node in the records window, shape `[n]`.
    public let features: PersonFeatures
    /// Points, network and composite scores of each node under ``RankConfiguration/model``,
    /// shape `[n]`.
    public let scores: Scores
    /// Eligibility status of each node at D under ``RankConfiguration/eligibility``, shape `[n]`.
    public let eligibility: Eligibility
    /// The score the list is ordered by: the composite until ``ordered(by:)`` gives a fitted
    /// model's probabilities.
    public private(set) var listScore: ListScore
    /// Node indices, highest ``listScore`` first (ties by person id ascending).
    public private(set) var order: [Int]
    /// Node indices invited, in list order.
    public private(set) var invitees: [Int]
    /// The invitees chosen to reach a group rather than for their own rank (``CallInSelection/Mode/groups``),
    /// by node; empty in other modes.
    public private(set) var coverage: [Int: CallInSelection.CoveragePick]
    /// Active members (node indices) of each group.
    public let groupMembers: [[Int]]
    /// Group indices by group risk (highest member ``listScore``, then mean), then group index.
    public private(set) var groupOrder: [Int]
    /// Whether each node could be invited if eligible: in the configured area, and tied to someone
    /// (or not only on the roster). Shape `[n]`.
    private let reachable: [Bool]
    /// Whether each node is in the configured area (all true without one). Shape `[n]`.
    private let inArea: [Bool]

    /// What the retention rule set aside.
    public let retention: Retention

    /// Person index of each node (indices into `RecordSet.personIDs`), increasing; shape `[n]`.
    public var persons: [Int32] { social.persons }

    /// Builds everything from the records as of `asOf`: only records the windows of
    /// `configuration.windows` admit at `asOf` are read — nothing dated after it. `stage` is
    /// called with a short description (counts, never identifiers) as each long stage ends, for
    /// progress lines.
    /// - Throws: ``IGraphError`` from the centralities computed by igraph; ``KernelError`` from an
    ///   engine that did not converge (eigenvector).
    /// - Complexity: O(rows log rows) for the network and O(i m) for the eigenvector and PageRank
    ///   products; with betweenness, dominated by it (see ``Betweenness``); exposure is linear in the ties
    ///   reached from victims.
    public init(records: RecordSet, asOf: CalendarDay, configuration: RankConfiguration, context: ScoringContext? = nil,
                stage: (String) -> Void = { _ in }) throws {
        let context = context ?? ScoringContext(records: records)
        self.asOf = asOf
        let windows = configuration.windows.windows(asOf: asOf)
        self.windows = windows
        retention = Retention(windows: windows, records: records, context: context)
        let window = windows.records
        self.configuration = configuration
        let network = CoOffendingNetwork(arrests: records.arrests, personCount: records.personIDs.count, window: window,
                                         options: configuration.projection,
                                         ties: records.ties.rowCount > 0 ? records.ties : nil, roster: records.roster(in: window))
        self.network = network
        let groups: GroupLayer? = context.memberships.isEmpty ? nil : GroupLayer(
            person: context.memberships.map(\.person), group: context.memberships.map(\.group),
            firstSeen: context.memberships.map(\.firstSeen), lastSeen: context.memberships.map(\.lastSeen),
            personCount: records.personIDs.count, groupCount: context.groupIDs.count, asOf: asOf,
            expiry: windows.groupExpiry)
        self.groups = groups
        let social = SocialNetwork(coOffending: network, groups: groups, personCount: records.personIDs.count,
                                   layerWeights: (configuration.coOffendingLayerWeight, configuration.groupLayerWeight))
        self.social = social
        let combined = social.combined
        stage("network built: \(social.persons.count) people")
        func events(_ list: [(Int32, CalendarDay)], in window: ObservationWindow) -> [(node: Int, ageInDays: Int)] {
            list.compactMap { person, day in
                let node = Int(social.nodeOfPerson[Int(person)])
                guard node >= 0, window.contains(day) else { return nil }
                return (node, asOf.days(since: day))
            }
        }
        // The person features and the exposures are computed beside the centralities: the
        // measures' products run on both cores, but coreness, the breadth-first renumbering and
        // the solvers' vector steps do not. (With the group pairs stored, exposure beside them
        // took a state rank's peak to within 40 MB of 3 GiB; kept as member lists, 2.6 GiB.)
        let (side, measures) = try DeterministicParallel.alongside({
            let victimizations = context.victimizations.map { ($0.person, $0.day) }
            let victims = events(victimizations, in: windows.exposure)
            return (features: PersonFeatures(persons: social.persons, nodeOfPerson: social.nodeOfPerson, arrests: records.arrests,
                                             context: context, window: window),
                    victims: NetworkExposure(network: combined, events: victims,
                                             decay: configuration.exposureDecay, halfLifeDays: configuration.exposureHalfLifeDays),
                    shooters: NetworkExposure(network: combined, events: events(context.shootings.map { ($0.suspect, $0.day) },
                                                                                in: windows.exposure),
                                              decay: configuration.exposureDecay, halfLifeDays: configuration.exposureHalfLifeDays),
                    profile: ExposureProfile(network: combined, events: victims,
                                             ownVictimizations: events(victimizations, in: window)))
        }, {
            try NetworkMeasures(combined, betweennessLength: configuration.betweennessLength,
                                betweenness: configuration.computesBetweenness ? configuration.betweenness : nil,
                                damping: configuration.damping, pageRank: configuration.computesPageRank, stage: stage)
        })
        self.measures = measures
        let features = side.features, victimExposure = side.victims, shooterExposure = side.shooters
        self.features = features
        self.victimExposure = victimExposure
        self.shooterExposure = shooterExposure
        exposureProfile = side.profile
        stage("exposure")
        let scores = Scores(model: configuration.model, features: features, componentValues: configuration.model.network.components.map {
            Ranking.values(of: $0, measures, victimExposure, shooterExposure, features)
        })
        self.scores = scores
        let eligibility = Eligibility(policy: configuration.eligibility, persons: social.persons, nodeOfPerson: social.nodeOfPerson,
                                  context: context, features: features, arrests: records.arrests, windows: windows)
        self.eligibility = eligibility
        groupMembers = (groups?.members ?? []).map { $0.map { Int(social.nodeOfPerson[Int($0)]) }.filter { $0 >= 0 } }
        let inArea = configuration.area.map { area in social.persons.map { context.area[Int($0)] == area } }
            ?? [Bool](repeating: true, count: social.persons.count)
        self.inArea = inArea
        let untiedRoster = Ranking.untiedRoster(records.roster(in: window), persons: social.persons, degree: measures.degree)
        reachable = (0..<social.persons.count).map { inArea[$0] && !untiedRoster[$0] }
        listScore = ListScore(composite: scores)
        (order, groupOrder, invitees, coverage) = ([], [], [], [:])
        select()
    }

    /// The same ranking with the list ordered by `score` instead: the order, the group order and
    /// the invitees are chosen again under the same configuration; measures, features, scores and
    /// eligibility are unchanged.
    /// - Precondition: `score.values` has one value per node.
    /// - Complexity: O(n log n) plus the selection's (``CallInSelection``).
    public func ordered(by score: ListScore) -> Ranking {
        precondition(score.values.count == persons.count, "one list score per node")
        var copy = self
        copy.listScore = score
        copy.select()
        return copy
    }

    /// Orders people and groups by ``listScore`` and chooses the invitees.
    private mutating func select() {
        let score = listScore.values
        order = listScore.order()
        let risk = groupMembers.map { m in (m.map { score[$0] }.max() ?? 0, m.isEmpty ? 0 : m.map { score[$0] }.reduce(0, +) / Double(m.count)) }
        let members = groupMembers
        groupOrder = members.indices.filter { !members[$0].isEmpty }.sorted { a, b in
            risk[a].0 != risk[b].0 ? risk[a].0 > risk[b].0 : (risk[a].1 != risk[b].1 ? risk[a].1 > risk[b].1 : a < b)
        }
        let status = eligibility.status, reachable = reachable
        let selection = choose(candidates: (0..<status.count).map { status[$0].isEligible && reachable[$0] })
        (invitees, coverage) = (selection.invitees, selection.coverage)
    }

    /// The selection of the configured mode among `candidates` (shape `[n]`), by the current order.
    private func choose(candidates: [Bool]) -> CallInSelection.Selection {
        let inArea = inArea, members = groupMembers
        return CallInSelection.choose(
            mode: configuration.selection, budget: configuration.top, perGroup: configuration.invitesPerGroup, order: order,
            candidates: candidates, scores: listScore.values, network: social.combined, groupAdjacency: social.coOffendingAdjacency,
            groupMembers: members, groupOrder: groupOrder.filter { g in members[g].contains { inArea[$0] } })
    }

    /// The people under the adult age whom the list would have invited had the policy invited
    /// minors: the same selection (mode, size, order) with the minors excluded for their age as
    /// candidates, keeping the minors it picks, in that list's order. Empty when no one is
    /// excluded for their age. For ``EligibilityPolicy/JuvenilePolicy/services``: offered
    /// services instead of an invitation (`services.csv`).
    /// - Complexity: one selection (``CallInSelection``), O(n) besides.
    public func minorsWhoWouldBeInvited() -> [Int] {
        let status = eligibility.status
        let minor = status.map { if case .excluded(.under) = $0 { true } else { false } }
        guard minor.contains(true) else { return [] }
        let selection = choose(candidates: (0..<status.count).map { (status[$0].isEligible || minor[$0]) && reachable[$0] })
        return selection.invitees.filter { minor[$0] }
    }

    /// Whether each node is a person the persons file added (``RecordSet/roster(in:)``) with no tie at
    /// D: scored (degree 0) but never listed, since nothing in the records ties them to anyone.
    /// Shape `[n]`. - Complexity: O(n + r) for r roster persons.
    static func untiedRoster(_ roster: [Int32], persons: [Int32], degree: [Int]) -> [Bool] {
        guard !roster.isEmpty else { return [Bool](repeating: false, count: persons.count) }
        let listed = Set(roster)
        return persons.indices.map { degree[$0] == 0 && listed.contains(persons[$0]) }
    }

    /// Raw value of a component for every node, shape `[n]`, in the component's own unit
    /// (counts for degree, coreness and arrests; tie strength for strength; the measures' and
    /// exposures' own scales otherwise).
    /// - Precondition: betweenness was computed (``RankConfiguration/computesBetweenness``) when
    ///   `component` is `.betweenness`.
    /// - Complexity: O(n): the values are already computed.
    public func values(of component: ScoreComponent) -> [Double] {
        Ranking.values(of: component, measures, victimExposure, shooterExposure, features)
    }

    private static func values(of component: ScoreComponent, _ m: NetworkMeasures, _ victims: NetworkExposure,
                               _ shooters: NetworkExposure, _ f: PersonFeatures) -> [Double] {
        switch component {
        case .degree: m.degree.map(Double.init)
        case .strength: m.strength
        case .betweenness:
            m.betweenness ?? { preconditionFailure("betweenness was not computed: RankConfiguration.computesBetweenness") }()
        case .eigenvector: m.eigenvector
        case .pagerank: m.pageRank
        case .coreness: m.coreness.map(Double.init)
        case .arrests: f.arrests.map(Double.init)
        case .victimExposure: victims.exposure
        case .shooterExposure: shooters.exposure
        }
    }

    /// People who would have been on the list but are not eligible: those excluded whose rank
    /// is above the last invitee's, as `(node, wouldBeRank, reason)`, in rank order. Ranks are
    /// 1-based positions in ``order``.
    /// - Complexity: O(n).
    public func excludedAboveCut() -> [(node: Int, rank: Int, reason: Eligibility.Reason)] {
        let rankOf = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0 + 1) })
        let cut = invitees.map { rankOf[$0]! }.max() ?? 0
        return order.prefix(cut).enumerated().compactMap { i, v in
            if case .excluded(let reason) = eligibility.status[v] { return (v, i + 1, reason) }
            return nil
        }
    }
}
