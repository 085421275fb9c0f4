import FocusNetGraph

/// Why a person is on the list: the largest contributions to the scores, the path to the
/// nearest recent gunshot victim with the records that make each tie, and group memberships.
public struct Explanation: Sendable, Equatable {
    /// One feature's part in a score.
    public struct Contribution: Sendable, Equatable {
        /// Feature name as in `scores.csv`.
        public let feature: String
        /// The person's raw value of the feature (a count, age in years, or the measure's value).
        public let value: Double
        /// Percentile rank among everyone scored.
        public let percentile: Double
        /// What it adds to its score: points for history features, percentile / c for network
        /// components (the network score is their mean), log-odds for a fitted model's terms.
        public let contribution: Double
        /// `points`, `network` or `fitted`.
        public let score: String
    }

    /// One step of a path: from → to, and the shared arrests and groups that make the tie.
    public struct Step: Sendable, Equatable {
        /// Person index (into ``FocusNetGraph/RecordSet/personIDs``) where the step starts.
        public let from: Int32
        /// Person index where the step ends.
        public let to: Int32
        /// Arrests both people share in the window: arrest id and date, by arrest index.
        public let arrests: [(id: String, date: CalendarDay)]
        /// Group ids both people are active members of.
        public let groups: [String]

        /// Equal when both ends, arrests (ids and dates) and groups are equal.
        public static func == (a: Step, b: Step) -> Bool {
            a.from == b.from && a.to == b.to && a.groups == b.groups
                && a.arrests.map(\.id) == b.arrests.map(\.id) && a.arrests.map(\.date) == b.arrests.map(\.date)
        }
    }

    /// The shortest path (by hops) to the nearest recent gunshot victim.
    public struct VictimPath: Sendable, Equatable {
        /// Person index of the victim.
        public let victim: Int32
        /// Date of the victim's most recent victimization in the exposure window.
        public let victimDate: CalendarDay
        /// Path length in ties (1 or 2 with the default exposure reach).
        public let hops: Int
        /// The path's ties, from the listed person to the victim.
        public let steps: [Step]
    }

    /// An active group membership as known at the as-of date.
    public struct GroupMembership: Sendable, Equatable {
        /// Group id.
        public let group: String
        /// Where the membership was recorded, when the records say.
        public let source: String?
        /// First sighting, when known.
        public let firstSeen: CalendarDay?
        /// Last sighting on or before the as-of date (a later one is not shown).
        public let lastSeen: CalendarDay?
    }

    /// The largest contributions, largest first (within each score by share of that score).
    public let contributions: [Contribution]
    /// The path to the nearest recent victim; `nil` when none is within the exposure reach.
    public let nearestVictim: VictimPath?
    /// Active memberships, by group id then source.
    public let groups: [GroupMembership]

    /// The same explanation with only the first `top` contributions: equal to
    /// ``Explainer/explain(node:top:)`` with that `top`, without explaining again.
    package func keeping(top: Int) -> Explanation {
        Explanation(contributions: Array(contributions.prefix(top)), nearestVictim: nearestVictim, groups: groups)
    }
}

/// Builds explanations for listed people; holds the per-node arrest index it needs.
public struct Explainer: Sendable {
    private let ranking: Ranking
    private let records: RecordSet
    private let context: ScoringContext
    /// Arrest rows in the window grouped by node (CSR: node v's rows are
    /// `arrestRows[arrestStart[v]..<arrestStart[v + 1]]`, `(arrest index, day)` in row order). One
    /// array for everyone: an array per node cost seconds at state scale for the few explained.
    private let arrestStart: [Int]
    private let arrestRows: [(arrest: Int32, day: CalendarDay)]
    /// Newest victimization date in the exposure window by node.
    private let victimDate: [Int: CalendarDay]
    /// The point features by name, shape `[n]` each, with their percentile ranks: a table by
    /// count when ``PercentileRank/ofCounts(_:)`` applies, else the ranks by node.
    private let pointFeatures: [(name: String, counts: [Int], weight: Double, percentile: Percentiles)]
    /// Raw values of the network-score components, in their order, shape `[n]` each (read once:
    /// degree, coreness and arrests are converted to `Double` per call of ``Ranking/values(of:)``).
    private let componentValues: [[Double]]
    /// Rows of `context.memberships` by person index, for the people in the network.
    private let membershipRows: [Int32: [Int]]

