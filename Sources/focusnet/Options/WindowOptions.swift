import ArgumentParser
import FocusNet

/// The as-of date and lookback window.
struct WindowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The date the list is drawn up for (YYYY-MM-DD).", valueName: "date"),
            transform: CalendarDay.flag)
    var asOf: CalendarDay

    @Option(name: .long, help: ArgumentHelp(
        "How far back records count: 90d, 26w, 18mo, 5y, or 'all' (default).", valueName: "period"))
    var lookback: Lookback = .all
}
