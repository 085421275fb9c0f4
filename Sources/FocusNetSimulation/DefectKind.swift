/// A defect that `focusnet simulate --dirty` (``RegionSimulator/writeDirty(_:to:)``) writes into
/// the synthetic record files, at a fixed rate, with what FocusNet's reader does with it under the
/// default mapping (canonical columns, `date_formats: [iso]`, `unknown_codes: reject`).
///
/// Row defects are counted per clean data row of a file: a file of *r* rows on which the defect
/// applies gets `max(1, round(rate × r))` of them (none when *r* = 0), so that even the 17 rows of
/// a tiny `shootings.csv` carry each one. File defects are counted per file: `max(1, round(rate ×
/// 7))` of the seven files get one. Every count is exact and recorded in ``DirtyManifest``.
public enum DefectKind: String, CaseIterable, Sendable, Codable {
    /// A byte-for-byte copy of a row, right after it. Removed as a duplicate.
    case duplicateRow = "duplicate_row"
    /// A copy of a row whose person column (`person_id`, `suspect_person_id`) is empty or white
    /// space. Rejected: `blank <column>`.
    case blankPersonID = "blank_person_id"
    /// A copy of a row whose main date is not a date in the `iso` format (`unknown`, `N/A`,
    /// `00/00/0000`, `2021/03/05`, `05.03.2021`). Rejected: `unparseable date (expected iso)`.
    case unparseableDate = "unparseable_date"
    /// A copy of a row whose main date is not a calendar date (`2021-02-30`, `2021-04-31`,
    /// `2021-13-01`, `2021-00-10`…). Rejected with the same reason as ``unparseableDate``.
    case impossibleDate = "impossible_date"
    /// A copy of a row whose closed-list code is not on the list (`offense_category` `arson`,
    /// victimization `type` `stabbing`, `custody_status` `escaped`…). Rejected:
    /// `unknown <column> code (expected a|b|…)`.
    case unknownCode = "unknown_code"
    /// A row whose identifier (the person column; `area` in `population.csv`) is padded with
    /// spaces (` P000123`, `P000123  `). Accepted, counted as normalized.
    case whitespacePadding = "whitespace_padding"
    /// A row whose lower-case code is written upper-case or capitalized (`VIOLENT`,
    /// `Shot_fatal`). Accepted, counted as normalized.
    case caseNoise = "case_noise"
    /// A row whose main date is in another form the `iso` format reads: one-digit month or day
    /// (`2021-3-5`) or a time part (`2021-03-05T00:00:00`, `2021-03-05 00:00`). Accepted; dates are
    /// not counted as normalized.
    case otherDateFormat = "other_date_format"
    /// A row whose main date is an ISO 8601 time stamp with a decimal comma
    /// (`"2021-03-05T14:07:33,250"`), so the field holds a comma and is quoted. Accepted (the time
    /// part is ignored).
    case quotedComma = "quoted_comma"
    /// The file starts with the UTF-8 byte-order mark. Skipped by the reader.
    case byteOrderMark = "byte_order_mark"
    /// Every line of the file, the header's included, ends in CR LF. Read like LF.
    case crlfLineEnds = "crlf_line_ends"

    /// What the reader does with a defect.
    public enum Effect: Sendable {
        /// An inserted copy of a clean row, counted as a duplicate and removed.
        case duplicate
        /// An inserted copy of a clean row, with one defect that rejects it.
        case rejected
        /// A clean row written differently; the reader keeps it with the clean row's values.
        case accepted
        /// A property of the whole file; no row is added or changed.
        case file
    }

    /// What the reader does with this defect under the default mapping.
    public var effect: Effect {
        switch self {
        case .duplicateRow: .duplicate
        case .blankPersonID, .unparseableDate, .impossibleDate, .unknownCode: .rejected
        case .whitespacePadding, .caseNoise, .otherDateFormat, .quotedComma: .accepted
        case .byteOrderMark, .crlfLineEnds: .file
        }
    }

    /// Share of a file's clean rows given the defect (row defects), or share of the files given
    /// it (file defects). The rejecting defects add up to 0.6% of a file's rows, so data of city
    /// scale and above stay under `validate`'s default `--max-reject-rate` of 1%.
    public var rate: Double {
        switch self {
        case .duplicateRow: 0.01
        case .blankPersonID: 0.002
        case .unparseableDate: 0.001
        case .impossibleDate: 0.001
        case .unknownCode: 0.002
        case .whitespacePadding: 0.01
        case .caseNoise: 0.01
        case .otherDateFormat: 0.005
        case .quotedComma: 0.002
        case .byteOrderMark: 0.5
        case .crlfLineEnds: 0.5
        }
    }

    /// How many of `total` rows (or files) get the defect: `max(1, round(rate × total))`, 0 when
    /// `total` is 0.
    func count(of total: Int) -> Int {
        total > 0 ? max(1, Int((rate * Double(total)).rounded())) : 0
    }
}
