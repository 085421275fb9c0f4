import Foundation

/// How dates are written in an input file.
///
/// Every format but ``excelSerial`` may carry a time of day after `T` or a space
/// (`2021-03-05T10:30:00`, `05/03/2021 23:59`, `03/05/2021 12:00:00 AM`): `hh:mm[:ss[.fff]]`,
/// then optionally a UTC offset `Z`, `±hh:mm`, `±hhmm` or `±hh`. Without an offset the time is
/// ignored and the written date is the local date (records carry dates, not instants). With an
/// offset the value is an instant, and its date is the local date in the run's time zone
/// (``ParsedDate/localDay(in:)``). A time part that is not of that form makes the value unreadable.
public enum DateFormat: String, Sendable, CaseIterable, Codable {
    /// `2021-03-05` (four-digit year; month and day may have one or two digits).
    case iso
    /// `05/03/2021`, day first (Latin America, Europe). `-` and `.` separators accepted; a
    /// two-digit year (`05/03/21`) only with a pivot.
    case dmy
    /// `03/05/2021`, month first (United States); separators and years as for ``dmy``.
    case mdy
    /// `20210305`, exactly eight digits.
    case ymd
    /// Excel's 1900 date system: day numbers with serial 1 = 1900-01-01. Excel counts a
    /// 1900-02-29 that never was (serial 60, rejected), so serials from 61 on are one more than
    /// the days since 1899-12-31 (61 = 1900-03-01, 45000 = 2023-03-15). A fractional part is a
    /// time of day and is ignored. Serials 1…2,958,465 (9999-12-31).
    case excelSerial = "excel-serial"
    /// `2024-03-10T05:30:00Z`: an ISO date with a required time
    /// (`YYYY-MM-DDThh:mm[:ss[.fff]]`, or a space instead of `T`) and an optional offset.
    case isoTimestamp = "iso-timestamp"

    /// How the format is written, for summaries: e.g. `day-first (dd/mm/yyyy)`.
    public var pattern: String {
        switch self {
        case .iso: "ISO (yyyy-mm-dd)"
        case .dmy: "day-first (dd/mm/yyyy)"
        case .mdy: "month-first (mm/dd/yyyy)"
        case .ymd: "yyyymmdd"
        case .excelSerial: "Excel serial days (1900 system)"
        case .isoTimestamp: "ISO timestamps (yyyy-mm-ddThh:mm[:ss][offset])"
        }
    }

    /// Parses `text` in this format and returns its date.
    /// - Parameter pivot: for two-digit years, the year `yy` means `19yy` when `yy > pivot`,
    ///   else `20yy`; `nil` refuses two-digit years, which are ambiguous.
    /// - Returns: `nil` when the text is not a real date in this format, or when it carries a UTC
    ///   offset (its date depends on a time zone: use ``read(utf8:twoDigitYearPivot:)``).
    public func parse(_ text: Substring, twoDigitYearPivot pivot: Int? = nil) -> CalendarDay? {
        var text = text
        return text.withUTF8 { read(utf8: $0, twoDigitYearPivot: pivot)?.localDay(in: nil) }
    }

    /// Parses UTF-8 bytes in this format: a pure function of the bytes, without allocating (the
    /// reader's per-row path, and a fuzz target's entry point).
    /// - Returns: the written date with its time of day and offset, or `nil` when the bytes are
    ///   not a real date in this format (for ``excelSerial``: also serial 60, see
    ///   ``isExcelFictitiousLeapDay(utf8:)``).
    /// - Complexity: O(bytes).
    public func read(utf8 bytes: UnsafeBufferPointer<UInt8>, twoDigitYearPivot pivot: Int? = nil) -> ParsedDate? {
        if self == .excelSerial { return DateBytes.excelSerial(bytes).map { ParsedDate(day: $0) } }
        var end = bytes.count
        for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: " ") {
            end = i
            break
        }
        let date = UnsafeBufferPointer(rebasing: bytes[0..<end])
        var time: (seconds: Int, offset: Int?) = (0, nil)
        if end < bytes.count {
            guard let parsed = DateBytes.time(UnsafeBufferPointer(rebasing: bytes[(end + 1)...])) else { return nil }
            time = parsed
        } else if self == .isoTimestamp {
            return nil
        }
        let day: CalendarDay?
        switch self {
        case .iso, .isoTimestamp: day = DateBytes.iso(date)
        case .dmy, .mdy: day = DateBytes.dayMonth(date, dayFirst: self == .dmy, pivot: pivot)
        case .ymd: day = DateBytes.ymd(date)
        case .excelSerial: day = nil
        }
        return day.map { ParsedDate(day: $0, secondsOfDay: time.seconds, offsetSeconds: time.offset) }
    }

    /// Whether the bytes are Excel's serial 60 (with or without a time fraction), the
    /// 1900-02-29 that the 1900 date system counts but that never was.
    public static func isExcelFictitiousLeapDay(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        DateBytes.serialNumber(bytes) == 60
    }
}
