import Foundation

/// How one date column of one file is read, and, when its format is not declared, the
/// evidence from which it is inferred.
///
/// Inference in one streaming pass. Every value is classified by which candidate formats read
/// it (ISO, day-first only, month-first only, both, `yyyymmdd`, Excel serial; only the cheap
/// check of the other of day-first/month-first is added to the common path) while rows are read
/// with a *provisional* format: the first format that reads the first readable value (day-first
/// when that value reads both ways). At the end of the file ``decision(kind:)`` picks the
/// format from all the evidence; when it is the provisional one (an ISO file, or a day-first
/// file — the common cases) the rows already read stand, and only in the rare case that the
/// evidence contradicts it is the file read again with the decided format declared
/// (``RecordSet``). A pre-scan of every file would cost a second CSV pass on the 10-million-row
/// ISO path; buffering undecided rows would cost memory.
///
/// Rules: the format family read by most values wins (ISO, day/month, `yyyymmdd`, Excel
/// serial; ties go to the earlier candidate); values of other families are rejected as
/// unparseable. Within day/month: day-first when some value reads only day-first and none only
/// month-first (and the converse); values of both kinds stop the run (mixed), and when every
/// value reads both ways (all days ≤ 12) the run stops and asks for a declaration. A value with
/// a UTC offset needs a time zone: without one the run stops and asks for `--timezone`.
final class DateColumnReading {
    /// What reading one value gave.
    enum Outcome {
        case day(CalendarDay)
        /// No candidate, or not the column's format, reads it; the reason is ``unreadableReason``.
        case unreadable
        /// Excel's serial 60 under ``DateFormat/excelSerial``.
        case fictitiousLeapDay
        /// An instant with a UTC offset and no time zone to date it in.
        case needsZone
    }

    /// What the evidence decided at the end of the file.
    enum Decision {
        /// The rows read stand; the column's report.
        case keep(DateColumnReport)
        /// The file must be read again with this format declared for the column (pass 1's report).
        case reread(DateFormat, DateColumnReport)
        /// The run cannot go on: the sentence saying why and what to add.
        case stop(String)
    }

    /// The formats inferred from when nothing is declared (``DateFormat/iso`` also reads timestamps).
    static let inferable: [DateFormat] = [.iso, .dmy, .mdy, .ymd, .excelSerial]

    let column: String
    /// One format when declared; else the formats the column may turn out to use, in preference order.
    let candidates: [DateFormat]
    let zone: TimeZone?
    let pivot: Int?
    /// The declared format, or the provisional one once a value was readable (`nil` before).
    private(set) var format: DateFormat?
    /// Whether the format is inferred (several candidates).
    let inferring: Bool

    /// Non-blank values examined, and how many each format read (indexed like `DateFormat.allCases`).
    private(set) var values = 0
    private var readBy = [Int](repeating: 0, count: DateFormat.allCases.count)
    private var dayFirstOnly = 0, monthFirstOnly = 0, bothWays = 0
    private var firstDayFirstOnly: (line: Int, value: String)?
    private var firstMonthFirstOnly: (line: Int, value: String)?
    private var firstBothWays: (line: Int, value: String)?
    /// Values with a UTC offset, and the first of them.
    private(set) var offsets = 0
    private var firstOffset: (line: Int, value: String)?
    /// Whether a value was rejected before any format was provisional (its reason is ``pendingReason``).
    private(set) var usedPendingReason = false

    init(column: String, candidates: [DateFormat], zone: TimeZone?, pivot: Int?) {
        self.column = column
        self.candidates = candidates
        self.zone = zone
        self.pivot = pivot
        inferring = candidates.count > 1
        format = inferring ? nil : candidates[0]
    }