    /// Percentile ranks of a count feature: looked up by count, or by node.
    private enum Percentiles: Sendable {
        case byCount([Double])
        case byNode([Double])
    }

    /// Indexes the arrests in the ranking's window by node and the newest victimization in its
    /// exposure window; reads nothing dated outside those windows.
    /// - Complexity: O(rows + n) for the arrest rows in the window, plus O(victimizations) and
    ///   O(memberships).
    public init(ranking: Ranking, records: RecordSet, context: ScoringContext) {
        self.ranking = ranking
        self.records = records
        self.context = context
        let table = records.arrests, n = ranking.persons.count
        var start = [Int](repeating: 0, count: n + 1)
        var rowNode = [Int32](repeating: -1, count: table.rowCount)
        for row in 0..<table.rowCount where ranking.windows.records.contains(table.day[row]) {
            rowNode[row] = ranking.social.nodeOfPerson[Int(table.person[row])]
            if rowNode[row] >= 0 { start[Int(rowNode[row]) + 1] += 1 }
        }
        for v in 0..<n { start[v + 1] += start[v] }
        var fill = start
        var rows = [(arrest: Int32, day: CalendarDay)](repeating: (0, CalendarDay(daysSinceEpoch: 0)), count: start[n])
        for row in 0..<table.rowCount where rowNode[row] >= 0 {
            let v = Int(rowNode[row])
            rows[fill[v]] = (table.arrest[row], table.day[row])
            fill[v] += 1
        }
        arrestStart = start
        arrestRows = rows
        var dates: [Int: CalendarDay] = [:]
        for event in context.victimizations where ranking.windows.exposure.contains(event.day) {
            let v = Int(ranking.social.nodeOfPerson[Int(event.person)])
            if v >= 0 { dates[v] = max(dates[v] ?? event.day, event.day) }
        }
        victimDate = dates
        let f = ranking.features, weights = ranking.configuration.model.points
        // Once here, not per explanation: each percentile rank is a pass over all n people.
        pointFeatures = [
            ("arrests", f.arrests, weights.arrests), ("violent_arrests", f.violentArrests, weights.violentArrests),
            ("gun_arrests", f.gunArrests, weights.gunArrests), ("prior_victimizations", f.priorVictimizations, weights.priorVictimizations),
            ("prior_arrests", f.priorArrests, weights.priorArrests), ("prior_convictions", f.priorConvictions, weights.priorConvictions),
            ("prior_incarcerations", f.priorIncarcerations, weights.priorIncarcerations),
        ].map { name, counts, weight in
            (name, counts, weight, PercentileRank.ofCounts(counts).map(Percentiles.byCount)
                ?? .byNode(PercentileRank.compute(counts.map(Double.init))))
        }
        componentValues = ranking.scores.network.components.map(ranking.values(of:))
        var byPerson: [Int32: [Int]] = [:]
        for (row, m) in context.memberships.enumerated() where ranking.social.nodeOfPerson[Int(m.person)] >= 0 {
            byPerson[m.person, default: []].append(row)
        }
        membershipRows = byPerson
    }

    /// The explanation of one node of the ranking.
    /// - Parameters:
    ///   - node: a node index of the ranking (`0..<n`).
    ///   - top: how many contributions to keep (largest first).
    /// - Complexity: O(c) for the c score components, plus a breadth-first search of the network,
    ///   O(n + m) at most, for the victim path.
    public func explain(node: Int, top: Int = 5) -> Explanation {
        if ranking.listScore.kind == .fitted {
            // The list's own score: each feature's term of the fitted log-odds, largest |term| first.
            // Percentile is left 0: a fitted term is measured against the training mean, not by rank.
            let terms = ranking.listScore.terms(node).filter { $0.logOdds != 0 }.prefix(top)
            return Explanation(contributions: terms.map { .init(feature: $0.feature, value: $0.value, percentile: 0,
                                                                  contribution: $0.logOdds, score: "fitted") },
                               nearestVictim: path(from: node), groups: memberships(of: node))
        }
        let scores = ranking.scores, model = ranking.configuration.model
        var items: [Explanation.Contribution] = []
        let f = ranking.features
        for feature in pointFeatures where feature.counts[node] > 0 && feature.weight != 0 {
            let count = feature.counts[node]
            let percentile = switch feature.percentile {
            case .byCount(let table): table[count]
            case .byNode(let ranks): ranks[node]
            }
            items.append(.init(feature: feature.name, value: Double(count), percentile: percentile,
                               contribution: feature.weight * Double(count), score: "points"))
        }
        if let age = f.age[node], age < model.points.youngAge, model.points.young != 0 {
            items.append(.init(feature: "age", value: Double(age), percentile: 0, contribution: model.points.young, score: "points"))
        }
        let c = Double(scores.network.components.count)
        for (j, component) in scores.network.components.enumerated() {
            let pct = scores.network.percentiles[j][node]
            items.append(.init(feature: component.rawValue, value: componentValues[j][node], percentile: pct,
                               contribution: pct / c, score: "network"))
        }
        // Rank within each score by contribution share of that score's scale.
        let pointsTotal = max(scores.points[node], 1e-12)
        items.sort { a, b in
            let sa = a.score == "points" ? a.contribution / pointsTotal : a.contribution
            let sb = b.score == "points" ? b.contribution / pointsTotal : b.contribution
            return sa != sb ? sa > sb : a.feature < b.feature
        }
        return Explanation(contributions: Array(items.prefix(top)), nearestVictim: path(from: node), groups: memberships(of: node))
    }

