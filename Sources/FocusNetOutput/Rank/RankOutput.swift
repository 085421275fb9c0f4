import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation

/// The files `focusnet rank` writes, built from a ``Ranking``:
///
/// - `call_in_list.csv`: the invitees — list rank, overall rank, person, fitted probability (empty
///   when the composite orders the list), composite score, points,
///   network score, each network component, groups, eligibility, risk band and reasons as sentences
///   (``ReasonWriter``) in the run's ``Language``;
/// - `call_in_list.json`: the same people with full explanations (``Explanation``) and the sentences;
/// - `services.csv`: people under 18 whom the list would have invited, offered services instead
///   (the default juvenile policy; ``FocusNetScoring/EligibilityPolicy/JuvenilePolicy``);
/// - `scores.csv`: every person in the network with every measure, feature and score;
/// - `groups.csv`: active groups with members, recent shootings, exposure, ties and reach;
/// - `excluded.csv`: people who would have ranked but are not eligible, with the reason;
/// - `network_edges.csv`: the co-offending ties, `person_a,person_b,weight` (combined) with each
///   layer's weight (pairs tied only by a shared group are implied by the groups, not listed);
/// - `call_in_network.graphml`: the invitees and everyone one step from them in the combined
///   network, in the GraphML of `focusnet export` (``callInNetwork()``), for Gephi;
/// - `areas.csv`: per area, residents, people scored and listed, gunshot victimizations in the
///   exposure window and their rate per 100,000 residents (when a population file is given);
/// - `rejects.csv` and `manifest.json`.
public struct RankOutput {
    /// The files ``write(command:parameters:to:)`` writes, in order.
    public static let fileNames = [
        "call_in_list.csv", "call_in_list.json", "services.csv", "scores.csv", "groups.csv", "excluded.csv", "network_edges.csv",
        "call_in_network.graphml", "areas.csv", "rejects.csv", "manifest.json",
    ]

    /// The ranking written, the records it was built from, and their context.
    public let ranking: Ranking
    /// The records the ranking was built from.
    public let records: RecordSet
    /// Persons' attributes, victimizations, custody and memberships of those records.
    public let context: ScoringContext
    /// The explanation of each invitee, with its 8 largest contributions (`call_in_list.json`;
    /// the CSV keeps 5): explained once for both files.
    let explanations: [Int: Explanation]
    /// Person id (or its pseudonym) by person index.
    let labels: [String]
    let pseudonymizer: Pseudonymizer?
    /// The model that ordered the list (fitted, from a file, or the composite), for the manifest.
    public let listModel: ListModel?
    /// The language of the reasons, risk bands and services notes (recorded in the manifest).
    public let language: Language
    /// Minors offered services instead of an invitation — those the list would have invited had
    /// the policy invited minors (``FocusNetScoring/Ranking/minorsWhoWouldBeInvited()``) —
    /// `(node, overall rank)` in rank order; empty unless the juvenile policy is
    /// ``FocusNetScoring/EligibilityPolicy/JuvenilePolicy/services``.
    let services: [(node: Int, rank: Int)]
    /// Writes the reasons as sentences.
    let writer: ReasonWriter
    /// The list score's bands.
    let bands: BandRanks

