import ArgumentParser
import FocusNet

/// Everything a ranking needs from the command line: records, window, scoring, list, identifiers
/// and governance. Shared by `rank`, `call-in` and `export`.
struct RankingOptions: ParsableArguments {
    @OptionGroup var input: InputOptions
    @OptionGroup var window: WindowOptions
    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var list: CallInOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var governance: GovernanceOptions

    /// The ranking of `records` these options describe, with its manifest parameters.
    /// - Parameter defaultMode: the list selection when `--select` is not given.
    func job(records: RecordSet, context: ScoringContext, defaultMode: String,
             stage: (String) -> Void = { _ in }) throws -> RankJob {
        try RankJob(records: records, asOf: window.asOf, configuration: configuration(defaultMode: defaultMode), context: context,
                    scoringFile: scoring.scoring, stage: stage)
    }

    /// The ranking's settings.
    func configuration(defaultMode: String) throws -> RankConfiguration {
        try scoring.configuration(window: window, list: list, governance: governance, defaultMode: defaultMode)
    }
}
