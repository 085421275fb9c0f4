#if canImport(FoundationXML)
import FocusNetEvaluation
import FocusNetGraph
import FocusNetScoring
import Foundation
import FoundationXML
#endif

/// What a `focusnet rank` or `focusnet call-in` output folder holds, read for the report.
///
/// Needs `manifest.json` and `call_in_list.csv`; shows `groups.csv`, `excluded.csv`,
/// `areas.csv`, `rejects.csv`, `call_in_list.json` (paths to the nearest victim),
/// `scores.csv` (the people around the list), `network_edges.csv` (co-offending ties) and
/// `call_in_network.graphml` (group memberships of the people around the list) and `services.csv`
/// (minors offered services instead of an invitation) when present. Folders written before risk
/// bands or services lists existed read as having neither.
/// Of `rejects.csv` only counts by file and reason are kept: rejected values may identify people.
struct RankFolder: Sendable {
    struct Input: Sendable, Equatable {
        let kind: String
        /// File name only: the full path may name the analyst's machine layout.
        let file: String
        let sha256: String
        let rowsRead: Int
        let accepted: Int
        let deduplicated: Int
        let rejected: Int
    }

    struct Step: Sendable, Equatable {
        let from: String
        let to: String
        let arrestDates: [String]
        let groups: [String]
    }

    struct VictimPath: Sendable, Equatable {
        let victim: String
        let victimDate: String
        let hops: Int
        let steps: [Step]
    }

    /// What `call_in_list.json` adds to a listed person's row.
    struct Details: Sendable, Equatable {
        var nearestVictim: VictimPath?
        var area: String?
        var timeline: [PersonTimeline.Event] = []
        /// `risk_band` as its stable raw value; `nil` for folders written before bands.
        var band: RiskBand?
    }

    struct Listed: Sendable, Equatable {
        let rank: Int
        let overallRank: Int
        let id: String
        let score: Double
        let points: Double
        let network: Double
        /// Network-score components as written (name, value text).
        let components: [Component]
        let groups: [String]
        let eligibility: String
        let reasons: String
        let nearestVictim: VictimPath?
        /// Home area; `nil` when unknown or for folders written before areas were recorded.
        let area: String?
        /// Arrests, victimizations and memberships known at the as-of date, by date; arrest ids
        /// left out (the report shows none, and they lead back to a person under pseudonyms).
        let timeline: [PersonTimeline.Event]
        /// The risk band, from `call_in_list.json`; `nil` when the JSON has none.
        let band: RiskBand?
        /// The risk band as `call_in_list.csv` writes it (in the run's language); `nil` for folders
        /// written before bands.
        let bandLabel: String?

        struct Component: Sendable, Equatable {
            let name: String
            let value: String
        }
    }

    struct Excluded: Sendable, Equatable {
        let id: String
        let wouldBeRank: Int
        let reason: String
    }

    /// A minor offered services instead of an invitation, from `services.csv`.
    struct Minor: Sendable, Equatable {
        let overallRank: Int
        let id: String
        let age: String
        /// As written by `rank`, in the run's language.
        let reasons: String
        let whyNotInvited: String
    }

    /// A person around the list, from `scores.csv`.
    struct Person: Sendable, Equatable {
        let rank: Int
        let score: Double
        let eligibility: String
        let priorVictimizations: Int
    }

    struct Tie: Sendable, Equatable {
        let a: String
        let b: String
        /// Distinct shared arrests (co-offending layer weight).
        let weight: Double
    }

    struct RejectCount: Sendable, Equatable {
        let file: String
        let reason: String
        let count: Int
    }

