import Foundation

/// A calendar date (proleptic Gregorian, no time zone), stored as days since 1970-01-01.
///
/// Records carry dates, not instants; keeping them as day numbers makes windows exact
/// (`(asOf − lookback, asOf]`) and comparisons integer-cheap. Conversions are `CivilDate`'s
/// (Hinnant's `days_from_civil` algorithm, 2013).
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSinceEpoch: Int32

    /// The day `daysSinceEpoch` days after 1970-01-01.
    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    /// - Returns: `nil` when the fields do not name a real date (e.g. 2021-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        daysSinceEpoch = Int32(CivilDate.day(year: year, month: month, day: day))
    }

    /// Year, month (1–12) and day of month.
    public var components: (year: Int, month: Int, day: Int) {
        CivilDate.civil(Int(daysSinceEpoch))
    }

    /// ISO 8601 calendar date, `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    /// Earlier than.
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// Today's date in the machine's time zone (the default end of the data: nothing in a record
    /// file can have happened after the day it is read).
    public static var today: CalendarDay {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? .latest
    }

    /// Days from `earlier` to this date (negative when `earlier` is later): the age of a record
    /// dated `earlier` on this day.
    public func days(since earlier: CalendarDay) -> Int { Int(daysSinceEpoch) - Int(earlier.daysSinceEpoch) }

    /// Whole years from `earlier` to this date: age in completed years, as on a birthday
    /// (someone born 2000-02-29 turns 1 on 2001-03-01). Negative when `earlier` is later.
    public func wholeYears(since earlier: CalendarDay) -> Int {
        if self < earlier { return -earlier.wholeYears(since: self) }
        return CivilDate.wholeYears(from: Int(earlier.daysSinceEpoch), to: Int(daysSinceEpoch))
    }

    /// The first and last dates FocusNet represents: 0001-01-01 and 9999-12-31.
    public static let earliest = CalendarDay(year: 1, month: 1, day: 1)!
    /// 9999-12-31.
    public static let latest = CalendarDay(year: 9999, month: 12, day: 31)!

    /// This date moved by whole days, saturating at ``earliest`` and ``latest`` (so an absurd
    /// lookback such as `100000y` means "all history" instead of overflowing).
    public func adding(days: Int) -> CalendarDay {
        let (sum, overflow) = Int(daysSinceEpoch).addingReportingOverflow(days)
        let target = overflow ? (days < 0 ? Int.min : Int.max) : sum
        let clamped = min(max(target, Int(CalendarDay.earliest.daysSinceEpoch)), Int(CalendarDay.latest.daysSinceEpoch))
        return CalendarDay(daysSinceEpoch: Int32(clamped))
    }

    /// This date moved by calendar months; the day is clamped to the target month's length
    /// (2020-03-31 − 1 month = 2020-02-29), and the result saturates at ``earliest`` and ``latest``.
    public func adding(months: Int) -> CalendarDay {
        let (y, m, d) = components
        let (total, overflow) = (y * 12 + (m - 1)).addingReportingOverflow(months)
        if overflow { return months < 0 ? .earliest : .latest }
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        if year < 1 { return .earliest }
        if year > 9999 { return .latest }
        return CalendarDay(year: year, month: month, day: min(d, CalendarDay.daysIn(month: month, year: year)))!
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
}