    /// A reading of the same column for the next piece of the file: the format it has reached
    /// (declared or provisional), no evidence yet. A piece read with it reads every value as
    /// this reading would have gone on to read it, as long as the format is the one this
    /// reading has at the piece's first byte (``TableReader`` checks that, piece by piece).
    init(continuing other: DateColumnReading) {
        column = other.column
        candidates = other.candidates
        zone = other.zone
        pivot = other.pivot
        inferring = other.inferring
        format = other.format
    }

    /// Adds the evidence of the next piece (read with ``init(continuing:)`` from this reading's
    /// state at its end): counts add up, first examples stay the earliest, and the format is the
    /// one the later piece ended with — the reading is then the one a single pass would have.
    func absorb(_ later: DateColumnReading) {
        values += later.values
        for i in readBy.indices { readBy[i] += later.readBy[i] }
        dayFirstOnly += later.dayFirstOnly
        monthFirstOnly += later.monthFirstOnly
        bothWays += later.bothWays
        firstDayFirstOnly = firstDayFirstOnly ?? later.firstDayFirstOnly
        firstMonthFirstOnly = firstMonthFirstOnly ?? later.firstMonthFirstOnly
        firstBothWays = firstBothWays ?? later.firstBothWays
        offsets += later.offsets
        firstOffset = firstOffset ?? later.firstOffset
        usedPendingReason = usedPendingReason || later.usedPendingReason
        format = later.format
    }

    /// The rejection reason for a value the column's format does not read.
    var unreadableReason: String {
        guard let format else {
            usedPendingReason = true
            return pendingReason
        }
        return DateColumnReading.unparseable(format)
    }

    /// Stands for the reason of values rejected before the format was known; replaced when it is.
    var pendingReason: String { "unparseable date (\(column): format not yet known)" }

    static func unparseable(_ format: DateFormat) -> String { "unparseable date (expected \(format.rawValue))" }

