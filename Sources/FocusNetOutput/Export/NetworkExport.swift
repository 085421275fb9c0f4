import FocusNetGraph
import FocusNetScoring
import Foundation

/// The network of a ``Ranking`` — whole or a ``NetworkSelection`` — with the attributes an
/// analyst needs, ready to be written as GraphML, GEXF or i2 Analyst's Notebook tables.
///
/// **People** carry their list rank (when listed), overall rank, the three scores, every
/// network measure, history counts, eligibility, active groups, area, age at the as-of date and
/// their distance in steps from the selection's seeds.
///
/// **Ties** are the combined network's person–person ties between selected people, one per
/// pair: `type` is `co_offending`, `group` or `co_offending+group`; `weight` is the combined
/// weight scoring used, beside each layer's weight; a co-offending tie lists its shared arrests
/// (dates, and arrest ids unless pseudonymized) in the window, mass events excluded by the
/// projection's policy left out; a group tie lists the groups both belong to.
///
/// **Memberships** are the selected people's active group memberships, with first and last
/// sighting up to the as-of date (a later sighting is never shown).
///
/// With a `Pseudonymizer` every person identifier is its keyed pseudonym and arrest ids are
/// left out (an arrest id leads straight back to the person in the records system).
/// Nothing dated after the as-of date is read.
public struct NetworkExport: Sendable {
    /// One exported person: list and overall rank, scores, measures, history, age, area, eligibility,
    /// active groups and distance from the seeds.
    public struct Person: Sendable, Equatable {
        /// Person id, or its pseudonym.
        public let id: String
        /// Position on the call-in list (1 = first), `nil` when not listed.
        public let listRank: Int?
        /// Position among everyone scored (1 = highest composite score).
        public let rank: Int
        /// Composite score (the ranking score), in (0, 1].
        public let composite: Double
        /// Points score (history).
        public let points: Double
        /// Network score (mean percentile of the network components), in (0, 1].
        public let network: Double
        /// Distinct neighbours in the combined network.
        public let degree: Int
        /// Sum of tie weights (shared arrests plus group-layer weights).
        public let strength: Double
        /// Betweenness by tie length 1/strength (pairs; not normalized); `nil` when the run did not
        /// compute it (``FocusNetScoring/RankConfiguration/computesBetweenness``).
        public let betweenness: Double?
        /// Eigenvector centrality in the largest component (maximum 1; 0 outside it).
        public let eigenvector: Double
        /// PageRank (damping 0.85; sums to 1 over the network).
        public let pageRank: Double
        /// k-core number.
        public let coreness: Int
        /// Exposure to gunshot victims in the exposure window (one step 1, two steps 0.5).
        public let victimExposure: Double
        /// Distinct arrests in the window.
        public let arrests: Int
        /// Distinct violent arrests in the window.
        public let violentArrests: Int
        /// Distinct weapons or gun-involved arrests in the window.
        public let gunArrests: Int
        /// Gunshot victimizations in the window.
        public let priorVictimizations: Int
        /// Date of the latest arrest in the window.
        public let latestArrest: CalendarDay?
        /// Age in whole years at the as-of date, when the birth date is known.
        public let age: Int?
        /// Home area from the persons file.
        public let area: String?
        /// `eligible`, `flagged: under 18`, `excluded: in custody`, …
        public let eligibility: String
        /// Active group ids, increasing.
        public let groups: [String]
        /// Steps from the nearest seed; `nil` for a whole-network export.
        public let distance: Int?
    }

    /// An arrest two people share, behind a co-offending tie.
    public struct SharedArrest: Sendable, Equatable {
        /// `nil` when pseudonymized.
        public let id: String?
        /// The arrest's date.
        public let date: CalendarDay
        /// Persons on the arrest (a mass event when above the projection's threshold).
        public let persons: Int
        /// The arrest id, kept (not written) so that arrests on one date are ordered the same
        /// with and without pseudonyms, whatever order they were read in.
        let sortKey: String
    }

