/// What a ties file's rows for the same unordered pair mean (`--tie-duplicates`, or
/// `duplicates:` in the mapping's `ties` block); docs/data-formats.md, "Ties".
///
/// Every rule is applied without looking past the as-of date D: `sum` and `max` combine only the
/// rows dated in the window (undated rows are in every window) when the network is built, and
/// `reject` rejects every row of a repeated pair, so no row dated outside the window decides
/// which one counts.
public enum TieDuplicates: String, Sendable, Codable, CaseIterable {
    /// The weights of a pair's rows in the window add up (one row per shared event or relation).
    case sum
    /// A pair's tie strength is the largest weight among its rows in the window.
    case max
    /// A pair may be listed once: all rows of a pair listed more than once are rejected, each
    /// naming the pair's lines (the data gate then stops the run unless they are few).
    case reject

    /// The warning counted for the rows that repeat a pair under this rule (`reject` counts them
    /// as rejections, with ``rejectionReason``).
    var warning: String {
        switch self {
        case .sum: "rows repeat a pair: weights summed"
        case .max: "rows repeat a pair: largest weight kept"
        case .reject: "rows repeat a pair: rejected"
        }
    }

    /// The rejection reason of each row of a repeated pair under ``reject``; the value column
    /// names the pair's lines.
    static let rejectionReason = "pair listed on more than one line (--tie-duplicates reject)"
}