    /// - Parameters:
    ///   - pseudonymizer: when given, every person id in every file is replaced by its keyed
    ///     pseudonym (ids in rejected rows too).
    ///   - listModel: the model that ordered `ranking` (``ListModel/apply(to:context:)``), recorded
    ///     in the manifest with its evidence; `nil` for a list ordered by the composite without one.
    ///   - language: the language of the reasons, bands and notes people read.
    /// - Complexity: O(rows + n) to index the records for the explanations, plus one explanation
    ///   (a breadth-first search within the exposure reach) per invitee; O(P) HMACs with a
    ///   pseudonymizer; O(n log n) to sort the list score for the bands and each network measure a reason names.
    public init(ranking: Ranking, records: RecordSet, context: ScoringContext, pseudonymizer: Pseudonymizer? = nil,
                listModel: ListModel? = nil, language: Language = .en) {
        self.ranking = ranking
        self.listModel = listModel
        self.records = records
        self.context = context
        self.pseudonymizer = pseudonymizer
        self.language = language
        let minors = ranking.configuration.eligibility.juveniles == .services ? ranking.minorsWhoWouldBeInvited() : []
        let services: [(node: Int, rank: Int)] = minors.isEmpty ? [] : {
            let rankOf = Dictionary(uniqueKeysWithValues: ranking.order.enumerated().map { ($1, $0 + 1) })
            return minors.map { (node: $0, rank: rankOf[$0]!) }.sorted { $0.rank < $1.rank }
        }()
        self.services = services
        let explainer = Explainer(ranking: ranking, records: records, context: context)
        let explained = Dictionary((ranking.invitees + services.map(\.node)).map { ($0, explainer.explain(node: $0, top: 8)) },
                                   uniquingKeysWith: { a, _ in a })
        explanations = explained
        let labels = pseudonymizer.map { p in records.personIDs.map(p.pseudonym) } ?? records.personIDs
        self.labels = labels
        let groupIDs = context.groupIDs, groups = ranking.groups
        writer = ReasonWriter(ranking: ranking, language: language, explanations: explained.values,
                              groupsOf: { v in (groups?.groupsOfPerson[Int(ranking.persons[v])] ?? []).map { groupIDs[Int($0)] } },
                              groupIDs: groupIDs)
        bands = BandRanks(ranking.listScore.values)
    }

    func id(_ node: Int) -> String { labels[Int(ranking.persons[node])] }
    func personID(_ person: Int32) -> String { labels[Int(person)] }

    /// Writes all files into `directory` as one transaction (``OutputFolder``): the folder appears
    /// whole, replacing a previous list's folder, or not at all; every file has mode 0600.
    /// - Parameters:
    ///   - command: the command recorded in the manifest (`rank`, `call-in`).
    ///   - wait: when another run is writing to `directory`, wait for it instead of failing.
    /// - Throws: ``OutputFolderError`` (a busy folder, one holding other files), encoding errors.
    public func write(command: String = "rank", parameters: RankParameters, to directory: URL, wait: Bool = false) throws {
        let folder = try OutputFolder(directory, kind: .rankList, wait: wait)
        try write(command: command, parameters: parameters, into: folder)
        try folder.commit()
    }

    /// Writes all files into an open transaction, the manifest last; the caller commits.
    package func write(command: String, parameters: RankParameters, into folder: OutputFolder) throws {
        // One file built at a time and released once written (scores.csv is 434 MB at state scale).
        let json = try callInJSON()   // before any file: an encoding failure is not a file-system error
        let files: [(String, ((String) throws -> Void) throws -> Void)] = [
            (CallInListColumn.fileName, { try $0(callInList()) }), ("call_in_list.json", { try $0(json) }),
            (ServicesColumn.fileName, { try $0(servicesList()) }),
            (ScoresColumn.fileName, scores(to:)), (GroupsColumn.fileName, { try $0(groupTable()) }),
            (ExcludedColumn.fileName, { try $0(excluded()) }), (NetworkEdgesColumn.fileName, edges(to:)),
            ("call_in_network.graphml", { try $0(callInNetwork().graphML()) }), (AreasColumn.fileName, { try $0(areaTable()) }),
            ("rejects.csv", { try $0(rejects()) }),
        ]
        for (name, produce) in files { try folder.write(named: name, produce) }
        try folder.write(try manifest(command: command, parameters: parameters, outputs: folder.written), named: "manifest.json")
    }

    /// The invitees and everyone one shared arrest from them, with the ties between them and each
    /// person's active groups as an attribute: what `focusnet export --steps 1` selects around the
    /// list, with the same pseudonyms. Steps follow co-offending ties, as the export's do: one
    /// step along group ties reaches whole groups (at city scale, hundreds of thousands of ties).
    /// - Complexity: that of ``NetworkExport/init(ranking:records:context:selection:pseudonymizer:)``.
    func callInNetwork() -> NetworkExport {
        let selection = NetworkSelection(seeds: Array(Set(ranking.invitees)).sorted(), steps: 1, via: .coOffending)
        return NetworkExport(ranking: ranking, records: records, context: context, selection: selection, pseudonymizer: pseudonymizer)
    }

