/// One input row that FocusNet could not use, with where it is and why.
///
/// Sensitive: ``value`` may be a person identifier.
public struct Rejection: Sendable, Equatable {
    /// The path of the file, as given.
    public let file: String
    /// Physical line (1-based, the header is line 1) on which the row starts.
    public let line: Int
    /// The canonical column at fault, or empty for a row-level problem.
    public let column: String
    /// The offending value as read (may be a person identifier: rejects files are sensitive output).
    public let value: String
    /// Why the row was rejected, e.g. `"arrest_date after the data's end"`; rows are counted by
    /// this text in ``FileReport/rejectedByReason``.
    public let reason: String
    /// Where in the value the fault is, when the reason alone would not find it (e.g.
    /// `invalid byte 0xE9 at byte 3 of the value` for `not UTF-8`); empty otherwise. Not part of
    /// the counted reason; `rejects.csv` writes it after the reason, in parentheses.
    public internal(set) var detail = ""
}

/// The account of one input file: rows read = accepted + deduplicated + rejected.
public struct FileReport: Sendable, Equatable {
    /// What kind of records the file holds.
    public let kind: InputKind
    /// The path of the file, as given.
    public let file: String
    /// Data rows (records after the header; blank lines are not rows).
    public internal(set) var rowsRead = 0
    /// Rows kept.
    public internal(set) var accepted = 0
    /// Exact duplicates of an accepted row, removed.
    public internal(set) var deduplicated = 0
    /// Rows rejected (each is a ``Rejection``).
    public internal(set) var rejected = 0
    /// Accepted rows in which some value was cleaned (trimmed, normalized, case-folded, code-mapped).
    public internal(set) var normalized = 0
    /// Entirely empty lines (not rows).
    public internal(set) var blankLines = 0
    /// Lowercase hex SHA-256 of the file's bytes.
    public internal(set) var sha256 = ""
    /// Rejection count by reason.
    public internal(set) var rejectedByReason: [String: Int] = [:]
    /// Accepted rows whose person identifier was an alias, resolved to the canonical person.
    public internal(set) var aliasesResolved = 0
    /// Findings that do not reject a row (e.g. one arrest_id with two dates), counted by kind.
    public internal(set) var warnings: [String: Int] = [:]
    /// Earliest and latest date among accepted rows (the file's main date column; birth dates
    /// for persons, `start` for custody); `nil` when it has none.
    public internal(set) var firstDate: CalendarDay?
    /// See ``firstDate``.
    public internal(set) var lastDate: CalendarDay?
    /// Distinct persons in the accepted rows (after alias resolution); 0 for population.
    public internal(set) var persons = 0
    /// The encoding the file was read in (`--encoding`, or the mapping's `encoding:`).
    public internal(set) var encoding = TextEncoding.utf8
    /// When many rows are not text in ``encoding``: one sentence saying which bytes, in which
    /// columns, and which encoding they suggest (``EncodingEvidence``); `nil` otherwise. Byte
    /// values and column names only, never a value.
    public internal(set) var encodingHint: String?
    /// How each date column was read: format, declared or inferred, time zone.
    public internal(set) var dateColumns: [DateColumnReport] = []
    /// Date columns whose inferred format contradicts the one the rows were read with: the file
    /// must be read again with these declared (``RecordSet`` does; never set in a returned set).
    var reread: [String: DateFormat] = [:]

    init(kind: InputKind, file: String) {
        self.kind = kind
        self.file = file
    }

    /// Whether the counts add up (rows read = accepted + deduplicated + rejected); FocusNet
    /// checks this before using a file.
    public var reconciles: Bool { rowsRead == accepted + deduplicated + rejected }

    mutating func note(_ day: CalendarDay?) {
        guard let day else { return }
        firstDate = min(firstDate ?? day, day)
        lastDate = max(lastDate ?? day, day)
    }

    mutating func warn(_ finding: String) { warnings[finding, default: 0] += 1 }

    /// Adds the rejection counts of a later piece of the same file.
    mutating func absorbRejections(of later: FileReport) {
        rejected += later.rejected
        rejectedByReason.merge(later.rejectedByReason, uniquingKeysWith: +)
    }
}

/// Collects rejections from every file of a run.
struct RejectLog: Sendable {
    private(set) var rejections: [Rejection] = []

    init() {}

    mutating func add(_ rejection: Rejection, to report: inout FileReport) {
        rejections.append(rejection)
        report.rejected += 1
        report.rejectedByReason[rejection.reason, default: 0] += 1
    }

    /// Appends the rejections of a later piece of the same file, already counted in its report.
    mutating func append(_ later: RejectLog) { rejections.append(contentsOf: later.rejections) }

    /// Adds rejections found after the file was read, keeping the log in line order.
    /// - Complexity: O((r + s) log(r + s)).
    mutating func merge(_ other: RejectLog) {
        guard !other.rejections.isEmpty else { return }
        rejections = (rejections + other.rejections).enumerated()
            .sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    }

    /// Renames a reason in the rejections of `report`'s file (a reason given before the
    /// column's date format was known).
    mutating func replaceReason(_ old: String, with new: String, in report: inout FileReport) {
        guard let count = report.rejectedByReason.removeValue(forKey: old) else { return }
        report.rejectedByReason[new, default: 0] += count
        for i in rejections.indices.reversed() where rejections[i].file == report.file && rejections[i].reason == old {
            let r = rejections[i]
            rejections[i] = Rejection(file: r.file, line: r.line, column: r.column, value: r.value, reason: new, detail: r.detail)
        }
    }
}

extension Rejection {
    /// The header of `rejects.csv`.
    package static let csvHeader = ["file", "line", "column", "value", "reason"]

    /// `rejects.csv`: one line per rejected row, in the order given. Sensitive: values may be
    /// person identifiers; write it owner-only (`OutputFile`).
    /// - Parameter pseudonym: when given, values of person-id columns are replaced by it.
    ///   Values are written spreadsheet-safe (`CSVWriter.spreadsheetSafe`): a rejected
    ///   value is untrusted input and must not run as a formula when an analyst opens the file.
    /// - Complexity: O(total characters of the rejections).
    package static func csv(_ rejections: [Rejection], pseudonym: ((String) -> String)? = nil) -> String {
        let personColumns: Set<String> = ["person_id", "suspect_person_id", "alias_id", "source", "target"]
        var writer = CSVWriter(header: csvHeader)
        for r in rejections {
            var value = r.value
            if let pseudonym, personColumns.contains(r.column), !value.isEmpty { value = pseudonym(value) }
            let reason = r.detail.isEmpty ? r.reason : "\(r.reason) (\(r.detail))"
            writer.row([r.file, String(r.line), r.column, CSVWriter.spreadsheetSafe(value), reason])
        }
        return writer.text
    }
}

/// Why a single row was rejected; thrown by per-kind row parsers and caught by the table reader.
struct RowRejection: Error {
    let column: String
    let value: String
    let reason: String
    /// See ``Rejection/detail``.
    var detail = ""
}
