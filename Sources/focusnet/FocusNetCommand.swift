import ArgumentParser

@main
struct FocusNetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "focusnet",
        abstract: "Find the people at highest risk of gun violence in a co-offending network, for focused-deterrence call-ins.",
        discussion: """
            FocusNet reads arrest records (CSV), builds the co-offending network as of a date, \
            scores everyone in it by network position and recent activity, and writes a ranked, \
            explainable call-in list. Person identifiers are sensitive: they appear in output files \
            (written owner-only), never in logs.
            """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, RankCommand.self, CallInCommand.self, SimulateCommand.self])
}
