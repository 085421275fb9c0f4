import ArgumentParser
import FocusNet

/// Governance rules recorded in the manifest.
struct GovernanceOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Retention: ignore records and group labels older than this before the as-of date (e.g. 5y); the manifest counts what was set aside.",
        valueName: "period"))
    var retention: CalendarPeriod?
}
