/// How dates are written in an input file. In every format a time part after `T` or a space
/// (`2021-03-05T10:30:00`, `05/03/2021 00:00`) is ignored: records carry dates, not instants.
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

    /// Parses `text` in this format.
    /// - Parameter pivot: for two-digit years, the year `yy` means `19yy` when `yy > pivot`,
    ///   else `20yy`; `nil` refuses two-digit years, which are ambiguous.
    /// - Returns: `nil` when the text is not a real date in this format.
    public func parse(_ text: Substring, twoDigitYearPivot pivot: Int? = nil) -> CalendarDay? {
        var text = text
        return text.withUTF8 { parse(utf8: $0, twoDigitYearPivot: pivot) }
    }

    /// Parses UTF-8 bytes in this format, without allocating (the reader's per-row path).
    /// - Complexity: O(bytes).
    package func parse(utf8 bytes: UnsafeBufferPointer<UInt8>, twoDigitYearPivot pivot: Int? = nil) -> CalendarDay? {
        var end = bytes.count
        for i in 0..<bytes.count where bytes[i] == UInt8(ascii: "T") || bytes[i] == UInt8(ascii: " ") {
            end = i
            break
        }
        let date = UnsafeBufferPointer(rebasing: bytes[0..<end])
        switch self {
        case .iso:
            guard let (a, b, c) = threeParts(date, separators: { $0 == UInt8(ascii: "-") }),
                  a.count == 4, (1...2).contains(b.count), (1...2).contains(c.count),
                  let y = number(date, a), let m = number(date, b), let d = number(date, c) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        case .dmy, .mdy:
            guard let (a, b, c) = threeParts(date, separators: {
                      $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".")
                  }),
                  (1...2).contains(a.count), (1...2).contains(b.count),
                  let first = number(date, a), let second = number(date, b), let y = year(date, c, pivot: pivot) else { return nil }
            return self == .dmy ? CalendarDay(year: y, month: second, day: first) : CalendarDay(year: y, month: first, day: second)
        case .ymd:
            guard date.count == 8, let y = number(date, 0..<4), let m = number(date, 4..<6), let d = number(date, 6..<8)
            else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }
    }

    private func year(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, pivot: Int?) -> Int? {
        guard let value = number(bytes, range) else { return nil }
        switch range.count {
        case 4: return value
        case 2:
            guard let pivot else { return nil }
            return value > pivot ? 1900 + value : 2000 + value
        default: return nil
        }
    }
}

/// The three ranges between separators, or `nil` unless there are exactly two separators.
private func threeParts(_ bytes: UnsafeBufferPointer<UInt8>, separators isSeparator: (UInt8) -> Bool)
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

/// The decimal number in `range` (ASCII digits only, at least one).
private func number(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard !range.isEmpty, range.count <= 9 else { return nil }
    var value = 0
    for i in range {
        let byte = bytes[i]
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
    }
    return value
}
