/// The byte-level pieces of ``DateFormat``: pure functions on UTF-8 bytes that never allocate
/// and never trap (every number is length-checked before it is computed).
enum DateBytes {
    /// `yyyy-m-d` (month and day one or two digits).
    static func iso(_ date: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard let (a, b, c) = threeParts(date, separators: { $0 == UInt8(ascii: "-") }),
              a.count == 4, (1...2).contains(b.count), (1...2).contains(c.count),
              let y = number(date, a), let m = number(date, b), let d = number(date, c) else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// `d/m/yyyy` (`dayFirst`) or `m/d/yyyy`; separators `/`, `-` or `.`; a two-digit year only with a pivot.
    static func dayMonth(_ date: UnsafeBufferPointer<UInt8>, dayFirst: Bool, pivot: Int?) -> CalendarDay? {
        guard let (a, b, c) = threeParts(date, separators: {
                  $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
              }),
              (1...2).contains(a.count), (1...2).contains(b.count),
              let first = number(date, a), let second = number(date, b), let y = year(date, c, pivot: pivot) else { return nil }
        return dayFirst ? CalendarDay(year: y, month: second, day: first) : CalendarDay(year: y, month: first, day: second)
    }

    /// `yyyymmdd`, exactly eight digits.
    static func ymd(_ date: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard date.count == 8, let y = number(date, 0..<4), let m = number(date, 4..<6), let d = number(date, 6..<8)
        else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// The largest serial of the 1900 system FocusNet reads: 9999-12-31.
    static let maxSerial = 2_958_465

    /// An Excel 1900-system serial day: `n` or `n.fff`, 1 ≤ n ≤ ``maxSerial``, n ≠ 60.
    /// Serial n < 60 is 1899-12-31 + n days; serial n > 60 is 1899-12-30 + n days (Excel's
    /// fictitious 1900-02-29 takes serial 60). 1899-12-30 is day −25,569 of the Unix epoch.
    static func excelSerial(_ bytes: UnsafeBufferPointer<UInt8>) -> CalendarDay? {
        guard let n = serialNumber(bytes), (1...maxSerial).contains(n), n != 60 else { return nil }
        return CalendarDay(daysSinceEpoch: Int32(n - 25_569 + (n < 60 ? 1 : 0)))
    }

    /// The whole part of `digits[.digits]` (at most 7 whole and 15 fractional digits), or `nil`.
    static func serialNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var point = bytes.count
        for i in 0..<bytes.count where bytes[i] == UInt8(ascii: ".") {
            point = i
            break
        }
        guard point <= 7, let whole = number(bytes, 0..<point) else { return nil }
        if point < bytes.count {
            let fraction = (point + 1)..<bytes.count
            guard fraction.count <= 15, number(bytes, fraction.prefix(9)) != nil,
                  fraction.count <= 9 || number(bytes, fraction.dropFirst(9)) != nil else { return nil }
        }
        return whole
    }

    /// A time part `hh:mm[:ss[(.|,)f…]]` then `Z`, `±hh:mm`, `±hhmm`, `±hh`, or ` AM`/` PM`
    /// (12-hour clock, no offset); hours 0–24 (24:00:00 only), offsets from −12:00 to +14:00 (the
    /// range of the world's time zones: a larger one is a typo that would move the date, so the value
    /// is not read).
    /// - Returns: seconds since midnight and the offset in seconds east of UTC (`nil`: none).
    static func time(_ b: UnsafeBufferPointer<UInt8>) -> (seconds: Int, offset: Int?)? {
        guard let (h, afterHour) = digits(b, 0, 1...2), afterHour < b.count, b[afterHour] == UInt8(ascii: ":"),
              let (m, afterMinute) = digits(b, afterHour + 1, 2...2), m <= 59 else { return nil }
        var i = afterMinute, s = 0
        if i < b.count, b[i] == UInt8(ascii: ":") {
            guard let (sec, next) = digits(b, i + 1, 2...2), sec <= 60 else { return nil }
            (s, i) = (sec, next)
            if i < b.count, b[i] == UInt8(ascii: ".") || b[i] == UInt8(ascii: ",") {
                guard let (_, next) = digits(b, i + 1, 1...9) else { return nil }
                i = next
            }
        }
        guard h < 24 || (h == 24 && m == 0 && s == 0) else { return nil }
        let seconds = min(h * 3600 + m * 60 + s, 86_400)
        guard i < b.count else { return (seconds, nil) }
        switch b[i] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            return i + 1 == b.count ? (seconds, 0) : nil
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = b[i] == UInt8(ascii: "-") ? -1 : 1
            guard let (oh, j) = digits(b, i + 1, 2...2), oh <= 14 else { return nil }
            var om = 0, k = j
            if k < b.count {
                let start = b[k] == UInt8(ascii: ":") ? k + 1 : k
                guard let (minutes, next) = digits(b, start, 2...2), minutes <= 59 else { return nil }
                (om, k) = (minutes, next)
            }
            let offset = sign * (oh * 3600 + om * 60)
            return k == b.count && (-12 * 3600...14 * 3600).contains(offset) ? (seconds, offset) : nil
        case UInt8(ascii: " "):
            guard b.count == i + 3, (1...12).contains(h), b[i + 2] | 0x20 == UInt8(ascii: "m") else { return nil }
            switch b[i + 1] | 0x20 {
            case UInt8(ascii: "a"): return (seconds - (h == 12 ? 12 * 3600 : 0), nil)
            case UInt8(ascii: "p"): return (seconds + (h == 12 ? 0 : 12 * 3600), nil)
            default: return nil
            }
        default:
            return nil
        }
    }

    /// The digits from `start`: their value and the index after them, when their count is in `count`.
    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: ClosedRange<Int>) -> (Int, Int)? {
        var end = start
        while end < b.count, end - start < count.upperBound, b[end] >= 0x30, b[end] <= 0x39 { end += 1 }
        guard count.contains(end - start), let value = number(b, start..<end) else { return nil }
        return (value, end)
    }

    private static func year(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, pivot: Int?) -> Int? {
        switch range.count {
        case 4: return number(bytes, range)
        case 2:
            guard let pivot, let value = number(bytes, range) else { return nil }
            return value > pivot ? 1900 + value : 2000 + value
        default: return nil
        }
    }

    /// The three ranges between separators, or `nil` unless there are exactly two separators.
    private static func threeParts(_ bytes: UnsafeBufferPointer<UInt8>, separators isSeparator: (UInt8) -> Bool)
        -> (Range<Int>, Range<Int>, Range<Int>)?
    {
        var cuts = (-1, -1)
        var found = 0
        for i in 0..<bytes.count where isSeparator(bytes[i]) {
            switch found {
            case 0: cuts.0 = i
            case 1: cuts.1 = i
            default: return nil
            }
            found += 1
        }
        guard found == 2 else { return nil }
        return (0..<cuts.0, (cuts.0 + 1)..<cuts.1, (cuts.1 + 1)..<bytes.count)
    }

    /// The decimal number in `range` (ASCII digits only, one to nine of them).
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, range.count <= 9 else { return nil }
        var value = 0
        for i in range {
            let byte = bytes[i]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