    /// Reads one non-blank value (ASCII spaces trimmed) of row `line`, noting the evidence.
    /// - Complexity: O(bytes) — one parse on the common path, every candidate on the rare one.
    @inline(__always)
    func read(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Outcome {
        values += 1
        if let format, let parsed = format.read(utf8: bytes, twoDigitYearPivot: pivot) {
            if inferring { noteRead(by: format, bytes, line: line) }
            return resolve(parsed, bytes, line: line)
        }
        return readSlowly(bytes, line: line)
    }

    private func noteRead(by format: DateFormat, _ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        readBy[format.index] += 1
        guard format == .dmy || format == .mdy else { return }
        let other: DateFormat = format == .dmy ? .mdy : .dmy
        if candidates.contains(other), other.read(utf8: bytes, twoDigitYearPivot: pivot) != nil {
            readBy[other.index] += 1
            noteSlash(dayFirst: true, monthFirst: true, bytes, line: line)
        } else {
            noteSlash(dayFirst: format == .dmy, monthFirst: format == .mdy, bytes, line: line)
        }
    }

    private func noteSlash(dayFirst: Bool, monthFirst: Bool, _ bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        switch (dayFirst, monthFirst) {
        case (true, true):
            bothWays += 1
            if firstBothWays == nil { firstBothWays = (line, String(decoding: bytes, as: UTF8.self)) }
        case (true, false):
            dayFirstOnly += 1
            if firstDayFirstOnly == nil { firstDayFirstOnly = (line, String(decoding: bytes, as: UTF8.self)) }
        case (false, true):
            monthFirstOnly += 1
            if firstMonthFirstOnly == nil { firstMonthFirstOnly = (line, String(decoding: bytes, as: UTF8.self)) }
        case (false, false):
            break
        }
    }

    /// A value the current format does not read: which candidates do (the evidence), the
    /// provisional format when none was yet, then the value under the column's format.
    private func readSlowly(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Outcome {
        if inferring {
            var dayFirst = false, monthFirst = false
            for candidate in candidates where candidate.read(utf8: bytes, twoDigitYearPivot: pivot) != nil {
                readBy[candidate.index] += 1
                if candidate == .dmy { dayFirst = true }
                if candidate == .mdy { monthFirst = true }
                if format == nil { format = candidate }
            }
            noteSlash(dayFirst: dayFirst, monthFirst: monthFirst, bytes, line: line)
        }
        guard let format else { return .unreadable }
        if let parsed = format.read(utf8: bytes, twoDigitYearPivot: pivot) { return resolve(parsed, bytes, line: line) }
        if format == .excelSerial, DateFormat.isExcelFictitiousLeapDay(utf8: bytes) { return .fictitiousLeapDay }
        return .unreadable
    }

    @inline(__always)
    private func resolve(_ parsed: ParsedDate, _ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> Outcome {
        guard parsed.offsetSeconds != nil else { return .day(parsed.day) }
        offsets += 1
        if zone == nil {
            if firstOffset == nil { firstOffset = (line, String(decoding: bytes, as: UTF8.self)) }
            return .needsZone
        }
        return parsed.localDay(in: zone).map(Outcome.day) ?? .unreadable
    }

    /// The format the evidence decides, or why the run must stop (a sentence naming the column,
    /// an example value with its line, and the flag to add; the error names the file).
    /// - Parameter kind: the file's input kind (for the flag to suggest).
    func decision(kind: InputKind) -> Decision {
        var chosen = format ?? candidates[0]
        if inferring, let family = winningFamily() {
            let members = family.filter(candidates.contains)
            if members.contains(.dmy) && members.contains(.mdy) {
                let declare = "--date-format \(kind.rawValue)=dmy or --date-format \(kind.rawValue)=mdy"
                switch (firstDayFirstOnly, firstMonthFirstOnly) {
                case let (day?, month?):
                    return .stop("\(column) mixes day-first ('\(RecordError.cut(day.value))', line \(day.line)) and month-first "
                        + "('\(RecordError.cut(month.value))', line \(month.line)) dates; correct the file or declare one: \(declare)")
                case (_?, nil): chosen = .dmy
                case (nil, _?): chosen = .mdy
                case (nil, nil):
                    let example = firstBothWays.map { " (e.g. '\(RecordError.cut($0.value))', line \($0.line))" } ?? ""
                    return .stop("\(column): every date reads both day-first and month-first\(example); declare the format: \(declare)")
                }
            } else {
                chosen = members.first { $0 == .iso } ?? members[0]
            }
        }
        if let first = firstOffset, chosen == format {
            return .stop("\(column): dates carry a UTC offset ('\(RecordError.cut(first.value))', line \(first.line)); give the "
                + "records' time zone, e.g. --timezone America/Mexico_City")
        }
        let report = DateColumnReport(column: column, format: chosen, inferred: inferring, values: values,
                                      timeZone: offsets > 0 ? zone?.identifier : nil, converted: offsets)
        return chosen == format || format == nil ? .keep(report) : .reread(chosen, report)
    }

    /// The family (formats that read the same spellings) read by the most values; `nil` when no value was read.
    private func winningFamily() -> [DateFormat]? {
        let families: [[DateFormat]] = [[.iso, .isoTimestamp], [.dmy, .mdy], [.ymd], [.excelSerial]]
        func count(_ family: [DateFormat]) -> Int {
            family == [.dmy, .mdy] && candidates.contains(.dmy) && candidates.contains(.mdy)
                ? dayFirstOnly + monthFirstOnly + bothWays
                : family.map { readBy[$0.index] }.max() ?? 0
        }
        func rank(_ family: [DateFormat]) -> Int { family.compactMap { candidates.firstIndex(of: $0) }.min() ?? .max }
        let best = families.filter { count($0) > 0 }.max { (count($0), -rank($0)) < (count($1), -rank($1)) }
        return best
    }
}

extension DateFormat {
    /// The position in `allCases` (for per-format counters).
    var index: Int {
        switch self {
        case .iso: 0
        case .dmy: 1
        case .mdy: 2
        case .ymd: 3
        case .excelSerial: 4
        case .isoTimestamp: 5
        }
    }
}
