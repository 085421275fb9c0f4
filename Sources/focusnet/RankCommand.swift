import ArgumentParser
import FocusNet
import Foundation

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank everyone in the network as of a date and write an explained call-in list.",
        discussion: """
            Uses only records dated in (as-of − lookback, as-of]; nothing after the as-of date is read. \
            Two people are tied when they were arrested together (tie strength = distinct shared \
            arrests) or, with a memberships file, belong to the same active group (1/(size − 1) per \
            group). Each person gets three scores side by side: points (history), network (centrality \
            and exposure to recent gunshot victims) and composite (the ranking score). Ties in score \
            are broken by person id.

            Writes into --out: call_in_list.csv, call_in_list.json, scores.csv, groups.csv, \
            excluded.csv, network_edges.csv, call_in_network.graphml, rejects.csv, manifest.json.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var window: WindowOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var list: CallInOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write the outputs into (created if needed).", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Print no progress lines.")
    var quiet = false

    func run() throws {
        let progress = Progress(quiet: quiet)
        let records = try RecordSet.read(input.sources(), mapping: input.mappingSet())
        for report in records.reports {
            progress.line("read \(report.kind.rawValue): \(report.rowsRead) rows = \(report.accepted) accepted + "
                + "\(report.deduplicated) duplicates + \(report.rejected) rejected")
        }
        var configuration = try scoring.configuration(window: window.observationWindow())
        list.apply(to: &configuration)
        let context = ScoringContext(records: records)
        let ranking = try Ranking(records: records, context: context, configuration: configuration)
        progress.line("network \(configuration.window): \(ranking.persons.count) people, "
            + "\(ranking.social.coOffending.tieCount) co-offending ties, \(ranking.social.group.tieCount) group ties, "
            + "\(ranking.network.massEvents) mass events (\(scoring.massEvents))")
        let parameters = window.parameters.merging(scoring.parameters) { a, _ in a }.merging(list.parameters) { a, _ in a }
        try RankOutput(ranking: ranking, records: records, context: context).write(parameters: parameters, to: URL(fileURLWithPath: out))
        progress.line("listed \(ranking.invitees.count) (\(configuration.selection.name)); "
            + "\(ranking.excludedAboveCut().count) excluded above the cut; wrote \(RankOutput.fileNames.count) files to \(out)")
    }
}