    let folderName: String
    let command: String
    let versions: [(name: String, version: String)]
    /// The ranking's parameters, read through the schema that wrote them (``RunManifest``).
    let parameters: RankParameters
    let inputs: [Input]
    let network: [String: Int]
    let list: [Listed]
    let excluded: [Excluded]
    /// `services.csv`; `nil` when the folder has none (written before services lists).
    let services: [Minor]?
    let groups: ReportCSV?
    let areas: ReportCSV?
    let rejects: [RejectCount]
    /// People on the list, their co-offenders and the co-offenders' co-offenders' ties, by id.
    let persons: [String: Person]
    /// Co-offending ties that touch a listed person or one of their co-offenders.
    let ties: [Tie]
    /// Active groups of the listed people and their neighbours, by id.
    let memberships: [String: [String]]
    /// Active members per group (`groups.csv`).
    let groupSizes: [String: Int]
    /// Whether the ids shown are pseudonyms.
    let pseudonymized: Bool
    /// What ordered the list and its evidence; `nil` for folders written before lists were fitted.
    let listModel: ListModelRecord?

    /// - Parameter pseudonymizer: replaces every person id read with its keyed pseudonym.
    /// - Throws: ``ReportError`` for a missing manifest or list, a missing column, a malformed
    ///   record, or a pseudonymizer given for a folder already pseudonymized.
    /// - Complexity: O(bytes of the files read); keeps the co-offending ties only.
    init(folder: URL, pseudonymizer: Pseudonymizer? = nil) throws(ReportError) {
        let name = folder.lastPathComponent
        func url(_ file: String) -> URL { folder.appendingPathComponent(file) }
        func exists(_ file: String) -> Bool { FileManager.default.fileExists(atPath: url(file).path) }
        guard exists(CallInListColumn.fileName) else { throw .notAnOutputFolder(path: folder.path) }
        guard exists("manifest.json") else { throw .missingFile(folder: name, name: "manifest.json") }
        let manifest = try Self.manifest(url("manifest.json"))
        folderName = name
        command = manifest.command
        versions = [("FocusNet", manifest.focusnetVersion), ("igraph", manifest.igraphVersion), ("OpenBLAS", manifest.openblasVersion)]
        parameters = manifest.parameters
        network = manifest.network
        listModel = manifest.listModel
        inputs = manifest.inputs.map {
            Input(kind: $0.kind, file: URL(fileURLWithPath: $0.path).lastPathComponent, sha256: $0.sha256, rowsRead: $0.rowsRead,
                  accepted: $0.accepted, deduplicated: $0.deduplicated, rejected: $0.rejected)
        }
        let alreadyPseudonymized = parameters.pseudonymized.hasPrefix("yes")
        if alreadyPseudonymized, pseudonymizer != nil { throw .alreadyPseudonymized(folder: name) }
        pseudonymized = alreadyPseudonymized || pseudonymizer != nil
        let relabel: (String) -> String = { id in id.isEmpty ? id : pseudonymizer?.pseudonym(id) ?? id }

        // The list, with paths from the JSON when present.
        let details = exists("call_in_list.json") ? try Self.details(url("call_in_list.json"), relabel) : [:]
        let table = try ReportCSV(url: url(CallInListColumn.fileName))
        let rank = try table.column(CallInListColumn.rank), overall = try table.column(CallInListColumn.overallRank)
        let person = try table.column(CallInListColumn.personID), score = try table.column(CallInListColumn.score)
        let points = try table.column(CallInListColumn.points), net = try table.column(CallInListColumn.network)
        let groupsColumn = try table.column(CallInListColumn.groups), eligibility = try table.column(CallInListColumn.eligibility)
        let reasons = try table.column(CallInListColumn.reasons), band = table.optionalColumn(CallInListColumn.riskBand.rawValue)
        let componentColumns = (net + 1)..<groupsColumn
        list = table.rows.map { row in
            let id = row[safe: person]
            return Listed(
                rank: Int(row[safe: rank]) ?? 0, overallRank: Int(row[safe: overall]) ?? 0, id: relabel(id),
                score: Double(row[safe: score]) ?? .nan, points: Double(row[safe: points]) ?? .nan, network: Double(row[safe: net]) ?? .nan,
                components: componentColumns.map { Listed.Component(name: table.header[$0], value: row[safe: $0]) },
                groups: row[safe: groupsColumn].split(separator: " ").map(String.init), eligibility: row[safe: eligibility],
                reasons: row[safe: reasons], nearestVictim: details[id]?.nearestVictim, area: details[id]?.area,
                timeline: details[id]?.timeline ?? [], band: details[id]?.band,
                bandLabel: band.map { row[safe: $0] }.flatMap { $0.isEmpty ? nil : $0 })
        }

        if exists(ExcludedColumn.fileName) {
            let t = try ReportCSV(url: url(ExcludedColumn.fileName))
            let p = try t.column(ExcludedColumn.personID), r = try t.column(ExcludedColumn.wouldBeRank)
            let why = try t.column(ExcludedColumn.reason)
            excluded = t.rows.map { Excluded(id: relabel($0[safe: p]), wouldBeRank: Int($0[safe: r]) ?? 0, reason: $0[safe: why]) }
        } else {
            excluded = []
        }
        if exists(ServicesColumn.fileName) {
            let t = try ReportCSV(url: url(ServicesColumn.fileName))
            let r = try t.column(ServicesColumn.rank), p = try t.column(ServicesColumn.personID), age = try t.column(ServicesColumn.age)
            let why = try t.column(ServicesColumn.reasons), not = try t.column(ServicesColumn.whyNotInvited)
            services = t.rows.map {
                Minor(overallRank: Int($0[safe: r]) ?? 0, id: relabel($0[safe: p]), age: $0[safe: age], reasons: $0[safe: why],
                      whyNotInvited: $0[safe: not])
            }
        } else {
            services = nil
        }
        groups = exists(GroupsColumn.fileName) ? try ReportCSV(url: url(GroupsColumn.fileName)) : nil
        areas = exists(AreasColumn.fileName) ? try ReportCSV(url: url(AreasColumn.fileName)) : nil
        var sizes: [String: Int] = [:]
        if let groups {
            let id = try groups.column(GroupsColumn.groupID), members = try groups.column(GroupsColumn.members)
            for row in groups.rows { sizes[row[safe: id]] = Int(row[safe: members]) ?? 0 }
        }
        groupSizes = sizes

        if exists("rejects.csv") {
            var counts: [String: Int] = [:]
            var order: [String] = []
            let t = try ReportCSV(url: url("rejects.csv"))
            let file = try t.column("file"), reason = try t.column("reason")
            for row in t.rows {
                let key = URL(fileURLWithPath: row[safe: file]).lastPathComponent + "\u{1}" + row[safe: reason]
                if counts[key] == nil { order.append(key) }
                counts[key, default: 0] += 1
            }
            rejects = order.map { key in
                let parts = key.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
                return RejectCount(file: parts[0], reason: parts[1], count: counts[key]!)
            }.sorted { ($0.count, $1.file, $1.reason) > ($1.count, $0.file, $0.reason) }
        } else {
            rejects = []
        }

        // Co-offending ties (raw ids while reading; relabelled at the end).
        var ties: [Tie] = []
        if exists(NetworkEdgesColumn.fileName) {
            var columns: (a: Int, b: Int, w: Int)?
            var failure: ReportError?
            try ReportCSV.scan(url: url(NetworkEdgesColumn.fileName)) { fields, _ in
                guard failure == nil else { return }
                guard let c = columns else {
                    guard let a = fields.firstIndex(of: NetworkEdgesColumn.personA.rawValue),
                          let b = fields.firstIndex(of: NetworkEdgesColumn.personB.rawValue) else {
                        failure = .missingColumn(file: NetworkEdgesColumn.fileName, column: NetworkEdgesColumn.personA.rawValue)
                        return
                    }
                    guard let w = fields.firstIndex(of: NetworkEdgesColumn.coOffending.rawValue)
                            ?? fields.firstIndex(of: NetworkEdgesColumn.weight.rawValue) else {
                        failure = .missingColumn(file: NetworkEdgesColumn.fileName, column: NetworkEdgesColumn.coOffending.rawValue)
                        return
                    }
                    columns = (a, b, w)
                    return
                }
                guard let w = Double(fields[safe: c.w]), w > 0 else { return }
                ties.append(Tie(a: fields[safe: c.a], b: fields[safe: c.b], weight: w))
            }
            if let failure { throw failure }
        }
        let listedRaw = Set(table.rows.map { $0[safe: person] })
        var around = listedRaw
        for t in ties where listedRaw.contains(t.a) || listedRaw.contains(t.b) { around.insert(t.a); around.insert(t.b) }
        let kept = ties.filter { around.contains($0.a) && around.contains($0.b) }
        self.ties = kept.map { Tie(a: relabel($0.a), b: relabel($0.b), weight: $0.weight) }

        var persons: [String: Person] = [:]
        if exists(ScoresColumn.fileName) {
            var columns: [ScoresColumn: Int]?
            var failure: ReportError?
            try ReportCSV.scan(url: url(ScoresColumn.fileName)) { fields, _ in
                guard failure == nil else { return }
                guard let c = columns else {
                    var map: [ScoresColumn: Int] = [:]
                    for column in [ScoresColumn.rank, .personID, .composite, .eligibility, .priorVictimizations] {
                        guard let i = fields.firstIndex(of: column.rawValue) else {
                            failure = .missingColumn(file: ScoresColumn.fileName, column: column.rawValue)
                            return
                        }
                        map[column] = i
                    }
                    columns = map
                    return
                }
                let id = fields[safe: c[.personID]!]
                guard around.contains(id) else { return }
                persons[relabel(id)] = Person(rank: Int(fields[safe: c[.rank]!]) ?? 0, score: Double(fields[safe: c[.composite]!]) ?? .nan,
                                              eligibility: fields[safe: c[.eligibility]!],
                                              priorVictimizations: Int(fields[safe: c[.priorVictimizations]!]) ?? 0)
            }
            if let failure { throw failure }
        }
        self.persons = persons

        var memberships: [String: [String]] = [:]
        if exists("call_in_network.graphml") {
            for (p, g) in Self.memberships(url("call_in_network.graphml")) { memberships[relabel(p), default: []].append(g) }
        }
        for l in list where memberships[l.id] == nil && !l.groups.isEmpty { memberships[l.id] = l.groups }
        self.memberships = memberships.mapValues { Array(Set($0)).sorted() }
    }