    /// A tie between two exported people, with both layers' weights and its evidence.
    public struct Tie: Sendable, Equatable {
        /// Indices into ``NetworkExport/persons``, `a < b`.
        public let a: Int
        /// The other end, `b > a`.
        public let b: Int
        /// The combined weight scoring used.
        public let weight: Double
        /// Co-offending layer weight (distinct shared arrests, after mass-event and decay rules).
        public let coOffending: Double
        /// Group layer weight: Σ over shared groups of 1/(n_g − 1).
        public let group: Double
        /// Shared arrests in the window, oldest first.
        public let arrests: [SharedArrest]
        /// Active groups both belong to, increasing.
        public let groups: [String]

        /// `co_offending`, `group` or `co_offending+group`.
        public var type: String {
            switch (coOffending > 0, group > 0) {
            case (true, true): "co_offending+group"
            case (true, false): "co_offending"
            default: "group"
            }
        }
    }

    /// An active group membership of an exported person, with its sightings known at the as-of date.
    public struct Membership: Sendable, Equatable {
        /// Index into ``NetworkExport/persons``.
        public let person: Int
        /// The group's id.
        public let group: String
        /// First sighting, when recorded.
        public let firstSeen: CalendarDay?
        /// Latest sighting up to the as-of date.
        public let lastSeen: CalendarDay?
        /// Where the label came from (e.g. a gang database, field interviews), when recorded.
        public let source: String?
    }

    /// A group of the exported people.
    public struct Group: Sendable, Equatable {
        /// The group's id.
        public let id: String
        /// Active members in the whole network (not only the selected ones).
        public let members: Int
        /// Position in the group table (highest member score first).
        public let rank: Int?
    }

    /// Selected people, in person-id order (pseudonymized exports: same order as unpseudonymized).
    public let persons: [Person]
    /// Ties ordered by `(a, b)`.
    public let ties: [Tie]
    /// Active memberships of the selected people, by person then group.
    public let memberships: [Membership]
    /// Groups of the selected people, by id.
    public let groups: [Group]
    /// The as-of date of the ranking exported.
    public let asOf: CalendarDay
    /// The observation window actually used (after retention).
    public let window: ObservationWindow
    /// Whether ids are keyed pseudonyms (arrest ids are then left out).
    public let pseudonymized: Bool
    /// How the people were chosen, for file headers: `whole network` or `within 2 co-offending steps of 3 people`.
    public let selectionDescription: String

