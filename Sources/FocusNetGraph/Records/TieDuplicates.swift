/// What a ties file's rows for the same unordered pair mean (`--tie-duplicates`, or
/// `duplicates:` in the mapping's `ties` block); docs/data-formats.md, "Ties".
///
/// Every rule is applied without looking past the as-of date D: `sum` and `max` combine only the
/// rows dated in the window (undated rows are in every window) when the network is built, and
/// `reject` keeps the row of a pair that is in the most windows — the undated one, else the
/// earliest dated (the first in file order among equals) — so which row is kept never depends on
/// a row dated after a D at which the pair is tied.
public enum TieDuplicates: String, Sendable, Codable, CaseIterable {
    /// The weights of a pair's rows in the window add up (one row per shared event or relation).
    case sum
    /// A pair's tie strength is the largest weight among its rows in the window.
    case max
    /// A pair may be listed once: every further row is rejected, naming the line kept.
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

    /// The rejection reason of a row repeating a pair under ``reject``; the value column names
    /// the line kept.
    static let rejectionReason = "pair listed on another line (--tie-duplicates reject)"
}
