import ArgumentParser
import FocusNet
import Foundation

// Dates and periods are parsed once, where the flag is read; a value that does not parse is a
// usage error (exit 64) naming the flag and its help.

extension CalendarDay: ExpressibleByArgument {
    /// An ISO 8601 calendar date, `YYYY-MM-DD`.
    public init?(argument: String) {
        guard let day = DateFormat.iso.parse(argument[...]) else { return nil }
        self = day
    }
}

extension CalendarPeriod: ExpressibleByArgument {
    /// `<positive integer><d|w|mo|y>`, e.g. `18mo`.
    public init?(argument: String) { self.init(argument) }
}

/// `--tie-duplicates`: `sum`, `max` or `reject`.
extension TieDuplicates: ExpressibleByArgument {}

/// `--language` of rank, call-in and report: `en` or `es`.
extension Language: ExpressibleByArgument {}

/// `--lookback`: a period, or `all` for every record up to the as-of date.
struct Lookback: ExpressibleByArgument, CustomStringConvertible {
    /// `nil` = all history.
    let period: CalendarPeriod?

    static let all = Lookback(period: nil)

    init(period: CalendarPeriod?) { self.period = period }

    init?(argument: String) {
        if argument == "all" { self.init(period: nil); return }
        guard let period = CalendarPeriod(argument) else { return nil }
        self.init(period: period)
    }

    var description: String { period?.description ?? "all" }
    var defaultValueDescription: String { description }
}

/// A comma-separated list of dates, e.g. `--as-of 2021-06-30,2021-12-31`.
struct CalendarDays: ExpressibleByArgument {
    let days: [CalendarDay]

    init?(argument: String) {
        var days: [CalendarDay] = []
        for part in argument.split(separator: ",") {
            guard let day = CalendarDay(argument: part.trimmingCharacters(in: .whitespaces)) else { return nil }
            days.append(day)
        }
        self.days = days
    }
}

/// `--timezone`: an IANA time-zone name (`America/Mexico_City`) known to the system's time-zone
/// database; an unknown name is a usage error naming it.
struct TimeZoneArgument: ExpressibleByArgument {
    let zone: TimeZone

    init?(argument: String) {
        // Only region names: abbreviations (`CST`) are ambiguous and GMT offsets ignore daylight saving.
        guard argument.contains("/") && !argument.hasPrefix("Etc/") || argument == "UTC",
              let zone = TimeZone(identifier: argument) else { return nil }
        self.zone = zone
    }
}