    /// The fitted probability of `node`, 6 significant digits (more would invite over-reading);
    /// empty when the list is ordered by the composite.
    func probability(_ node: Int) -> String {
        ranking.listScore.kind == .fitted ? format(PercentileRank.round(ranking.listScore.values[node], 6)) : ""
    }

    var rankOf: [Int: Int] { Dictionary(uniqueKeysWithValues: ranking.order.enumerated().map { ($1, $0 + 1) }) }

    func groupsOf(_ node: Int) -> [String] {
        (ranking.groups?.groupsOfPerson[Int(ranking.persons[node])] ?? []).map { context.groupIDs[Int($0)] }
    }

    /// Minors written to `services.csv` (count).
    public var servicesCount: Int { services.count }

    /// The reasons of a listed person (or a minor offered services) as sentences a call-in team
    /// can read aloud, in ``language``, most important first: what `call_in_list.csv` and
    /// `call_in_list.json` write ("Shot on 11 Nov 2023 (7 weeks before the as-of date)"). Built
    /// from the explanation's 5 largest contributions, being shot in the exposure window always
    /// first; see docs/governance.md.
    /// - Parameter node: a node of ``FocusNetScoring/Ranking/invitees`` or of `services.csv`.
    /// - Precondition: `node` is listed or offered services (only those are explained).
    /// - Complexity: O(contributions + log n).
    public func sentences(of node: Int) -> [String] {
        guard let explanation = explanations[node] else { preconditionFailure("node \(node) is not on the list") }
        return writer.sentences(node: node, explanation: explanation.keeping(top: 5))
    }

    /// The reasons as one text for a CSV cell: the sentences joined by "; ".
    func reasons(_ node: Int) -> String { sentences(of: node).joined(separator: "; ") }

    /// The risk band of `node` by the list score (``RiskBand``).
    func band(_ node: Int) -> RiskBand { bands.band(ranking.listScore.values[node]) }

    /// `call_in_list.csv`: one row per invitee in list order (list rank, overall rank, person, composite
    /// score, points and network scores, each network component, active groups, eligibility, risk band
    /// and the reasons as sentences).
    /// - Complexity: O(n log n) for the ranks (the explanations are built once, by ``init(ranking:records:context:pseudonymizer:)``).
    public func callInList() -> String {
        let components = ranking.scores.network.components
        var csv = CSVWriter(header: CallInListColumn.header(components: components))
        let rankOf = rankOf
        let componentValues = components.map(ranking.values(of:))   // once, not per invitee: each is shape [n]
        for (i, node) in ranking.invitees.enumerated() {
            let s = ranking.scores
            // 6 significant digits: the list is read by people (scores.csv keeps the same precision).
            csv.row([String(i + 1), String(rankOf[node]!), id(node), probability(node), format(s.composite[node], digits: 6),
                     format(s.points[node], digits: 6), format(s.network.scores[node], digits: 6)]
                + componentValues.map { format($0[node], digits: 6) }
                + [groupsOf(node).joined(separator: " "), ranking.eligibility.status[node].label,
                   band(node).label(language), reasons(node)])
        }
        return csv.text
    }

    /// `services.csv`: the minors the list would have invited, offered services instead, in rank
    /// order: overall rank, person, age at the as-of date, reasons as sentences, why not invited.
    /// Header only when the juvenile policy is not `services` or the list would have invited no minor.
    /// - Complexity: O(s) for the s rows (explained once, by the initializer).
    public func servicesList() -> String {
        var csv = CSVWriter(header: ServicesColumn.header)
        let adult = ranking.configuration.eligibility.adultAge
        for (node, rank) in services {
            csv.row([String(rank), id(node), ranking.features.age[node].map(String.init) ?? "", reasons(node),
                     language.text(.servicesMinor, ["age": String(adult)])])
        }
        return csv.text
    }