    /// Memberships with their sightings as known at D: a last sighting after the as-of date is not
    /// shown (it would leak the future).
    private func memberships(of node: Int) -> [Explanation.GroupMembership] {
        let window = ranking.windows.records
        let person = ranking.persons[node]
        let active = Set(ranking.groups?.groupsOfPerson[Int(person)] ?? [])
        return (membershipRows[person] ?? []).map { context.memberships[$0] }.filter { active.contains($0.group) }
            .map { Explanation.GroupMembership(group: context.groupIDs[Int($0.group)], source: $0.source,
                                               firstSeen: $0.firstSeen, lastSeen: window.known($0.lastSeen)) }
            .sorted { ($0.group, $0.source ?? "") < ($1.group, $1.source ?? "") }
    }

    /// Shortest path (by hops, within the exposure reach) to the nearest recent victim, the
    /// victim with the smallest node index among equals; `nil` when none is within reach.
    private func path(from node: Int) -> Explanation.VictimPath? {
        guard let nearest = ranking.victimExposure.nearest[node] else { return nil }
        let target = Int(nearest.victim)
        // Breadth-first search with parent links, neighbours in increasing order.
        var parent = [Int: Int]()
        var frontier = [node]
        parent[node] = node
        var found = false
        while !frontier.isEmpty, !found {
            var next: [Int] = []
            for u in frontier {
                for w in ranking.social.combined.neighbors(of: u) where parent[Int(w)] == nil {
                    parent[Int(w)] = u
                    if Int(w) == target { found = true }
                    next.append(Int(w))
                }
            }
            frontier = next
        }
        guard found else { return nil }
        var hops: [Int] = [target]
        while hops.last! != node { hops.append(parent[hops.last!]!) }
        hops.reverse()
        let steps = zip(hops, hops.dropFirst()).map { a, b in
            Explanation.Step(from: ranking.persons[a], to: ranking.persons[b], arrests: sharedArrests(a, b), groups: sharedGroups(a, b))
        }
        return .init(victim: ranking.persons[target], victimDate: victimDate[target]!, hops: Int(nearest.distance), steps: steps)
    }

    /// Distinct arrests of node `v` in the window, `(arrest index, day)` sorted by arrest (the first
    /// row of each arrest in row order).
    private func arrests(of v: Int) -> [(arrest: Int32, day: CalendarDay)] {
        var seen = Set<Int32>()
        return arrestRows[arrestStart[v]..<arrestStart[v + 1]].sorted { $0.arrest < $1.arrest }.filter { seen.insert($0.arrest).inserted }
    }

    private func sharedArrests(_ a: Int, _ b: Int) -> [(id: String, date: CalendarDay)] {
        let other = Set(arrests(of: b).map(\.arrest))
        return arrests(of: a).filter { other.contains($0.arrest) }.map { (records.arrests.arrestIDs[Int($0.arrest)], $0.day) }
    }

    private func sharedGroups(_ a: Int, _ b: Int) -> [String] {
        guard let groups = ranking.groups else { return [] }
        let gb = Set(groups.groupsOfPerson[Int(ranking.persons[b])])
        return groups.groupsOfPerson[Int(ranking.persons[a])].filter { gb.contains($0) }.map { context.groupIDs[Int($0)] }
    }
}
