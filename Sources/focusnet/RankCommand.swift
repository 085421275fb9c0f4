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
            and exposure to recent gunshot victims) and composite. The list is ordered by a model \
            fitted on the records' own history (features as of D − 2W and D − W, outcomes up to D; \
            docs/list-model.md) giving each person's probability of the outcome within W, or by the \
            composite when the history holds fewer than 30 outcome persons, and the run says which, \
            with what a list of this size would have held beside counting arrests. Ties in score \
            are broken by person id. The list holds the top --top eligible people (see --select).

            Writes into --out: \(RankOutput.fileNames.joined(separator: ", ")).
            """)

    @OptionGroup var job: RankJobOptions

    func run() throws { try job.run(command: "rank", defaultMode: "top") }
}

struct CallInCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call-in",
        abstract: "Choose call-in invitees group by group and write the list with its group structure.",
        discussion: """
            The same analysis as 'rank', but by default (--select groups) the list is built for a \
            group-based call-in: active groups in order of risk, and for each the fewest eligible \
            members who together reach every member within one step, until --top people are invited. \
            groups.csv reports how much of each group the list reaches.

            Writes into --out: \(RankOutput.fileNames.joined(separator: ", ")).
            """)

    @OptionGroup var job: RankJobOptions

    func run() throws { try job.run(command: "call-in", defaultMode: "groups") }
}

/// Everything `rank` and `call-in` share; `run` is the whole job.
struct RankJobOptions: ParsableArguments {
    @OptionGroup var options: RankingOptions

    @OptionGroup var order: ListModelOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write the outputs into. It appears whole when the run ends, replacing an earlier run's folder; a folder holding other files is refused.", valueName: "dir"))
    var out: String

    @OptionGroup var folder: FolderLockOptions

    @OptionGroup var progressOptions: ProgressOptions

    @Flag(name: .long, help: "Write an empty list instead of stopping with exit 65 (the reason is printed either way).")
    var allowEmpty = false

    @Option(name: .long, help: ArgumentHelp(
        "Language of the reasons, risk bands and summary lines (default: es when LC_ALL, LC_MESSAGES or LANG starts with es, else en). CSV column names stay English.",
        valueName: "lang"))
    var language: Language?

    /// The language asked for, else the locale's.
    var chosenLanguage: Language { language ?? Language(environment: ProcessInfo.processInfo.environment) }

    func validate() throws {
        try OutputFolderCheck.check(out, kind: .rankList)
    }

    func run(command: String, defaultMode: String) throws {
        let progress = progressOptions.reporter()
        let transaction = try OutputFolderCheck.open(out, kind: .rankList, wait: folder.wait)
        let records = try options.input.records(accounting: progress.accounting)
        let context = ScoringContext(records: records, statusDate: options.input.dataEnd)
        let listModel = try order.listModel(records: records, context: context,
                                            configuration: options.configuration(defaultMode: defaultMode),
                                            asOf: options.window.asOf, seed: options.scoring.seed) { progress.stage($0) }
        try listModel.check(options.configuration(defaultMode: defaultMode))
        let language = chosenLanguage
        progress.line(language.note(listModel))
        if let evidence = listModel.evidence { progress.line(language.sentence(evidence)) }
        let job = try options.job(records: records, context: context, defaultMode: defaultMode) { progress.stage($0) }
        let ranking = listModel.apply(to: job.ranking, context: context)
        progress.network(ranking)
        progress.statusColumns(ranking)
        if let reason = ranking.emptyListReason(records: records, context: context) {
            guard allowEmpty else { throw FocusNetExit.dataGate("the list is empty: \(reason). Nothing was written (--allow-empty writes it).") }
            progress.line("the list is empty: \(reason)")
        }
        let output = RankOutput(ranking: ranking, records: records, context: context, pseudonymizer: try options.output.pseudonymizer(),
                                listModel: listModel, language: language)
        try output.write(command: command, parameters: job.parameters, into: transaction)
        try transaction.commit()
        if output.servicesCount > 0 {
            progress.line(language.text(.summaryServices, ["n": String(output.servicesCount),
                                                           "age": String(ranking.configuration.eligibility.adultAge)]))
        }
        progress.line(language.text(.summaryListed, [
            "n": String(ranking.invitees.count), "mode": ranking.configuration.selection.name,
            "excluded": String(ranking.excludedAboveCut().count), "files": String(RankOutput.fileNames.count), "out": out,
        ]))
    }
}
