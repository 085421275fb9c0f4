import Foundation

/// Group (gang, crew) memberships in columnar form: one row per person per group.
///
/// Shapes: every per-row column has `rowCount` entries, except ``source``, empty when the file
/// has no `source` column.
public struct MembershipTable: Sendable {
    /// Person index of each row (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var person: [Int32] = []
    /// Group index of each row (into ``groupIDs``).
    public internal(set) var group: [Int32] = []
    /// First and last date the membership was recorded, `nil` when not given.
    public internal(set) var firstSeen: [CalendarDay?] = []
    public internal(set) var lastSeen: [CalendarDay?] = []
    /// Where the membership comes from (e.g. `gang_database`, `field_interview`).
    public internal(set) var source = CodeColumn()
    /// Group identifiers in UTF-8 order.
    public internal(set) var groupIDs: [String] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { person.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension MembershipTable {
    /// Reads a memberships file (see ``InputKind/memberships``).
    ///
    /// Rules: identifiers as everywhere; `first_seen`, `last_seen` optional, not after the data's
    /// end, not before the person's birth; `last_seen` before `first_seen` rejected; exact
    /// duplicates counted and removed.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (MembershipTable, FileReport)
    {
        var table = MembershipTable()
        var groups = Interner()
        var sources = CodeColumnBuilder()
        var seen = Set<Key>()
        let end = context.dataEnd
        let report = try TableReader.read(.memberships, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let id = try row.person("person_id", context: context, changed: &changed)
            let groupID = try row.identifier("group_id", changed: &changed)
            let first = try row.date("first_seen", required: false, notAfter: end)
            let last = try row.date("last_seen", required: false, notAfter: end)
            if let first { try row.check(first, column: "first_seen", of: id, context: context) }
            if let last { try row.check(last, column: "last_seen", of: id, context: context) }
            if let first, !CalendarInterval(start: first, end: last).isOrdered {
                throw row.rejection("last_seen", "last_seen before first_seen")
            }
            let source = try row.code("source", allowed: nil, changed: &changed)
            let p = context.intern(id), g = groups.intern(groupID), s = sources.intern(source)
            let key = Key(person: p, group: g, first: first?.daysSinceEpoch ?? .min, last: last?.daysSinceEpoch ?? .min, source: s)
            guard seen.insert(key).inserted else { return .duplicate }
            table.person.append(p)
            table.group.append(g)
            table.firstSeen.append(first)
            table.lastSeen.append(last)
            if row.has("source") { sources.append(code: s) }
            return .accepted(alias: id.wasAlias, day: first, until: last)
        }
        let (names, renumber) = groups.finish()
        table.groupIDs = names
        table.group.renumber(renumber)
        table.source = sources.finish()
        return (table, report)
    }

    mutating func renumber(persons: [Int32]) { person.renumber(persons) }

    private struct Key: Hashable { let person: Int32, group: Int32, first: Int32, last: Int32, source: UInt32 }
}
