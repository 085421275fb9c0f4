import Foundation

/// Custody periods (jail, prison) in columnar form, for backtests: a person in custody on a
/// date could not offend or be called in then.
///
/// Shapes: every per-row column has `rowCount` entries, except ``type``, empty when the file has
/// no `type` column.
public struct CustodyTable: Sendable {
    /// Person index of each row (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var person: [Int32] = []
    /// First day in custody.
    public internal(set) var start: [CalendarDay] = []
    /// Last day in custody (inclusive); `nil` when still in custody (blank `end`).
    public internal(set) var end: [CalendarDay?] = []
    /// The kind of custody as coded in the file (e.g. `jail`, `prison`).
    public internal(set) var type = CodeColumn()

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { person.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension CustodyTable {
    /// Reads a custody file (see ``InputKind/custody``).
    ///
    /// Rules: identifiers as everywhere; `start` required, not after the data's end, not before
    /// the person's birth; `end` may be blank (still in custody) or after the data's end (a
    /// scheduled release), but not before `start`; exact duplicates counted and removed.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (CustodyTable, FileReport)
    {
        var table = CustodyTable()
        var types = CodeColumnBuilder()
        var seen = Set<Key>()
        let dataEnd = context.dataEnd
        let report = try TableReader.read(.custody, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let id = try row.person("person_id", context: context, changed: &changed)
            let start = try row.requiredDate("start", notAfter: dataEnd)
            try row.check(start, column: "start", of: id, context: context)
            let end = try row.date("end", required: false)
            if !CalendarInterval(start: start, end: end).isOrdered {
                throw row.rejection("end", "end before start")
            }
            let type = try row.code("type", allowed: nil, changed: &changed)
            let p = context.intern(id), t = types.intern(type)
            guard seen.insert(Key(person: p, start: start.daysSinceEpoch, end: end?.daysSinceEpoch ?? .max, type: t)).inserted
            else { return .duplicate }
            table.person.append(p)
            table.start.append(start)
            table.end.append(end)
            if row.has("type") { types.append(code: t) }
            return .accepted(alias: id.wasAlias, day: start)
        }
        table.type = types.finish()
        return (table, report)
    }

    mutating func renumber(persons: [Int32]) { person.renumber(persons) }

    private struct Key: Hashable { let person: Int32, start: Int32, end: Int32, type: UInt32 }
}
