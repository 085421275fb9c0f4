import ArgumentParser
import FocusNet
import Foundation

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank everyone in the co-offending network as of a date and write the call-in list.",
        discussion: """
            Uses only records dated in (as-of − lookback, as-of]; nothing after the as-of date is read. \
            Two people are tied when they were arrested together; the tie strength is the number of \
            distinct arrests they share. The score is the mean percentile rank of the chosen components \
            (default: strength, betweenness, eigenvector, arrests). Ties in score are broken by person id.

            Writes into --out: call_in_list.csv, scores.csv, network_edges.csv, rejects.csv, manifest.json.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: ArgumentHelp("The date the list is drawn up for (YYYY-MM-DD).", valueName: "date"))
    var asOf: String

    @Option(name: .long, help: ArgumentHelp(
        "How far back records count: 90d, 26w, 18mo, 5y, or 'all' (default).", valueName: "period"))
    var lookback: String = "all"

    @Option(name: .long, help: ArgumentHelp("How many people the call-in list holds.", valueName: "n"))
    var top: Int = 50

    @Option(name: .long, parsing: .upToNextOption, help: ArgumentHelp(
        "Score components (any of: \(ScoreComponent.allCases.map(\.rawValue).joined(separator: ", "))).",
        valueName: "component"))
    var components: [String] = ScoreComponent.defaults.map(\.rawValue)

    @Option(name: .long, help: ArgumentHelp(
        "Arrests with more persons than this are mass events (protests, sweeps).", valueName: "n"))
    var massEventSize: Int = 10

    @Option(name: .long, help: ArgumentHelp(
        "What mass events add to tie strength: downweight (1/(k−1) per tie, Newman 2001), exclude, or keep.",
        valueName: "policy"))
    var massEvents: String = ProjectionOptions.MassEventPolicy.downweight.rawValue

    @Option(name: .long, help: ArgumentHelp(
        "Half-life in days of a shared arrest's weight (older arrests count less); off by default.", valueName: "days"))
    var tieHalfLife: Double?

    @Option(name: .long, help: ArgumentHelp("Folder to write the outputs into (created if needed).", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Print no progress lines.")
    var quiet = false

    func validate() throws {
        guard parsedAsOf != nil else { throw ValidationError("--as-of '\(asOf)' is not a date of the form YYYY-MM-DD.") }
        if lookback != "all", CalendarPeriod(lookback) == nil {
            throw ValidationError("--lookback '\(lookback)' is not a period such as 90d, 26w, 18mo, 5y or 'all'.")
        }
        guard massEventSize >= 2 else { throw ValidationError("--mass-event-size must be at least 2.") }
        guard ProjectionOptions.MassEventPolicy(rawValue: massEvents) != nil else {
            throw ValidationError("--mass-events must be downweight, exclude or keep.")
        }
        if let tieHalfLife, !(tieHalfLife > 0) { throw ValidationError("--tie-half-life must be a positive number of days.") }
        guard top > 0 else { throw ValidationError("--top must be at least 1.") }
        for name in components where ScoreComponent(rawValue: name) == nil {
            throw ValidationError("--components: unknown component '\(name)'.")
        }
    }

    private var parsedAsOf: CalendarDay? { DateFormat.iso.parse(asOf[...]) }

    func run() throws {
        let progress = Progress(quiet: quiet)
        let window = ObservationWindow(asOf: parsedAsOf!, lookback: lookback == "all" ? nil : CalendarPeriod(lookback))
        let records = try RecordSet.read(input.sources(), mapping: input.mappingSet())
        for report in records.reports {
            progress.line("read \(report.kind.rawValue): \(report.rowsRead) rows = \(report.accepted) accepted + "
                + "\(report.deduplicated) duplicates + \(report.rejected) rejected")
        }
        let projection = ProjectionOptions(massEventSize: massEventSize,
                                           massEventPolicy: ProjectionOptions.MassEventPolicy(rawValue: massEvents)!,
                                           tieHalfLifeDays: tieHalfLife)
        let configuration = RankConfiguration(
            window: window, projection: projection, components: components.compactMap(ScoreComponent.init(rawValue:)), top: top)
        let ranking = try Ranking(records: records, configuration: configuration)
        progress.line("network \(window): \(ranking.network.graph.nodeCount) people, \(ranking.network.graph.tieCount) ties, "
            + "\(ranking.network.massEvents) mass events (\(massEvents))")
        let parameters = [
            "as_of": window.asOf.description, "lookback": lookback, "window": window.description,
            "components": configuration.components.map(\.rawValue).joined(separator: ","), "top": String(top),
            "betweenness_length": "1/strength", "pagerank_damping": String(configuration.damping),
            "mass_event_size": String(massEventSize), "mass_events": massEvents,
            "tie_half_life_days": tieHalfLife.map { String($0) } ?? "off",
        ]
        try RankOutput.write(ranking, records: records, parameters: parameters, to: URL(fileURLWithPath: out))
        progress.line("wrote \(RankOutput.fileNames.joined(separator: ", ")) to \(out)")
    }
}