    /// - Complexity: O(n + m) for the selection and ties (m counts every pair of a group among the
    ///   selected: exported ties are pairs), plus O(Σₐ kₐ²) over arrests in the
    ///   window with kₐ selected persons, plus O(P) HMACs with a pseudonymizer.
    public init(ranking: Ranking, records: RecordSet, context: ScoringContext, selection: NetworkSelection = .whole,
                pseudonymizer: Pseudonymizer? = nil) {
        let (nodes, distance) = selection.select(in: ranking)
        asOf = ranking.asOf
        let window = ranking.windows.records
        self.window = window
        pseudonymized = pseudonymizer != nil
        if let seeds = selection.seeds {
            let via = selection.via == .all ? "" : " co-offending"
            selectionDescription = "within \(selection.steps)\(via) step\(selection.steps == 1 ? "" : "s") of "
                + "\(seeds.count) \(seeds.count == 1 ? "person" : "people")"
        } else {
            selectionDescription = "whole network"
        }

        let label: (Int32) -> String = { p in
            let id = records.personIDs[Int(p)]
            return pseudonymizer?.pseudonym(id) ?? id
        }
        var position = [Int](repeating: -1, count: ranking.persons.count)
        for (i, v) in nodes.enumerated() { position[v] = i }
        var rankOf = [Int](repeating: 0, count: ranking.persons.count)
        for (i, v) in ranking.order.enumerated() { rankOf[v] = i + 1 }
        var listRank = [Int: Int]()
        for (i, v) in ranking.invitees.enumerated() { listRank[v] = i + 1 }
        let groupIDs = context.groupIDs
        let groupsOf: (Int) -> [Int32] = { v in ranking.groups?.groupsOfPerson[Int(ranking.persons[v])] ?? [] }

        let m = ranking.measures, f = ranking.features, s = ranking.scores
        persons = nodes.map { v in
            Person(
                id: label(ranking.persons[v]), listRank: listRank[v], rank: rankOf[v], composite: s.composite[v],
                points: s.points[v], network: s.network.scores[v], degree: m.degree[v], strength: m.strength[v],
                betweenness: m.betweenness?[v], eigenvector: m.eigenvector[v], pageRank: m.pageRank[v], coreness: m.coreness[v],
                victimExposure: ranking.victimExposure.exposure[v], arrests: f.arrests[v], violentArrests: f.violentArrests[v],
                gunArrests: f.gunArrests[v], priorVictimizations: f.priorVictimizations[v], latestArrest: f.latestArrest[v],
                age: f.age[v], area: context.area[Int(ranking.persons[v])], eligibility: ranking.eligibility.status[v].label,
                groups: groupsOf(v).map { groupIDs[Int($0)] }.sorted(), distance: distance[v])
        }

        // Shared arrests of selected pairs, from the rows the projection read.
        let options = ranking.configuration.projection
        var byArrest: [Int32: (day: CalendarDay, nodes: [Int])] = [:]
        let table = records.arrests
        // Only arrests of a selected person: indexing all 7 million of a state for the people
        // around a 50-person list took seconds.
        var touchesSelection = [Bool](repeating: false, count: table.arrestIDs.count)
        for row in 0..<table.rowCount where window.contains(table.day[row]) {
            let v = Int(ranking.social.nodeOfPerson[Int(table.person[row])])
            if v >= 0, position[v] >= 0 { touchesSelection[Int(table.arrest[row])] = true }
        }
        for row in 0..<table.rowCount where touchesSelection[Int(table.arrest[row])] && window.contains(table.day[row]) {
            let v = Int(ranking.social.nodeOfPerson[Int(table.person[row])])
            guard v >= 0 else { continue }
            let a = table.arrest[row]
            var entry = byArrest[a] ?? (table.day[row], [])
            entry.day = max(entry.day, table.day[row])
            entry.nodes.append(v)
            byArrest[a] = entry
        }
        var shared: [UInt64: [SharedArrest]] = [:]
        for (arrest, entry) in byArrest {
            let all = Array(Set(entry.nodes)).sorted()
            if all.count > options.massEventSize, options.massEventPolicy == .exclude { continue }
            let chosen = all.filter { position[$0] >= 0 }
            guard chosen.count > 1 else { continue }
            let item = SharedArrest(id: pseudonymizer == nil ? table.arrestIDs[Int(arrest)] : nil, date: entry.day, persons: all.count,
                                    sortKey: table.arrestIDs[Int(arrest)])
            for i in chosen.indices {
                for j in (i + 1)..<chosen.count { shared[WeightedGraph.key(chosen[i], chosen[j]), default: []].append(item) }
            }
        }

        let social = ranking.social, combined = social.combined
        var ties: [Tie] = []
        for a in nodes {
            for w in combined.neighbors(of: a) where Int(w) > a && position[Int(w)] >= 0 {
                let b = Int(w), key = WeightedGraph.key(a, b)
                let coWeight = social.coOffendingAdjacency.weight(a, b)
                let groupWeight = ranking.groups?.tieWeight(ranking.persons[a], ranking.persons[b]) ?? 0
                let arrests = coWeight > 0
                    ? (shared[key] ?? []).sorted { ($0.date, $0.sortKey) < ($1.date, $1.sortKey) } : []
                let common = groupWeight > 0 ? Set(groupsOf(a)).intersection(groupsOf(b)).map { groupIDs[Int($0)] }.sorted() : []
                ties.append(Tie(a: position[a], b: position[b], weight: combined.tieWeight(a, b), coOffending: coWeight,
                                group: groupWeight, arrests: arrests, groups: common))
            }
        }
        self.ties = ties

        // Active memberships, sightings capped at the as-of date.
        var sightings: [UInt64: (first: CalendarDay?, last: CalendarDay?, source: String?)] = [:]
        for row in context.memberships {
            let v = Int(ranking.social.nodeOfPerson[Int(row.person)])
            guard v >= 0, position[v] >= 0 else { continue }
            let key = WeightedGraph.key(v, Int(row.group))
            var entry = sightings[key] ?? (nil, nil, nil)
            if let first = window.known(row.firstSeen) { entry.first = min(entry.first ?? first, first) }
            let seen = window.latestSighting(firstSeen: row.firstSeen, lastSeen: row.lastSeen)
            if let seen, max(seen, entry.last ?? .earliest) == seen {
                entry.last = seen
                entry.source = row.source ?? entry.source
            } else if entry.source == nil {
                entry.source = row.source
            }
            sightings[key] = entry
        }
        memberships = nodes.flatMap { v in
            groupsOf(v).map { group in
                let seen = sightings[WeightedGraph.key(v, Int(group))]
                return Membership(person: position[v], group: groupIDs[Int(group)], firstSeen: seen?.first, lastSeen: seen?.last,
                                  source: seen?.source)
            }
        }
        var groupRank = [Int: Int]()
        for (i, group) in ranking.groupOrder.enumerated() { groupRank[group] = i + 1 }
        let used = Set(nodes.flatMap(groupsOf))
        groups = used.map { Int($0) }.sorted { groupIDs[$0] < groupIDs[$1] }.map { group in
            Group(id: groupIDs[group], members: ranking.groupMembers[group].count, rank: groupRank[group])
        }
    }

