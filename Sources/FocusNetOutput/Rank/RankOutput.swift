import FocusNetGraph
import FocusNetScoring
import Foundation

/// The files `focusnet rank` writes, built from a ``Ranking``:
///
/// - `call_in_list.csv`: the invitees — list rank, overall rank, person, composite score, points,
///   network score, each network component, groups, eligibility and short reasons;
/// - `call_in_list.json`: the same people with full explanations (``Explanation``);
/// - `scores.csv`: every person in the network with every measure, feature and score;
/// - `groups.csv`: active groups with members, recent shootings, exposure, ties and reach;
/// - `excluded.csv`: people who would have ranked but are not eligible, with the reason;
/// - `network_edges.csv`: `person_a,person_b,weight` (combined) with each layer's weight;
/// - `call_in_network.graphml`: the invitees and everyone one step from them in the combined
///   network, in the GraphML of `focusnet export` (``callInNetwork()``), for Gephi;
/// - `areas.csv`: per area, residents, people scored and listed, gunshot victimizations in the
///   exposure window and their rate per 100,000 residents (when a population file is given);
/// - `rejects.csv` and `manifest.json`.
public struct RankOutput {
    public static let fileNames = [
        "call_in_list.csv", "call_in_list.json", "scores.csv", "groups.csv", "excluded.csv", "network_edges.csv",
        "call_in_network.graphml", "areas.csv", "rejects.csv", "manifest.json",
    ]

    public let ranking: Ranking
    public let records: RecordSet
    public let context: ScoringContext
    let explainer: Explainer
    /// Person id (or its pseudonym) by person index.
    let labels: [String]
    let pseudonymizer: Pseudonymizer?

    /// - Parameter pseudonymizer: when given, every person id in every file is replaced by its
    ///   keyed pseudonym (ids in rejected rows too).
    public init(ranking: Ranking, records: RecordSet, context: ScoringContext, pseudonymizer: Pseudonymizer? = nil) {
        self.ranking = ranking
        self.records = records
        self.context = context
        self.pseudonymizer = pseudonymizer
        explainer = Explainer(ranking: ranking, records: records, context: context)
        labels = pseudonymizer.map { p in records.personIDs.map(p.pseudonym) } ?? records.personIDs
    }

    func id(_ node: Int) -> String { labels[Int(ranking.persons[node])] }
    func personID(_ person: Int32) -> String { labels[Int(person)] }

    /// Writes all files into `directory` (created if needed), each atomically with mode 0600.
    /// - Throws: file-system errors.
    /// - Parameter command: the command recorded in the manifest (`rank`, `call-in`).
    public func write(command: String = "rank", parameters: [String: String], to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files: [(String, String)] = [
            ("call_in_list.csv", callInList()), ("call_in_list.json", try callInJSON()), ("scores.csv", scores()),
            ("groups.csv", groupTable()), ("excluded.csv", excluded()), ("network_edges.csv", edges()),
            ("call_in_network.graphml", callInNetwork().graphML()), ("rejects.csv", rejects()),
            ("areas.csv", areaTable()), ("manifest.json", try manifest(command: command, parameters: parameters)),
        ]
        for (name, text) in files { try OutputFile.write(text, to: directory.appendingPathComponent(name)) }
    }

    /// The invitees and everyone one step from them in the combined network (a shared arrest or
    /// a shared group), with the ties between them: what `focusnet export --steps 1 --via all`
    /// selects around the list, with the same pseudonyms.
    /// - Complexity: that of ``NetworkExport/init(ranking:records:context:selection:pseudonymizer:)``.
    func callInNetwork() -> NetworkExport {
        let selection = NetworkSelection(seeds: Array(Set(ranking.invitees)).sorted(), steps: 1, via: .all)
        return NetworkExport(ranking: ranking, records: records, context: context, selection: selection, pseudonymizer: pseudonymizer)
    }

    var rankOf: [Int: Int] { Dictionary(uniqueKeysWithValues: ranking.order.enumerated().map { ($1, $0 + 1) }) }

    func groupsOf(_ node: Int) -> [String] {
        (ranking.groups?.groupsOfPerson[Int(ranking.persons[node])] ?? []).map { context.groupIDs[Int($0)] }
    }

