import ArgumentParser
import FocusNet

/// The as-of date and lookback window.
struct WindowOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The date the list is drawn up for (YYYY-MM-DD).", valueName: "date"))
    var asOf: String

    @Option(name: .long, help: ArgumentHelp(
        "How far back records count: 90d, 26w, 18mo, 5y, or 'all' (default).", valueName: "period"))
    var lookback: String = "all"

    func validate() throws {
        guard DateFormat.iso.parse(asOf[...]) != nil else {
            throw ValidationError("--as-of '\(asOf)' is not a date of the form YYYY-MM-DD.")
        }
        if lookback != "all", CalendarPeriod(lookback) == nil {
            throw ValidationError("--lookback '\(lookback)' is not a period such as 90d, 26w, 18mo, 5y or 'all'.")
        }
    }

    func observationWindow() -> ObservationWindow {
        ObservationWindow(asOf: DateFormat.iso.parse(asOf[...])!, lookback: lookback == "all" ? nil : CalendarPeriod(lookback))
    }

    var parameters: [String: String] {
        ["as_of": asOf, "lookback": lookback, "window": observationWindow().description]
    }
}
