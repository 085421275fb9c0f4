/// Blank values in optional coded columns (``InputKind/codedColumns``): accepted, read as "no
/// code", and counted per file and column as a warning so that a column left empty by an export
/// does not go unnoticed (docs/data-formats.md, "Rejection reasons and warnings").
///
/// Counting costs nothing on a row with no blank code: a blank is noted for the row being read
/// and kept only when the row is accepted (a rejected or duplicate row adds no warning).
final class BlankCodes {
    /// Blank count per column, parallel to ``columns``.
    private var counts: [Int]
    private let columns: [String]
    /// Columns (indices into ``columns``) blank in the row being read.
    private var pending: [Int] = []

    init(kind: InputKind) {
        columns = kind.codedColumns
        counts = [Int](repeating: 0, count: columns.count)
    }

    /// An empty count over the same columns (for another piece of the same file).
    init(sameColumnsAs other: BlankCodes) {
        columns = other.columns
        counts = [Int](repeating: 0, count: columns.count)
    }

    /// The columns blank in the row being read, as bits (bit i: column i; at most 6 columns).
    var pendingMask: UInt8 { pending.reduce(0) { $0 | 1 << UInt8($1) } }

    /// Adds the counts of a later piece of the same file.
    func absorb(_ later: BlankCodes) {
        for i in counts.indices { counts[i] += later.counts[i] }
    }

    /// Takes back the blanks of an accepted row found afterwards to be a duplicate (`mask` as in ``pendingMask``).
    func remove(_ mask: UInt8) {
        for i in counts.indices where mask & 1 << UInt8(i) != 0 { counts[i] -= 1 }
    }

    /// Notes that `column` is blank in the row being read.
    func note(_ column: String) {
        if let i = columns.firstIndex(of: column) { pending.append(i) }
    }

    /// Whether the row being read has a blank code (checked once per row, an array count).
    @inline(__always) var hasPending: Bool { !pending.isEmpty }

    /// The row was accepted: its blanks count.
    func commit() {
        for i in pending { counts[i] += 1 }
        pending.removeAll(keepingCapacity: true)
    }

    /// The row was rejected or a duplicate: its blanks do not count.
    func discard() { pending.removeAll(keepingCapacity: true) }

    /// The warnings, e.g. `"blank offense_category (read as: no category, not violent or weapons)"` → 12.
    func warnings(kind: InputKind) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, column) in columns.enumerated() where counts[i] > 0 {
            out[BlankCodes.warning(kind: kind, column: column)] = counts[i]
        }
        return out
    }

    /// The warning text of a blank `column` of a `kind` file, naming what a blank is read as.
    static func warning(kind: InputKind, column: String) -> String {
        "blank \(column) (read as: \(meaning(kind: kind, column: column)))"
    }

    private static func meaning(kind: InputKind, column: String) -> String {
        switch (kind, column) {
        case (.arrests, "offense_category"): "no category, not violent or weapons"
        case (.arrests, "gun_involved"): "unknown, not a gun arrest"
        case (.persons, "custody_status"): "unknown, custody periods decide"
        case (.persons, "supervision"): "unknown, not supervised"
        default: "not recorded"
        }
    }
}
