import FocusNetGraph
import Foundation

/// The language of everything FocusNet writes for people to read aloud: the reasons of a list,
/// its risk bands, the terminal summary and (later) the report's labels. Column names of CSV
/// files and JSON keys never change with it: they are stable English identifiers.
///
/// Spanish is Mexican Spanish, the language of the state and municipal task forces that run
/// focused deterrence in Mexico: *detención* (arrest), *víctima de disparo* (gunshot victim),
/// *grupo/célula* (group), *lista de convocatoria* (call-in list).
public enum Language: String, Sendable, CaseIterable, Codable {
    /// English.
    case en
    /// Mexican Spanish.
    case es

    /// The language of a locale environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (the
    /// POSIX order of precedence); the first one set and non-empty decides — Spanish when it
    /// starts with `es` (`es_MX.UTF-8`, `es`), English otherwise and when none is set.
    /// - Parameter environment: the variables to read, e.g. `ProcessInfo.processInfo.environment`.
    /// - Complexity: O(1).
    public init(environment: [String: String]) {
        let chosen = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self = chosen.map { $0.lowercased().hasPrefix("es") } == true ? .es : .en
    }

    /// The message `key` with its `{name}` placeholders filled from `values`; a plural
    /// placeholder `{name|one|other}` becomes `one` when `values[name]` is `"1"`, else `other`
    /// (the value itself is written by a separate `{name}`).
    /// - Precondition: every placeholder of the template has a value (a missing one is a bug:
    ///   ``MessageTable`` tests that both tables use the same placeholders).
    /// - Complexity: O(template length + values).
    public func text(_ key: MessageKey, _ values: [String: String] = [:]) -> String {
        MessageTemplate.fill(MessageTable.template(key, in: self), values)
    }

    /// A date as a sentence writes it: `11 Nov 2023` in English, `11 nov 2023` in Spanish.
    /// - Complexity: O(1).
    public func date(_ day: CalendarDay) -> String {
        let (y, m, d) = day.components
        let months = self == .es
            ? ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(d) \(months[m - 1]) \(y)"
    }

    /// A period in words: `18mo` → "18 months" / "18 meses", `1y` → "1 year" / "1 año".
    /// - Complexity: O(1).
    public func period(_ period: CalendarPeriod) -> String {
        let key: MessageKey = switch period.unit {
        case .days: .periodDays
        case .weeks: .periodWeeks
        case .months: .periodMonths
        case .years: .periodYears
        }
        return text(key, ["n": String(period.count)])
    }

    /// "the last 18 months" / "de los últimos 18 meses", "the last year" / "del último año": a
    /// window ending at the as-of date, as a reason says it (Spanish includes the "de").
    /// - Complexity: O(1).
    public func last(_ period: CalendarPeriod) -> String {
        let one = period.count == 1
        let key: MessageKey = switch period.unit {
        case .days: one ? .lastDay : .lastDays
        case .weeks: one ? .lastWeek : .lastWeeks
        case .months: one ? .lastMonth : .lastMonths
        case .years: one ? .lastYear : .lastYears
        }
        return text(key, ["n": String(period.count)])
    }

    /// How long before the as-of date, in the largest whole unit that reads naturally: days under
    /// two weeks, weeks under three months, months under two years, then years.
    /// - Parameter days: days before the as-of date, ≥ 0.
    /// - Complexity: O(1).
    public func elapsed(days: Int) -> String {
        switch days {
        case ..<14: text(.periodDays, ["n": String(days)])
        case ..<91: text(.periodWeeks, ["n": String(days / 7)])
        case ..<730: text(.periodMonths, ["n": String(days * 12 / 365)])
        default: text(.periodYears, ["n": String(days / 365)])
        }
    }

    /// Names joined as a sentence lists them: "G001, G002 and G004" / "G001, G002 y G004".
    /// - Complexity: O(total length).
    public func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + text(.and) + items.last!
    }
}
