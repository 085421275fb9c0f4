import ArgumentParser
import FocusNet
import Foundation

struct BacktestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backtest",
        abstract: "Re-run the scoring as of past dates and measure who it would have listed against what happened next.",
        discussion: """
            For each as-of date D the network, groups, features, eligibility and scores are rebuilt \
            from records dated up to D only (custody periods and deaths as of D; the persons file's \
            custody_status is never read). Outcomes are events in (D, D + window]: shot, shooter, \
            either, or arrest. Every model is in the same table: random, prior_arrests, \
            prior_victimization, demographic (age/sex logistic), points, network, composite and \
            fitted (ridge logistic regression trained on earlier origins whose outcome windows close \
            by D), and the network ablation: fitted_no_network and fitted_no_exposure, trained the \
            same way without those features. Ties at the k-th score count by their expected value \
            over tied orderings. See docs/evaluation.md.

            Writes into --out: metrics.csv, capture_curve.csv, calibration.csv, disparity.csv, \
            coefficients.csv, origins.csv, ablation.csv, fitted_model.json, predictions.csv (every \
            scored person at every origin: person ids, or keyed pseudonyms with --pseudonymize), \
            manifest.json (and interventions.csv with --interventions); prints a summary; records \
            the run in the runs store.
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var scoring: ScoringOptions

    @Option(name: .long, help: ArgumentHelp("An as-of date D (YYYY-MM-DD); repeat the flag or give a comma-separated list.", valueName: "date"))
    var asOf: [CalendarDays] = []

    @Option(name: .long, help: ArgumentHelp("First date of a rolling schedule (with --to and --every).", valueName: "date"),
            transform: CalendarDay.flag)
    var from: CalendarDay?

    @Option(name: .long, help: ArgumentHelp("Last date of a rolling schedule.", valueName: "date"), transform: CalendarDay.flag)
    var to: CalendarDay?

    @Option(name: .long, help: ArgumentHelp("Step of a rolling schedule, e.g. 3mo.", valueName: "period"))
    var every: CalendarPeriod?

    @Option(name: .long, help: ArgumentHelp("How far back records count at each D: 90d, 26w, 18mo, 5y, or 'all' (default).", valueName: "period"))
    var lookback: Lookback = .all

    @Option(name: .long, help: ArgumentHelp("W: outcomes are counted in (D, D + W].", valueName: "period"))
    var outcomeWindow = CalendarPeriod(count: 18, unit: .months)

    @Option(name: .long, help: ArgumentHelp(
        "Outcome: shot, shooter, either or arrest (repeatable). Default: shot, shooter and either when victimizations or shootings are given, else arrest.",
        valueName: "outcome"))
    var outcome: [String] = []

    @Option(name: .long, help: ArgumentHelp("List size: a count (100) or a share of the scored people (1%); repeatable. Default: 1%, 5%, 100, 500.", valueName: "k"))
    var k: [String] = []

    @Option(name: .long, help: ArgumentHelp("Bootstrap replicates for the 95% intervals (0 = none).", valueName: "n"))
    var bootstrap: Int = 1000

    @Option(name: .long, help: ArgumentHelp("Fixed ridge penalty λ of the fitted and demographic models (standardized features). Default: chosen among 0.1, 1, 10, 100 on the latest training origin held out, as 'rank' does (1 when it cannot be).", valueName: "λ"))
    var ridge: Double?

    @Option(name: .long, help: ArgumentHelp("Training origins per test origin D for the fitted models: D − W, D − W − step, … (default 2, as 'rank').", valueName: "n"))
    var trainOrigins: Int = 2

    @Option(name: .long, help: ArgumentHelp("Step between training origins. Default: the outcome window W (as 'rank').", valueName: "period"))
    var trainEvery: CalendarPeriod?

    @Option(name: .long, help: ArgumentHelp("Intervention log CSV: person_id,date[,type] of people notified or called in.", valueName: "file"))
    var interventions: String?

    @Option(name: .long, help: ArgumentHelp("A person counts as notified at D when notified within this period up to D.", valueName: "period"))
    var notifiedWithin = CalendarPeriod(count: 12, unit: .months)

    @Flag(name: .long, help: "Leave notified people out of the metrics (they stay in the intervention report).")
    var excludeNotified = false

    @Option(name: .long, help: ArgumentHelp("Folder to write the outputs into. It appears whole when the run ends, replacing an earlier run's folder; a folder holding other files is refused.", valueName: "dir"))
    var out: String

    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: ArgumentHelp("Also write the current fitted models (fitted_model.json) to this file, owner-only and atomically, for rank --model FILE. Not inside --out.", valueName: "file"))
    var saveModel: String?

    @Option(name: .long, help: ArgumentHelp("Runs store (SQLite). Default: focusnet-runs.sqlite beside --out.", valueName: "file"))
    var store: String?

    @Flag(name: .long, help: "Do not record the run in the runs store.")
    var noStore = false

    @OptionGroup var folder: FolderLockOptions

    @OptionGroup var progressOptions: ProgressOptions

    @Flag(name: .long, help: "Write the results instead of stopping with exit 65 when no as-of date has anyone to score or no outcome can be seen (the reason is printed either way).")
    var allowEmpty = false

    func validate() throws {
        try OutputFolderCheck.check(out, kind: .backtest)
        let schedule = [from != nil, to != nil, every != nil].filter { $0 }.count
        guard schedule == 0 || schedule == 3 else { throw ValidationError("--from, --to and --every go together.") }
        guard !asOfDates.isEmpty || schedule == 3 else {
            throw ValidationError("Give the as-of dates with --as-of DATE (repeatable) or --from DATE --to DATE --every PERIOD.")
        }
        for name in outcome where OutcomeKind(rawValue: name) == nil {
            throw ValidationError("--outcome must be shot, shooter, either or arrest, not '\(name)'.")
        }
        for size in k where ListSize(size) == nil { throw ValidationError("--k '\(size)' is not a count such as 100 or a share such as 1%.") }
        guard bootstrap >= 0 else { throw ValidationError("--bootstrap must be ≥ 0.") }
        if let ridge, !(ridge >= 0 && ridge.isFinite) { throw ValidationError("--ridge must be ≥ 0.") }
        guard trainOrigins >= 0 else { throw ValidationError("--train-origins must be ≥ 0.") }
        if let saveModel {
            let file = URL(fileURLWithPath: saveModel).standardizedFileURL.path, folder = URL(fileURLWithPath: out).standardizedFileURL.path
            guard file != folder, !file.hasPrefix(folder + "/") else {
                throw ValidationError("--save-model must name a file outside --out (the output folder is replaced whole by each run).")
            }
        }
    }

    var asOfDates: [CalendarDay] { asOf.flatMap(\.days) }

    /// Step between training origins: --train-every, else --every, else 3 months.
    var trainingStep: CalendarPeriod { trainEvery ?? outcomeWindow }

    func run() throws {
        let progress = progressOptions.reporter()
        let transaction = try OutputFolderCheck.open(out, kind: .backtest, wait: folder.wait)
        let records = try input.records(accounting: progress.accounting)
        var origins = asOfDates
        if let from, let to, let every { origins += try OriginSchedule.rolling(from: from, to: to, every: every) }
        let scoringConfiguration = try scoring.configuration(lookback: lookback.period)   // status as of each origin: OriginSnapshot
        let outcomes = outcome.isEmpty ? OutcomeKind.defaults(for: records) : outcome.compactMap(OutcomeKind.init(rawValue:))
        let log = try interventions.map { try InterventionLog.read(URL(fileURLWithPath: $0), records: records) }
        if let log { progress.line("intervention log: \(log.rows) rows, \(log.entries.count) matched, \(log.unknownPersons) naming nobody in the records") }
        var configuration = BacktestConfiguration(
            scoring: scoringConfiguration, origins: origins, outcomeWindow: outcomeWindow, outcomes: outcomes,
            listSizes: k.isEmpty ? ListSize.defaults : k.compactMap(ListSize.init), seed: scoring.seed,
            bootstrapReplicates: bootstrap, ridge: ridge ?? 1, validatesRidge: ridge == nil, trainingOrigins: trainOrigins,
            trainingStep: trainingStep, interventions: log, notifiedWithin: notifiedWithin, excludeNotified: excludeNotified, dataEnd: input.dataEnd)
        configuration.scoringFile = scoring.scoring
        let backtest = try Backtest(records: records, configuration: configuration) { progress.stage($0) }
        if let reason = backtest.emptyReason {
            guard allowEmpty else { throw FocusNetExit.dataGate("the backtest is empty: \(reason). Nothing was written (--allow-empty writes it).") }
            progress.line("the backtest is empty: \(reason)")
        }
        for note in backtest.notes where note.hasPrefix(Backtest.noOutcomeNotePrefix) { progress.line(note) }
        let directory = URL(fileURLWithPath: out)
        let output = BacktestOutput(backtest: backtest, records: records, pseudonymizer: try self.output.pseudonymizer())
        let manifest = try output.write(parameters: parameters(outcomes: outcomes), into: transaction)
        try transaction.commit()
        progress.line("wrote \(manifest.outputs.count + 1) files to \(out)")
        if let saveModel { try save(backtest.finalModels, to: saveModel, progress: progress) }
        print(BacktestSummary.text(backtest), terminator: "")
        guard !noStore else { return }
        let storePath = store ?? RunStoreLocation.beside(output: directory).path
        let id = try RunStore(path: storePath).record(
            manifest: manifest, manifestJSON: try manifest.json(), metricsCSV: output.metrics(), outDirectory: directory.standardizedFileURL.path,
            recordedAt: ISO8601DateFormatter().string(from: Date()))
        progress.line("recorded as run \(id) in \(storePath) (focusnet runs show \(id) --store \(storePath))")
    }

    /// Writes the current models to `path` (owner-only, atomically: a temporary file renamed into place).
    /// - Throws: ``SaveModelError`` when the file cannot be written.
    func save(_ models: FittedModelFile, to path: String, progress: Progress) throws {
        do {
            try OutputFile.write(try models.json(), to: URL(fileURLWithPath: path))
        } catch {
            throw SaveModelError(path: path, reason: "\(error)")
        }
        progress.line(models.models.isEmpty
            ? "--save-model: no model could be fitted (see the notes); \(path) holds no model"
            : "saved the current fitted models (\(models.models.map { "\($0.model) \($0.outcome)" }.joined(separator: ", "))) to \(path)")
    }

    func parameters(outcomes: [OutcomeKind]) -> [String: String] {
        var p: [String: String] = [:]
        p["as_of"] = asOfDates.map(\.description).joined(separator: ",")
        p["from"] = from?.description ?? ""
        p["to"] = to?.description ?? ""
        p["every"] = every?.description ?? ""
        p["lookback"] = lookback.description
        p["outcome_window"] = outcomeWindow.description
        p["outcomes"] = outcomes.map(\.rawValue).joined(separator: ",")
        p["k"] = k.joined(separator: ",")
        p["bootstrap"] = String(bootstrap)
        p["ridge"] = ridge.map { String($0) } ?? "validated"
        p["train_origins"] = String(trainOrigins)
        p["train_every"] = trainingStep.description
        p["interventions"] = interventions ?? ""
        p["notified_within"] = notifiedWithin.description
        p["exclude_notified"] = String(excludeNotified)
        p["mapping"] = input.mapping ?? ""
        p["map"] = input.map ?? ""
        p["tie_duplicates"] = input.tieDuplicates?.rawValue ?? ""
        p["data_end"] = input.dataEnd?.description ?? ""
        p["save_model"] = saveModel ?? ""
        return p
    }
}

/// `--save-model FILE` could not be written.
struct SaveModelError: Error, CustomStringConvertible {
    /// The file as given.
    let path: String
    /// What the file system said.
    let reason: String
    var description: String { "cannot write --save-model \(path): \(reason)" }
}
