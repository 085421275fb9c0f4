/// How one date column of one file was read: the format used, whether it was declared or
/// inferred from the column's values, and the time zone UTC offsets were converted to.
///
/// Recorded in the validation report and the run manifest, so a run can be repeated with the
/// same reading (declare `format` to get it).
public struct DateColumnReport: Sendable, Equatable, Codable {
    /// The canonical column, e.g. `arrest_date`.
    public let column: String
    /// The one format the column was read in.
    public let format: DateFormat
    /// `true` when inferred from the values (nothing, or a list of several, was declared).
    public let inferred: Bool
    /// Non-blank values examined (of rows that reached the date check).
    public let values: Int
    /// The IANA zone values with a UTC offset were converted to; `nil` when no value had one.
    public let timeZone: String?
    /// Values with a UTC offset, converted to their local date in ``timeZone``.
    public let converted: Int

    /// A column's account (see the properties).
    public init(column: String, format: DateFormat, inferred: Bool, values: Int, timeZone: String?, converted: Int) {
        self.column = column
        self.format = format
        self.inferred = inferred
        self.values = values
        self.timeZone = timeZone
        self.converted = converted
    }

    enum CodingKeys: String, CodingKey {
        case column, format, inferred, values, converted
        case timeZone = "time_zone"
    }

    /// One line for summaries, e.g. `arrest_date: day-first (dd/mm/yyyy), inferred from 18 values`.
    public var summary: String {
        "\(column): \(format.pattern), " + (inferred ? "inferred from \(values) values" : "declared")
            + (timeZone.map { "; \(converted) with a UTC offset dated in \($0)" } ?? "")
    }
}