    /// Writes the files of each format, then the manifest, into `directory` as one transaction
    /// (``OutputFolder``): the folder appears whole, replacing a previous export's folder, or not
    /// at all; every file has mode 0600.
    /// - Parameters:
    ///   - manifest: given the files written with their digests, the text of
    ///     `export_manifest.json` (usually ``manifest(ranking:records:parameters:formats:around:steps:via:outputs:)``).
    ///   - wait: when another run is writing to `directory`, wait for it instead of failing.
    /// - Returns: the files written before the manifest, with their digests.
    /// - Throws: ``OutputFolderError`` (a busy folder, one holding other files), errors of `manifest`.
    /// - Complexity: that of the writers chosen, O(n + m + shared arrests + memberships).
    @discardableResult
    public func write(_ formats: [ExportFormat], to directory: URL, wait: Bool = false,
                      manifest: ([OutputDigest]) throws -> String) throws -> [OutputDigest] {
        let folder = try OutputFolder(directory, kind: .export, wait: wait)
        let written = try write(formats, manifest: manifest, into: folder)
        try folder.commit()
        return written
    }

    /// Writes the files of each format and then the manifest into an open transaction; the caller commits.
    package func write(_ formats: [ExportFormat], manifest: ([OutputDigest]) throws -> String, into folder: OutputFolder) throws
        -> [OutputDigest]
    {
        for format in ExportFormat.allCases where formats.contains(format) {
            let files: [(String, String)] = switch format {
            case .graphml: [("network.graphml", graphML())]
            case .gexf: [("network.gexf", gexf())]
            case .i2: [("entities.csv", entitiesCSV()), ("links.csv", linksCSV())]
            }
            for (name, text) in files { try folder.write(text, named: name) }
        }
        let written = folder.written
        try folder.write(try manifest(written), named: Self.manifestFileName)
        return written
    }
}
