import FocusNetGraph
import FocusNetScoring

/// The columns every export format carries, defined once so GraphML, GEXF and the i2 tables
/// cannot disagree on names, types or formatting.
struct ExportAttribute<Item>: Sendable {
    enum Kind: Sendable { case string, int, double, boolean }

    let name: String
    let kind: Kind
    /// The value as text, `nil` when unknown or not applicable (the attribute is left out).
    let value: @Sendable (Item) -> String?

    /// GraphML `attr.type`.
    var graphMLType: String {
        switch kind { case .string: "string"; case .int: "int"; case .double: "double"; case .boolean: "boolean" }
    }

    /// GEXF attribute `type`.
    var gexfType: String {
        switch kind { case .string: "string"; case .int: "integer"; case .double: "double"; case .boolean: "boolean" }
    }
}

extension NetworkExport {
    static let personAttributes: [ExportAttribute<Person>] = [
        .init(name: "listed", kind: .boolean) { String($0.listRank != nil) },
        .init(name: "list_rank", kind: .int) { $0.listRank.map(String.init) },
        .init(name: "rank", kind: .int) { String($0.rank) },
        .init(name: "score", kind: .double) { format($0.composite) },
        .init(name: "points", kind: .double) { format($0.points) },
        .init(name: "network_score", kind: .double) { format($0.network) },
        .init(name: "eligibility", kind: .string) { $0.eligibility },
        .init(name: "groups", kind: .string) { $0.groups.isEmpty ? nil : $0.groups.joined(separator: " ") },
        .init(name: "degree", kind: .int) { String($0.degree) },
        .init(name: "strength", kind: .double) { format($0.strength) },
        .init(name: "betweenness", kind: .double) { $0.betweenness.map(format) },
        .init(name: "eigenvector", kind: .double) { format($0.eigenvector) },
        .init(name: "pagerank", kind: .double) { format($0.pageRank) },
        .init(name: "coreness", kind: .int) { String($0.coreness) },
        .init(name: "victim_exposure", kind: .double) { format($0.victimExposure) },
        .init(name: "arrests", kind: .int) { String($0.arrests) },
        .init(name: "violent_arrests", kind: .int) { String($0.violentArrests) },
        .init(name: "gun_arrests", kind: .int) { String($0.gunArrests) },
        .init(name: "prior_victimizations", kind: .int) { String($0.priorVictimizations) },
        .init(name: "latest_arrest", kind: .string) { $0.latestArrest?.description },
        .init(name: "age", kind: .int) { $0.age.map(String.init) },
        .init(name: "area", kind: .string) { $0.area },
        .init(name: "distance", kind: .int) { $0.distance.map(String.init) },
    ]

    static let tieAttributes: [ExportAttribute<Tie>] = [
        .init(name: "tie_type", kind: .string) { $0.type },
        .init(name: "weight", kind: .double) { format($0.weight) },
        .init(name: "co_offending_weight", kind: .double) { format($0.coOffending) },
        .init(name: "group_weight", kind: .double) { format($0.group) },
        .init(name: "shared_arrests", kind: .int) { String($0.arrests.count) },
        .init(name: "first_shared_arrest", kind: .string) { $0.arrests.first?.date.description },
        .init(name: "last_shared_arrest", kind: .string) { $0.arrests.last?.date.description },
        .init(name: "shared_arrest_dates", kind: .string) {
            $0.arrests.isEmpty ? nil : $0.arrests.map(\.date.description).joined(separator: ";")
        },
        .init(name: "shared_arrest_ids", kind: .string) {
            let ids = $0.arrests.compactMap(\.id)
            return ids.isEmpty ? nil : ids.joined(separator: ";")
        },
        .init(name: "shared_groups", kind: .string) { $0.groups.isEmpty ? nil : $0.groups.joined(separator: " ") },
    ]
}
