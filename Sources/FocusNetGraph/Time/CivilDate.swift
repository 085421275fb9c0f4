/// Proleptic Gregorian dates as day numbers, without Foundation's calendars (fast, and the
/// same on every platform): the one conversion behind ``CalendarDay`` and the simulator.
///
/// Day 0 is 1970-01-01. Algorithms `days_from_civil` / `civil_from_days` of Howard Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms" (2013), exact for every year of Int.
package enum CivilDate {
    /// The day number of `year`-`month`-`day`. - Precondition: a valid month (1...12) and day.
    package static func day(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The (year, month, day) of a day number.
    package static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whole years from day `start` to day `end`: age in completed years, as on a birthday
    /// (someone born 2000-02-29 turns 1 on 2001-03-01). - Precondition: `start ≤ end`.
    package static func wholeYears(from start: Int, to end: Int) -> Int {
        let s = civil(start), e = civil(end)
        return e.year - s.year - ((e.month, e.day) < (s.month, s.day) ? 1 : 0)
    }

    /// The first day of month `index` counted from January of `startYear` (index 0).
    package static func firstDay(ofMonth index: Int, startYear: Int) -> Int {
        let months = startYear * 12 + index
        let year = months >= 0 ? months / 12 : (months - 11) / 12
        return day(year: year, month: months - year * 12 + 1, day: 1)
    }

    /// `yyyy-mm-dd` for a day number (years 0...9999).
    package static func iso(_ dayNumber: Int) -> String {
        var bytes = [UInt8]()
        appendISO(dayNumber, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `yyyy-mm-dd` as ASCII. - Precondition: a year in 0...9999.
    package static func appendISO(_ dayNumber: Int, to bytes: inout [UInt8]) {
        let (y, m, d) = civil(dayNumber)
        precondition((0...9999).contains(y), "year \(y) has no four-digit form")
        bytes.append(UInt8(48 + y / 1000)); bytes.append(UInt8(48 + y / 100 % 10))
        bytes.append(UInt8(48 + y / 10 % 10)); bytes.append(UInt8(48 + y % 10))
        bytes.append(45)
        bytes.append(UInt8(48 + m / 10)); bytes.append(UInt8(48 + m % 10))
        bytes.append(45)
        bytes.append(UInt8(48 + d / 10)); bytes.append(UInt8(48 + d % 10))
    }
}
