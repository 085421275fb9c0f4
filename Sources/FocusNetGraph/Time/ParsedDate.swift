import Foundation

/// A date as a file wrote it: the calendar date, the time of day when given, and the UTC
/// offset when given (then the value is an instant, and its date depends on the time zone).
public struct ParsedDate: Sendable, Equatable {
    /// The date as written.
    public let day: CalendarDay
    /// Seconds since the written date's midnight (0 when no time was given), 0…86,400.
    public let secondsOfDay: Int
    /// The written UTC offset in seconds (east positive: `-06:00` is −21,600); `nil` when the
    /// value had no offset, i.e. it is already a local date.
    public let offsetSeconds: Int?

    /// A date, its time of day (seconds) and its UTC offset (seconds, `nil` when none).
    public init(day: CalendarDay, secondsOfDay: Int = 0, offsetSeconds: Int? = nil) {
        self.day = day
        self.secondsOfDay = secondsOfDay
        self.offsetSeconds = offsetSeconds
    }

    /// The date this value falls on in `zone`.
    ///
    /// Without an offset, the written date (whatever `zone`). With one, the instant
    /// `day + secondsOfDay − offset` (UTC) moved to `zone`'s offset at that instant (daylight
    /// saving included, from the system's time-zone database): `2024-03-10T05:30:00Z` is
    /// 2024-03-09 in `America/Mexico_City` (UTC−6), `2024-03-10T05:30:00-06:00` is 2024-03-10.
    /// - Returns: `nil` when the value has an offset and `zone` is `nil` (the date is unknown),
    ///   or the day falls outside 0001-01-01…9999-12-31.
    public func localDay(in zone: TimeZone?) -> CalendarDay? {
        guard let offsetSeconds else { return day }
        guard let zone else { return nil }
        let utc = Int(day.daysSinceEpoch) * 86_400 + secondsOfDay - offsetSeconds
        let local = utc + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let result = CalendarDay(daysSinceEpoch: Int32(clamping: days))
        return (CalendarDay.earliest...CalendarDay.latest).contains(result) ? result : nil
    }
}