    /// `scores.csv`: every person in the network, in overall rank order, with every measure, feature,
    /// exposure and score.
    /// - Complexity: O(n).
    public func scores() -> String {
        var text = ""
        scores { text += $0 }
        return text
    }

    /// ``scores()`` handed to `append` in pieces as they are built on all cores (``CSVTable``).
    func scores(to append: (String) throws -> Void) rethrows {
        let m = ranking.measures, f = ranking.features, s = ranking.scores
        let v = ranking.victimExposure, sh = ranking.shooterExposure
        let order = ranking.order
        let status = ranking.eligibility.status
        try CSVTable.write("scores.csv", header: ScoresColumn.header, count: order.count, gather: { (i: Int) -> ScoresRow in
            let n = order[i]
            return ScoresRow(
                rank: i + 1, node: n, degree: m.degree[n], strength: m.strength[n], betweenness: m.betweenness?[n],
                eigenvector: m.eigenvector[n], pageRank: m.pageRank[n], coreness: m.coreness[n], victimExposure: v.exposure[n],
                within1: v.within1[n], within2: v.within2[n], shooterExposure: sh.exposure[n], arrests: f.arrests[n],
                violentArrests: f.violentArrests[n], gunArrests: f.gunArrests[n], priorVictimizations: f.priorVictimizations[n],
                age: f.age[n], ageAtLatestArrest: f.ageAtLatestArrest[n], trend: f.trend[n], latestArrest: f.latestArrest[n],
                points: s.points[n], network: s.network.scores[n], composite: s.composite[n], probability: probability(n),
                status: status[n])
        }, row: { (r: ScoresRow) -> [String]? in
            let fields: [String] = [
                String(r.rank), id(r.node), String(r.degree), format(r.strength, digits: 6), r.betweenness.map { format($0, digits: 6) } ?? "",
                format(r.eigenvector, digits: 6), format(r.pageRank, digits: 6), String(r.coreness), format(r.victimExposure, digits: 6),
                String(r.within1), String(r.within2), format(r.shooterExposure, digits: 6), String(r.arrests),
                String(r.violentArrests), String(r.gunArrests), String(r.priorVictimizations),
                r.age.map(String.init) ?? "", r.ageAtLatestArrest.map(String.init) ?? "", String(r.trend),
                r.latestArrest?.description ?? "", format(r.points, digits: 6), format(r.network, digits: 6),
                format(r.composite, digits: 6), r.probability, r.status.label,
            ]
            return fields
        }, to: append)
    }