    /// A short text an analyst can read aloud: the leading contributions and the nearest victim.
    func reasons(_ node: Int, _ explanation: Explanation) -> String {
        var parts = explanation.contributions.filter { $0.value != 0 }.prefix(3).map { c -> String in
            let value = format(PercentileRank.round(c.value, 3))
            return c.score == "points"
                ? "\(c.feature) \(value) (+\(format(c.contribution)) pts)"
                : "\(c.feature) \(value) (top \(format(topShare(c.percentile)))%)"
        }
        if let path = explanation.nearestVictim {
            parts.append("\(path.hops) step\(path.hops == 1 ? "" : "s") from a gunshot victim (\(path.victimDate))")
        }
        let groups = groupsOf(node)
        if !groups.isEmpty { parts.append("member of " + groups.joined(separator: " ")) }
        return parts.joined(separator: "; ")
    }

    /// The share of people (in %) at or above a percentile rank: (n − rank + 1) / n, so the
    /// single highest of 54 is "top 1.9%", never "top 0%".
    func topShare(_ percentile: Double) -> Double {
        let n = Double(max(ranking.persons.count, 1))
        return ((1 - percentile + 1 / n) * 1000).rounded() / 10
    }

    public func callInList() -> String {
        let components = ranking.scores.network.components
        var csv = CSVWriter(header: ["rank", "overall_rank", "person_id", "score", "points", "network"]
            + components.map(\.rawValue) + ["groups", "eligibility", "reasons"])
        let rankOf = rankOf
        for (i, node) in ranking.invitees.enumerated() {
            let s = ranking.scores
            csv.row([String(i + 1), String(rankOf[node]!), id(node), format(s.composite[node]), format(s.points[node]),
                     format(s.network.scores[node])]
                + components.map { format(ranking.values(of: $0)[node]) }
                + [groupsOf(node).joined(separator: " "), ranking.eligibility.status[node].label,
                   reasons(node, explainer.explain(node: node))])
        }
        return csv.text
    }

    public func scores() -> String {
        let m = ranking.measures, f = ranking.features, s = ranking.scores
        let v = ranking.victimExposure, sh = ranking.shooterExposure
        var csv = CSVWriter(header: [
            "rank", "person_id", "degree", "strength", "betweenness", "eigenvector", "pagerank", "coreness",
            "victim_exposure", "victims_within_1", "victims_within_2", "shooter_exposure", "arrests", "violent_arrests",
            "gun_arrests", "prior_victimizations", "age", "age_at_latest_arrest", "trend", "latest_arrest", "points",
            "network", "composite", "eligibility",
        ])
        for (i, n) in ranking.order.enumerated() {
            csv.row([
                String(i + 1), id(n), String(m.degree[n]), format(m.strength[n]), format(m.betweenness[n]),
                format(m.eigenvector[n]), format(m.pageRank[n]), String(m.coreness[n]), format(v.exposure[n]),
                String(v.within1[n]), String(v.within2[n]), format(sh.exposure[n]), String(f.arrests[n]),
                String(f.violentArrests[n]), String(f.gunArrests[n]), String(f.priorVictimizations[n]),
                f.age[n].map(String.init) ?? "", f.ageAtLatestArrest[n].map(String.init) ?? "", String(f.trend[n]),
                f.latestArrest[n]?.description ?? "", format(s.points[n]), format(s.network.scores[n]),
                format(s.composite[n]), ranking.eligibility.status[n].label,
            ])
        }
        return csv.text
    }