    /// Nearest-victim paths, home areas and timelines by raw person id, from `call_in_list.json`.
    static func details(_ url: URL, _ relabel: (String) -> String) throws(ReportError) -> [String: Details] {
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(file: url.lastPathComponent) }
        guard let entries = (try? JSONSerialization.jsonObject(with: data)) as? [[String: Any]] else {
            throw .invalidManifest(file: url.lastPathComponent)
        }
        var details: [String: Details] = [:]
        for entry in entries {
            guard let id = entry["person_id"] as? String else { continue }
            details[id] = Details(area: entry["area"] as? String, timeline: (entry["timeline"] as? [[String: Any]] ?? []).map { e in
                PersonTimeline.Event(date: e["date"] as? String ?? "", kind: e["kind"] as? String ?? "", what: e["what"] as? String ?? "",
                                     gun: e["gun"] as? Bool, arrest_id: nil, last_seen: e["last_seen"] as? String)
            })
            details[id]?.band = (entry["risk_band"] as? String).flatMap(RiskBand.init(rawValue:))
            guard let path = entry["nearest_victim"] as? [String: Any] else { continue }
            let steps = (path["steps"] as? [[String: Any]] ?? []).map { s in
                Step(from: relabel(s["from"] as? String ?? ""), to: relabel(s["to"] as? String ?? ""),
                     arrestDates: (s["arrests"] as? [[String: Any]] ?? []).compactMap { $0["date"] as? String },
                     groups: s["groups"] as? [String] ?? [])
            }
            details[id]?.nearestVictim = VictimPath(victim: relabel(path["victim"] as? String ?? ""), victimDate: path["victim_date"] as? String ?? "",
                                                    hops: Manifest.int(path["hops"]), steps: steps)
        }
        return details
    }

    /// `(person id, group id)` for every group in the `groups` attribute of the person nodes of
    /// `call_in_network.graphml` (the GraphML of docs/exports.md); empty when the file cannot be
    /// parsed.
    static func memberships(_ url: URL) -> [(String, String)] {
        final class Reader: NSObject, XMLParserDelegate {
            var pairs: [(String, String)] = []
            var groupsKey: String?
            var node: String?
            var key: String?
            var text = ""
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String]) {
                if name == "key", attributes["for"] == "node", attributes["attr.name"] == "groups" { groupsKey = attributes["id"] }
                if name == "node" { node = attributes["id"] }
                if name == "data" { key = attributes["key"]; text = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { if key != nil { text += string } }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "data" {
                    if let node, let groupsKey, key == groupsKey {
                        for group in text.split(separator: " ") { pairs.append((node, String(group))) }
                    }
                    key = nil
                }
                if name == "node" { node = nil }
            }
        }
        guard let parser = XMLParser(contentsOf: url) else { return [] }
        let reader = Reader()
        parser.delegate = reader
        return parser.parse() ? reader.pairs : []
    }
}