    /// `groups.csv`: each active group in order of risk, with members, recent victimizations and
    /// shootings in the exposure window, exposure, ties to other groups and how much of it the list reaches
    /// (header only without a memberships file).
    /// - Complexity: O(Σ_g n_g + events + group ties).
    public func groupTable() -> String {
        var csv = CSVWriter(header: GroupsColumn.header)
        guard let groups = ranking.groups else { return csv.text }
        let groupNet = GroupGroupNetwork(groups: groups, arrests: records.arrests, window: ranking.windows.records)
        let groupAdjacency = Adjacency(groupNet.graph)
        let reach = CallInSelection.reach(of: ranking.invitees, groupMembers: ranking.groupMembers,
                                          adjacency: ranking.social.coOffendingAdjacency)
        let invited = Set(ranking.invitees)
        // Recent events per person, counted once: filtering every event for every group took
        // O(groups × events) — hours at state scale (40,000 groups, 281,000 victimizations).
        let exposureWindow = ranking.windows.exposure
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
                format(members.map { ranking.listScore.values[$0] }.max() ?? 0),
                String(members.filter { invited.contains($0) }.count), String(reach[g].reached), format(reach[g].share),
            ])
        }
        return csv.text
    }

    /// `excluded.csv`: people ranked above the last invitee who are not eligible, with the rank they
    /// would have had and the reason (``Eligibility/Reason``).
    /// - Complexity: O(n).
    public func excluded() -> String {
        var csv = CSVWriter(header: ExcludedColumn.header)
        for (node, rank, reason) in ranking.excludedAboveCut() { csv.row([id(node), String(rank), reason.description]) }
        return csv.text
    }

    /// `network_edges.csv`: every co-offending tie (a shared arrest or a given tie), `person_a <
    /// person_b` by node, with its combined weight and each layer's part (co-offending, group).
    /// Ties made by a shared group alone are not listed: they are every pair of a group's active
    /// members (the memberships file; the `groups` attribute of `focusnet export`), 1,368,974 of 1,495,017 ties on a simulated
    /// city — more rows than a spreadsheet opens, and what the group layer keeps compressed.
    /// - Complexity: O(m) for the m ties of the combined network.
    public func edges() -> String {
        var text = ""
        edges { text += $0 }
        return text
    }

    /// ``edges()`` handed to `append` in pieces as they are built on all cores (``CSVTable``).
    func edges(to append: (String) throws -> Void) rethrows {
        let s = ranking.social
        let g = s.coOffending
        try CSVTable.write("network_edges.csv", header: NetworkEdgesColumn.header, count: g.tieCount, row: { e in
            let a = Int(g.sources[e]), b = Int(g.targets[e])
            let weight = s.combined.tieWeight(a, b)
            guard weight > 0 else { return nil }   // a layer weight of 0 leaves the tie out of the network
            return [id(a), id(b), format(weight), format(g.weights[e]),
                    format(ranking.groups?.tieWeight(ranking.persons[a], ranking.persons[b]) ?? 0)]
        }, to: append)
    }

    /// `rejects.csv`: every rejected row with file, line, column, value (pseudonymized where it is a
    /// person id) and reason.
    public func rejects() -> String {
        Rejection.csv(records.rejects, pseudonym: pseudonymizer.map { p in { p.pseudonym($0) } })
    }

    func manifest(command: String, parameters: RankParameters, outputs: [OutputDigest]) throws -> String {
        try RunManifest(
            command: command, parameters: parameters.pseudonymized(pseudonymizer != nil), reports: records.reports,
            network: [
                "persons_in_records": records.personIDs.count, "persons_in_network": ranking.persons.count,
                "co_offending_ties": ranking.social.coOffending.tieCount, "group_ties": ranking.social.groupTieCount,
                "ties": ranking.social.combined.tieCount, "mass_events": ranking.network.massEvents,
                "active_groups": ranking.groupOrder.count, "listed": ranking.invitees.count,
                "excluded_above_cut": ranking.excludedAboveCut().count, "services_listed": services.count,
            ],
            outputs: outputs, listModel: listModel.map(ListModelRecord.init), language: language
        ).json()
    }
}

/// At most `digits` significant digits (12 hides summation noise such as 27.999999999999996;
/// `scores.csv` writes 6, no more than the measures carry nor than a reader should weigh),
/// shortest round-trip text of that value; integers without a fraction.
func format(_ x: Double) -> String { format(x, digits: 12) }

/// ``format(_:)`` at `digits` significant digits.
func format(_ x: Double, digits: Int) -> String {
    let x = PercentileRank.round(x, digits)
    if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
    return String(x)
}

/// One row of `scores.csv`, its values gathered from the per-node arrays before formatting
/// (``CSVTable/write(_:header:count:gather:row:to:)``).
private struct ScoresRow {
    var rank: Int, node: Int, degree: Int, strength: Double, betweenness: Double?, eigenvector: Double, pageRank: Double
    var coreness: Int, victimExposure: Double, within1: Int, within2: Int, shooterExposure: Double, arrests: Int
    var violentArrests: Int, gunArrests: Int, priorVictimizations: Int, age: Int?, ageAtLatestArrest: Int?, trend: Int
    var latestArrest: CalendarDay?, points: Double, network: Double, composite: Double, probability: String
    var status: Eligibility.Status
}
