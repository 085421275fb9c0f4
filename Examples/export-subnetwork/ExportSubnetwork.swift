import FocusNet
import Foundation

/// Ranks a records folder, then exports the people within two co-offending steps of the top
/// of the list — for Gephi (GraphML, GEXF) and i2 Analyst's Notebook (entities.csv, links.csv).
///
/// The same code is compiled into the root package's tests (through a symbolic link).
enum ExportSubnetwork {
    struct Result: Equatable {
        let files: [String]
        let people: Int
        let listed: Int
        let ties: Int
    }

    /// - Parameters:
    ///   - data: a records folder (`arrests.csv` and optionally the other canonical files).
    ///   - around: how many of the top listed people the subnetwork is centred on.
    ///   - steps: co-offending steps around them.
    ///   - keyFile: with a key, every person id written is a keyed pseudonym and arrest ids are left out.
    ///   - out: the folder written (owner-only files).
    /// - Throws: record, igraph and file errors.
    static func run(data: URL, asOf: CalendarDay, around: Int = 3, steps: Int = 2, keyFile: URL? = nil, out: URL) throws -> Result {
        let records = try RecordSet.read(InputSources(directory: data))
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, asOf: asOf, configuration: RankConfiguration(
            windows: WindowPolicy(lookback: CalendarPeriod("5y")), top: 20), context: context)
        let seeds = Array(ranking.invitees.prefix(around))
        let selection = try NetworkSelection.around(nodes: seeds, steps: steps, via: .coOffending)
        let export = NetworkExport(ranking: ranking, records: records, context: context, selection: selection,
                                   pseudonymizer: try keyFile.map { try Pseudonymizer(keyFile: $0) })
        let formats: [ExportFormat] = [.graphml, .gexf, .i2]
        let files = try export.write(formats, to: out) { written in
            try export.manifest(ranking: ranking, records: records, parameters: RankParameters(ranking: ranking), formats: formats,
                                around: "\(seeds.count) listed people", steps: steps, via: .coOffending, outputs: written)
        }.map(\.name)
        return Result(files: files, people: export.persons.count, listed: export.persons.filter { $0.listRank != nil }.count,
                      ties: export.ties.count)
    }
}
