import ArgumentParser
import FocusNet
import Foundation

/// What orders the list of `rank` and `call-in`: by default a model fitted on the records' own
/// history (``ListModel``), a saved model, or the composite score.
struct ListModelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Order the list by: fitted (a model fitted on these records' own history; the composite when they hold too few outcomes, saying so) or composite.",
        valueName: "score"))
    var orderBy = "fitted"

    @Option(name: .long, help: ArgumentHelp("Order the list by a saved fitted model (fitted_model.json from 'backtest --save-model').", valueName: "file"))
    var model: String?

    @Option(name: .long, help: ArgumentHelp(
        "What the fitted model predicts: shot, shooter, either or arrest. Default: shot when the records hold victimizations, else either, else arrest; with --model, the file's model for shot, else either, shooter, arrest.",
        valueName: "outcome"))
    var outcome: String?

    @Option(name: .long, help: ArgumentHelp("W: the fitted model predicts the outcome within this period after the as-of date (default 18mo; a --model file has its own).", valueName: "period"))
    var outcomeWindow: CalendarPeriod?

    func validate() throws {
        guard ["fitted", "composite"].contains(orderBy) else { throw ValidationError("--order-by must be fitted or composite, not '\(orderBy)'.") }
        if let outcome, OutcomeKind(rawValue: outcome) == nil {
            throw ValidationError("--outcome must be shot, shooter, either or arrest, not '\(outcome)'.")
        }
        if model != nil, orderBy == "composite" { throw ValidationError("--model and --order-by composite exclude each other.") }
        if let model, !FileManager.default.fileExists(atPath: model) { throw ValidationError("--model: no file \(model).") }
        if model != nil, outcomeWindow != nil { throw ValidationError("--model has its own outcome window; --outcome-window cannot change it.") }
    }

    /// The list's model as of `asOf`: read from `--model`, or fitted on the records (before the
    /// ranking at D is built, so a state's training rebuilds are gone before its own).
    func listModel(records: RecordSet, context: ScoringContext, configuration: RankConfiguration, asOf: CalendarDay,
                   seed: UInt64, progress: (String) -> Void) throws -> ListModel {
        let kind = outcome.flatMap(OutcomeKind.init(rawValue:))
        if let model { return try ListModel(file: URL(fileURLWithPath: model), outcome: kind) }
        let chosen = kind ?? ListModel.defaultOutcome(for: records)
        guard chosen.isAvailable(in: records) else {
            throw ValidationError("--outcome \(chosen.rawValue) needs \(chosen == .shooter ? "a shootings file" : "a victimizations file").")
        }
        return try ListModel(records: records, context: context, configuration: configuration, asOf: asOf, outcome: chosen,
                             outcomeWindow: outcomeWindow ?? CalendarPeriod(count: 18, unit: .months), listSize: configuration.top, composite: orderBy == "composite",
                             seed: seed, progress: progress)
    }
}