extension RankFolder {
    /// `manifest.json` read through the schema that wrote it.
    /// - Throws: ``ReportError/unreadable(file:)`` or ``ReportError/invalidManifest(file:)``.
    static func manifest(_ url: URL) throws(ReportError) -> RunManifest {
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(file: url.lastPathComponent) }
        guard let manifest = try? JSONDecoder().decode(RunManifest.self, from: data) else {
            throw .invalidManifest(file: url.lastPathComponent)
        }
        return manifest
    }
}

/// A manifest read as a JSON object: tolerant of fields added later, strict about its shape.
struct Manifest {
    let object: [String: Any]

    /// - Throws: ``ReportError/unreadable(file:)`` or ``ReportError/invalidManifest(file:)``.
    init(url: URL) throws(ReportError) {
        guard let data = try? Data(contentsOf: url) else { throw .unreadable(file: url.lastPathComponent) }
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw .invalidManifest(file: url.lastPathComponent)
        }
        self.object = object
    }

    func string(_ key: String) -> String? { object[key] as? String }

    /// A `[String: String]` member; non-string values are written as JSON text.
    func strings(_ key: String) -> [String: String] {
        guard let dictionary = object[key] as? [String: Any] else { return [:] }
        return dictionary.mapValues { Manifest.text($0) }
    }

    func integers(_ key: String) -> [String: Int] {
        (object[key] as? [String: Any] ?? [:]).mapValues { Manifest.int($0) }
    }

    func objects(_ key: String) -> [[String: Any]] { object[key] as? [[String: Any]] ?? [] }

    static func int(_ value: Any?) -> Int {
        if let n = value as? Int { return n }
        if let n = value as? NSNumber { return n.intValue }
        if let s = value as? String { return Int(s) ?? 0 }
        return 0
    }

    /// A JSON value as short text: strings as they are, numbers and booleans plainly, arrays
    /// joined by ", ", objects as sorted JSON.
    static func text(_ value: Any) -> String {
        switch value {
        case let s as String: return s
        case let b as Bool: return b ? "yes" : "no"
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return a.map(text).joined(separator: ", ")
        default:
            guard JSONSerialization.isValidJSONObject(value),
                  let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "\(value)" }
            return String(decoding: data, as: UTF8.self)
        }
    }
}
