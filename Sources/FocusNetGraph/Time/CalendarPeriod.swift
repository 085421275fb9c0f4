import Foundation

/// A span of calendar time such as a lookback or outcome window: `90d`, `6w`, `18mo`, `2y`.
///
/// Months and years are calendar months (a year is 12 months), not fixed day counts: moving by
/// them clamps to the month's end (2021-03-31 + 1mo = 2021-04-30).
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible {
    /// The unit of ``count``; the raw value is the suffix in text (`d`, `w`, `mo`, `y`).
    public enum Unit: String, Sendable {
        /// Days.
        case days = "d"
        /// Weeks of 7 days.
        case weeks = "w"
        /// Calendar months.
        case months = "mo"
        /// Calendar years (12 months).
        case years = "y"
    }

    /// How many ``unit``s; positive when parsed from text.
    public let count: Int
    /// The unit of ``count``.
    public let unit: Unit

    /// `count` units, as given (not checked).
    public init(count: Int, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// Parses `<positive integer><d|w|mo|y>`, e.g. `18mo`.
    /// - Returns: `nil` for anything else (zero, negative, a unit not listed).
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let split = trimmed.firstIndex(where: { !$0.isNumber }),
              let count = Int(trimmed[..<split]), count > 0,
              let unit = Unit(rawValue: String(trimmed[split...])) else { return nil }
        self.init(count: count, unit: unit)
    }

    /// The text form, e.g. `18mo` (parses back with ``init(_:)``).
    public var description: String { "\(count)\(unit.rawValue)" }

    /// The date this period before `day` (calendar arithmetic; month ends clamp; saturates at
    /// ``CalendarDay/earliest``).
    /// - Complexity: O(1).
    public func before(_ day: CalendarDay) -> CalendarDay { move(day, sign: -1) }

    /// The date this period after `day` (calendar arithmetic; month ends clamp; saturates at
    /// ``CalendarDay/latest``).
    /// - Complexity: O(1).
    public func after(_ day: CalendarDay) -> CalendarDay { move(day, sign: 1) }

    private func move(_ day: CalendarDay, sign: Int) -> CalendarDay {
        let (factor, inMonths) = switch unit {
        case .days: (1, false)
        case .weeks: (7, false)
        case .months: (1, true)
        case .years: (12, true)
        }
        let (amount, overflow) = count.multipliedReportingOverflow(by: factor)
        let steps = sign * (overflow ? Int(Int32.max) : amount)
        return inMonths ? day.adding(months: steps) : day.adding(days: steps)
    }
}
