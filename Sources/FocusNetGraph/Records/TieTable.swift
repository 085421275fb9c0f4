import Foundation

/// A one-mode network given directly, in columnar form: one row per tie.
///
/// For data that arrive as a network rather than as arrest records (a partner agency's
/// co-offending ties, a published network such as Grund & Densley's London gang). Shapes: every
/// column has `rowCount` entries.
public struct TieTable: Sendable {
    /// Person index of each end (into ``RecordSet/personIDs``; aliases resolved), `source < target`.
    public internal(set) var source: [Int32] = []
    public internal(set) var target: [Int32] = []
    /// Tie strength (default 1 when the file has no `weight` column).
    public internal(set) var weight: [Double] = []
    /// Date the tie was observed, `nil` when undated (an undated tie is in every window).
    public internal(set) var day: [CalendarDay?] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { source.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension TieTable {
    /// Reads a ties file (see ``InputKind/ties``).
    ///
    /// Rules (docs/data-formats.md, "Ties"): both ends are person identifiers (aliases resolved),
    /// a tie of a person to themselves is rejected; `weight` a finite number > 0 — weight 1 when
    /// the file has no `weight` column, while a blank, non-numeric, non-finite or non-positive
    /// weight in a `weight` column is rejected; `date` optional, not after the data's end.
    /// Rows for a pair already listed are all kept and their weights add up (an edge list with
    /// one row per shared event keeps every event); they are counted as a warning.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (TieTable, FileReport)
    {
        var table = TieTable()
        var seen = Set<Key>()
        var repeated = 0
        let end = context.dataEnd
        let report = try TableReader.read(.ties, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let a = try row.person("source", context: context, changed: &changed)
            let b = try row.person("target", context: context, changed: &changed)
            guard a.value != b.value else {
                throw row.rejection("target", "tie of a person to themselves")
            }
            var weight = 1.0
            if let raw = try row.text("weight") {
                let text = raw.trimmingCharacters(in: .whitespaces)
                guard !text.isEmpty else {
                    throw RowRejection(column: "weight", value: raw, reason: "blank weight (leave the column out for weight 1)")
                }
                guard let w = Double(text), w.isFinite, w > 0 else {
                    throw RowRejection(column: "weight", value: raw, reason: "weight is not a number > 0")
                }
                weight = w
            }
            let day = try row.date("date", required: false, notAfter: end)
            let p = context.intern(a), q = context.intern(b)
            if !seen.insert(Key(a: min(p, q), b: max(p, q))).inserted { repeated += 1 }
            table.source.append(p)
            table.target.append(q)
            table.weight.append(weight)
            table.day.append(day)
            return .accepted(alias: a.wasAlias || b.wasAlias, day: day)
        }
        var counted = report
        if repeated > 0 { counted.warnings[TieTable.repeatedPairWarning] = repeated }
        return (table, counted)
    }

    /// The warning counted for rows that list a pair again (their weights add up).
    static let repeatedPairWarning = "rows listing a pair again (weights added up)"

    /// Renumbers persons into identifier order, keeping `source < target`.
    mutating func renumber(persons: [Int32]) {
        for i in source.indices {
            let a = persons[Int(source[i])], b = persons[Int(target[i])]
            source[i] = min(a, b)
            target[i] = max(a, b)
        }
    }

    private struct Key: Hashable { let a: Int32, b: Int32 }
}
