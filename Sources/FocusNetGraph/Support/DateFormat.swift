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
        var bytes = Array(text.utf8)
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: " ") }) {
            bytes.removeSubrange(cut...)
        }
        switch self {
        case .iso:
            let parts = split(bytes[...], separators: [UInt8(ascii: "-")])
            guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
                  let y = number(parts[0]), let m = number(parts[1]), let d = number(parts[2]) else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        case .dmy, .mdy:
            let parts = split(bytes[...], separators: [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")])
            guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count),
                  let a = number(parts[0]), let b = number(parts[1]), let y = year(parts[2], pivot: pivot) else { return nil }
            return self == .dmy ? CalendarDay(year: y, month: b, day: a) : CalendarDay(year: y, month: a, day: b)
        case .ymd:
            guard bytes.count == 8, let y = number(bytes[0..<4]), let m = number(bytes[4..<6]), let d = number(bytes[6..<8])
            else { return nil }
            return CalendarDay(year: y, month: m, day: d)
        }
    }

    private func year(_ digits: ArraySlice<UInt8>, pivot: Int?) -> Int? {
        guard let value = number(digits) else { return nil }
        switch digits.count {
        case 4: return value
        case 2:
            guard let pivot else { return nil }
            return value > pivot ? 1900 + value : 2000 + value
        default: return nil
        }
    }
}

private func split(_ bytes: ArraySlice<UInt8>, separators: Set<UInt8>) -> [ArraySlice<UInt8>] {
    var parts: [ArraySlice<UInt8>] = []
    var start = bytes.startIndex
    for i in bytes.indices where separators.contains(bytes[i]) {
        parts.append(bytes[start..<i])
        start = i + 1
    }
    parts.append(bytes[start..<bytes.endIndex])
    return parts
}

private func number(_ digits: ArraySlice<UInt8>) -> Int? {
    guard !digits.isEmpty else { return nil }
    var value = 0
    for byte in digits {
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
    }
    return value
}
