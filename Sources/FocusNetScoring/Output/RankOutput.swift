import FocusNetGraph
import Foundation

/// The files `focusnet rank` writes, built from a ``Ranking``.
///
/// - `call_in_list.csv`: `rank,person_id,score,` then each component's raw value and `pct_` percentile;
/// - `scores.csv`: the same columns for every person in the network, plus all measures;
/// - `network_edges.csv`: `person_a,person_b,weight` with `person_a < person_b`;
/// - `rejects.csv`: `file,line,column,value,reason`;
/// - `manifest.json`: see ``RunManifest``.
public enum RankOutput {
    public static let fileNames = ["call_in_list.csv", "scores.csv", "network_edges.csv", "rejects.csv", "manifest.json"]

    /// Writes all files into `directory` (created if needed), each atomically with mode 0600.
    /// - Throws: file-system errors.
    public static func write(_ ranking: Ranking, records: RecordSet, parameters: [String: String], to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let files: [(String, String)] = [
            ("call_in_list.csv", callInList(ranking, records: records)),
            ("scores.csv", scores(ranking, records: records)),
            ("network_edges.csv", edges(ranking, records: records)),
            ("rejects.csv", rejects(records)),
            ("manifest.json", try manifest(ranking, records: records, parameters: parameters)),
        ]
        for (name, text) in files { try OutputFile.write(text, to: directory.appendingPathComponent(name)) }
    }

    static func componentHeader(_ ranking: Ranking) -> [String] {
        ranking.score.components.map(\.rawValue) + ranking.score.components.map { "pct_" + $0.rawValue }
    }

    static func row(_ ranking: Ranking, records: RecordSet, rank: Int, node: Int) -> [String] {
        let person = records.personIDs[Int(ranking.network.persons[node])]
        let raw = ranking.score.components.map { format(ranking.values(of: $0)[node]) }
        let pct = ranking.score.percentiles.map { format($0[node]) }
        return [String(rank), person, format(ranking.score.scores[node])] + raw + pct
    }

    /// The top `configuration.top` people.
    public static func callInList(_ ranking: Ranking, records: RecordSet) -> String {
        var csv = CSVWriter(header: ["rank", "person_id", "score"] + componentHeader(ranking))
        for (i, node) in ranking.order.prefix(ranking.configuration.top).enumerated() {
            csv.row(row(ranking, records: records, rank: i + 1, node: node))
        }
        return csv.text
    }

    /// Every person in the network, ranked, with every measure.
    public static func scores(_ ranking: Ranking, records: RecordSet) -> String {
        let m = ranking.measures, net = ranking.network
        var csv = CSVWriter(header: ["rank", "person_id", "score"] + componentHeader(ranking)
            + ["degree", "strength", "betweenness", "eigenvector", "pagerank", "coreness", "arrests", "latest_arrest"])
        for (i, node) in ranking.order.enumerated() {
            csv.row(row(ranking, records: records, rank: i + 1, node: node) + [
                String(m.degree[node]), format(m.strength[node]), format(m.betweenness[node]),
                format(m.eigenvector[node]), format(m.pageRank[node]), String(m.coreness[node]),
                String(net.arrestCounts[node]), net.latestArrest[node].description,
            ])
        }
        return csv.text
    }

    public static func edges(_ ranking: Ranking, records: RecordSet) -> String {
        var csv = CSVWriter(header: ["person_a", "person_b", "weight"])
        let g = ranking.network.graph
        for e in 0..<g.tieCount {
            csv.row([
                records.personIDs[Int(ranking.network.persons[Int(g.sources[e])])],
                records.personIDs[Int(ranking.network.persons[Int(g.targets[e])])],
                format(g.weights[e]),
            ])
        }
        return csv.text
    }

    public static func rejects(_ records: RecordSet) -> String {
        var csv = CSVWriter(header: ["file", "line", "column", "value", "reason"])
        for r in records.rejects { csv.row([r.file, String(r.line), r.column, r.value, r.reason]) }
        return csv.text
    }

    static func manifest(_ ranking: Ranking, records: RecordSet, parameters: [String: String]) throws -> String {
        try RunManifest(
            command: "rank", parameters: parameters, reports: records.reports,
            network: [
                "persons_in_records": records.personIDs.count, "persons_in_network": ranking.network.graph.nodeCount,
                "ties": ranking.network.graph.tieCount, "mass_events": ranking.network.massEvents, "listed": min(ranking.configuration.top, ranking.order.count),
            ],
            outputs: fileNames
        ).json()
    }

    /// Shortest round-trip decimal; integers without a fraction.
    static func format(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        return String(x)
    }
}
