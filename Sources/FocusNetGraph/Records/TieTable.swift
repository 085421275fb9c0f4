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
    /// What rows for the same pair mean; under ``TieDuplicates/reject`` the table holds one row
    /// per pair, under `sum` and `max` every row, combined per window by ``CoOffendingNetwork``.
    public internal(set) var duplicates = TieDuplicates.sum

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
    /// Rows for a pair already listed follow the mapping's ``InputMapping/duplicates`` rule
    /// (default ``TieDuplicates/sum``): under `sum` and `max` every row is kept (combined per
    /// window when the network is built) and counted as a warning; under `reject` every row of a
    /// pair listed more than once is rejected.
    /// - Complexity: O(r) expected for r rows, plus O(r log r) under `reject`.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (TieTable, FileReport)
    {
        var table = TieTable()
        let rule = mapping.duplicates ?? .sum
        table.duplicates = rule
        var seen = Set<Key>()
        var repeated = 0
        var pending: [PendingTie] = []   // under `reject`: interned once the pair's rows are known
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
            if rule == .reject {
                pending.append(PendingTie(a: a, b: b, weight: weight, day: day, line: row.line, changed: changed))
                return .accepted(alias: a.wasAlias || b.wasAlias, day: day)
            }
            let p = context.intern(a), q = context.intern(b)
            if !seen.insert(Key(a: min(p, q), b: max(p, q))).inserted { repeated += 1 }
            table.source.append(p)
            table.target.append(q)
            table.weight.append(weight)
            table.day.append(day)
            return .accepted(alias: a.wasAlias || b.wasAlias, day: day)
        }
        var counted = report
        if rule == .reject {
            table.keepSinglePairs(pending, context: context, file: url.path, report: &counted, rejects: &rejects)
        } else if repeated > 0 {
            counted.warnings[rule.warning] = repeated
        }
        return (table, counted)
    }

    /// A ties row read under ``TieDuplicates/reject``, before its people are interned: a person
    /// whose only rows are rejected must not enter the person index.
    struct PendingTie {
        let a: PersonID, b: PersonID
        let weight: Double
        let day: CalendarDay?
        let line: Int
        let changed: Bool
    }

    /// Under ``TieDuplicates/reject``: keeps the rows of pairs listed once, and moves every row of
    /// a pair listed more than once from the accepted rows to the rejections (in line order), each
    /// naming the pair's lines. No row is kept in their place: choosing one (by line or by date)
    /// would let a row outside the window, or dated after the as-of date, decide a tie inside it.
    private mutating func keepSinglePairs(_ rows: [PendingTie], context: ReadContext, file: String,
                                          report: inout FileReport, rejects: inout RejectLog) {
        func key(_ row: PendingTie) -> [String] { [Swift.min(row.a.value, row.b.value), Swift.max(row.a.value, row.b.value)] }
        var lines: [[String]: [Int]] = [:]
        for row in rows { lines[key(row), default: []].append(row.line) }
        var log = RejectLog()
        for row in rows {
            let pairLines = lines[key(row)]!
            if pairLines.count == 1 {
                let p = context.intern(row.a), q = context.intern(row.b)
                source.append(p)
                target.append(q)
                weight.append(row.weight)
                day.append(row.day)
                continue
            }
            let named = pairLines.prefix(5).map(String.init).joined(separator: ", ") + (pairLines.count > 5 ? ", …" : "")
            log.add(Rejection(file: file, line: row.line, column: "", value: "lines \(named)",
                              reason: TieDuplicates.rejectionReason), to: &report)
            report.accepted -= 1
            if row.changed { report.normalized -= 1 }
            if row.a.wasAlias || row.b.wasAlias { report.aliasesResolved -= 1 }
        }
        rejects.merge(log)
        report.firstDate = nil
        report.lastDate = nil
        for d in day { report.note(d) }
    }

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
