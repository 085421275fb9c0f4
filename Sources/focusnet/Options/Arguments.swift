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

extension CalendarDay {
    /// A date flag's value, `YYYY-MM-DD`; a date written day/month/year or month/day/year (as
    /// records systems export them) is refused with the ISO spelling of each reading, so the
    /// analyst does not have to guess which one FocusNet wants.
    /// - Throws: `ValidationError` naming the value and the form to write.
    static func flag(_ argument: String) throws -> CalendarDay {
        if let day = CalendarDay(argument: argument) { return day }
        let parts = argument.split { "/.-".contains($0) }.map(String.init)
        var readings: [CalendarDay] = []
        if parts.count == 3, parts[2].count == 4, let a = Int(parts[0]), let b = Int(parts[1]), let y = Int(parts[2]) {
            for (d, m) in [(a, b), (b, a)] { if let day = CalendarDay(year: y, month: m, day: d), !readings.contains(day) { readings.append(day) } }
        }
        throw ValidationError(readings.isEmpty ? "not a calendar date; write YYYY-MM-DD, e.g. 2023-06-30"
            : "write " + readings.map { "\($0)" }.joined(separator: " or ") + (readings.count > 1 ? " (day and month can be read either way)" : ""))
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
