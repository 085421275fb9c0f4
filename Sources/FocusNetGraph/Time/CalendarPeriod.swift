import Foundation

/// A span of calendar time such as a lookback or outcome window: `90d`, `6w`, `18mo`, `2y`.
public struct CalendarPeriod: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable { case days = "d", weeks = "w", months = "mo", years = "y" }

    public let count: Int
    public let unit: Unit

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

    public var description: String { "\(count)\(unit.rawValue)" }

    /// The date this period before `day` (calendar arithmetic; month ends clamp; saturates at
    /// ``CalendarDay/earliest``).
    public func before(_ day: CalendarDay) -> CalendarDay { move(day, sign: -1) }

    /// The date this period after `day` (saturates at ``CalendarDay/latest``).
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
