import ArgumentParser

@main
struct FocusNetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focusnet",
        abstract: "Find the people at highest risk of gun violence in a co-offending network, for focused-deterrence call-ins.",
        discussion: """
            FocusNet reads records-system exports (arrests, group memberships, gunshot victimizations, \
            persons, custody; CSV with your own column names), builds the co-offending network as of a \
            date, scores everyone in it by history, network position and exposure to recent gunshot \
            victims, and writes a ranked, explained call-in list. Backtests measure such lists against \
            what happened next.

            Workflow: validate → rank (or call-in) → report → backtest.
            Person identifiers are sensitive: they appear in output files (written owner-only, \
            optionally pseudonymized), never in logs.
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self, RankCommand.self, CallInCommand.self, ReportCommand.self, ExportCommand.self,
            BacktestCommand.self, RunsCommand.self, SimulateCommand.self,
        ])
}