    public func groupTable() -> String {
        var csv = CSVWriter(header: ["group_id", "group_rank", "members", "active_members", "recent_victimizations",
                                     "recent_shootings", "victim_exposure", "ties_to_groups", "max_score", "invitees",
                                     "reached_by_co_offending", "reach_share"])
        guard let groups = ranking.groups else { return csv.text }
        let groupNet = GroupGroupNetwork(groups: groups, arrests: records.arrests, window: ranking.retention.window)
        let groupAdjacency = Adjacency(groupNet.graph)
        let reach = CallInSelection.reach(of: ranking.invitees, groupMembers: ranking.groupMembers,
                                          adjacency: ranking.coOffendingAdjacency)
        let invited = Set(ranking.invitees)
        // Recent events per person, counted once: filtering every event for every group took
        // O(groups × events) — hours at state scale (40,000 groups, 281,000 victimizations).
        let exposureWindow = ranking.configuration.exposureObservationWindow
        var recentVictimizations = [Int](repeating: 0, count: records.personIDs.count)
        var recentShootings = [Int](repeating: 0, count: records.personIDs.count)
        for v in context.victimizations where exposureWindow.contains(v.day) { recentVictimizations[Int(v.person)] += 1 }
        for s in context.shootings where exposureWindow.contains(s.day) { recentShootings[Int(s.suspect)] += 1 }
        for (k, g) in ranking.groupOrder.enumerated() {
            let members = ranking.groupMembers[g]
            let people = Set(members.map { ranking.persons[$0] })
            let victims = people.reduce(0) { $0 + recentVictimizations[Int($1)] }
            let shootings = people.reduce(0) { $0 + recentShootings[Int($1)] }
            csv.row([
                context.groupIDs[g], String(k + 1), String(members.count),
                String(members.filter { ranking.features.arrests[$0] > 0 }.count), String(victims), String(shootings),
                format(members.map { ranking.victimExposure.exposure[$0] }.reduce(0, +)),
                String(groupAdjacency.neighbors(of: g).count),
                format(members.map { ranking.scores.composite[$0] }.max() ?? 0),
                String(members.filter { invited.contains($0) }.count), String(reach[g].reached), format(reach[g].share),
            ])
        }
        return csv.text
    }

    public func excluded() -> String {
        var csv = CSVWriter(header: ["person_id", "would_be_rank", "reason"])
        for (node, rank, reason) in ranking.excludedAboveCut() { csv.row([id(node), String(rank), reason]) }
        return csv.text
    }

    public func edges() -> String {
        var csv = CSVWriter(header: ["person_a", "person_b", "weight", "co_offending", "group"])
        let s = ranking.social
        let co = Self.layerWeights(s.coOffending), gr = Self.layerWeights(s.group)
        let g = s.combined
        for e in 0..<g.tieCount {
            let key = WeightedGraph.key(Int(g.sources[e]), Int(g.targets[e]))
            csv.row([id(Int(g.sources[e])), id(Int(g.targets[e])), format(g.weights[e]),
                     format(co[key] ?? 0), format(gr[key] ?? 0)])
        }
        return csv.text
    }

    /// Each tie's weight by its pair key (``WeightedGraph/key(_:_:)``).
    static func layerWeights(_ g: WeightedGraph) -> [UInt64: Double] {
        Dictionary(uniqueKeysWithValues: (0..<g.tieCount).map { (WeightedGraph.key(Int(g.sources[$0]), Int(g.targets[$0])), g.weights[$0]) })
    }

    public func rejects() -> String {
        Rejection.csv(records.rejects, pseudonym: pseudonymizer.map { p in { p.pseudonym($0) } })
    }

    func manifest(command: String, parameters: [String: String]) throws -> String {
        var parameters = parameters
        parameters["purpose"] = ranking.configuration.purpose.rawValue
        parameters["list_size"] = String(ranking.configuration.top)
        // Governance rules as applied (docs/governance.md).
        let c = ranking.configuration
        parameters["rule_retention"] = c.retention.map { "\($0): \(ranking.retention.arrestRowsSetAside) arrest rows and "
            + "\(ranking.retention.membershipsSetAside) memberships set aside" } ?? "none"
        parameters["rule_juveniles"] = "under \(c.eligibility.adultAge): \(c.eligibility.juveniles.rawValue)"
        parameters["rule_group_label_expiry"] = ranking.retention.groupExpiry?.description ?? "never"
        parameters["rule_window"] = ranking.retention.window.description
        return try RunManifest(
            command: command, parameters: parameters, reports: records.reports,
            network: [
                "persons_in_records": records.personIDs.count, "persons_in_network": ranking.persons.count,
                "co_offending_ties": ranking.social.coOffending.tieCount, "group_ties": ranking.social.group.tieCount,
                "ties": ranking.social.combined.tieCount, "mass_events": ranking.network.massEvents,
                "active_groups": ranking.groupOrder.count, "listed": ranking.invitees.count,
                "excluded_above_cut": ranking.excludedAboveCut().count,
            ],
            outputs: RankOutput.fileNames
        ).json()
    }
}

/// At most 12 significant digits (hides summation noise such as 27.999999999999996), shortest
/// round-trip text of that value; integers without a fraction.
func format(_ x: Double) -> String {
    let x = PercentileRank.round(x, 12)
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
}
