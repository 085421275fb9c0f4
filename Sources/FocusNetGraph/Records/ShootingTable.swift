import Foundation

/// Shootings with an identified suspect, in columnar form: one row per suspect per incident.
///
/// Shapes: every per-row column has `rowCount` entries, except ``area``, empty when the file
/// has no `area` column.
public struct ShootingTable: Sendable {
    /// Incident index of each row (into ``RecordSet/incidentIDs``, shared with victimizations).
    public internal(set) var incident: [Int32] = []
    /// Person index of the suspect (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var suspect: [Int32] = []
    public internal(set) var day: [CalendarDay] = []
    /// Area index (into ``RecordSet/areaIDs``), -1 when blank.
    public internal(set) var area: [Int32] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { suspect.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension ShootingTable {
    /// Reads a shootings file (see ``InputKind/shootings``).
    ///
    /// Rules: identifiers as everywhere; `date` required, not after the data's end, not before
    /// the suspect's birth; exact duplicates counted and removed.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (ShootingTable, FileReport)
    {
        var table = ShootingTable()
        var seen = Set<Key>()
        let end = context.dataEnd
        let report = try TableReader.read(.shootings, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let incidentID = try row.identifier("incident_id", changed: &changed)
            let id = try row.person("suspect_person_id", context: context, changed: &changed)
            let day = try row.requiredDate("date", notAfter: end)
            try row.check(day, column: "date", of: id, context: context)
            let areaName = try row.optionalIdentifier("area", changed: &changed)
            let p = context.intern(id), i = context.incidents.intern(incidentID)
            let area = areaName.map { context.areas.intern($0) } ?? -1
            guard seen.insert(Key(incident: i, person: p, day: day.daysSinceEpoch, area: area)).inserted else { return .duplicate }
            table.incident.append(i)
            table.suspect.append(p)
            table.day.append(day)
            if row.has("area") { table.area.append(area) }
            return .accepted(alias: id.wasAlias, day: day)
        }
        return (table, report)
    }

    mutating func renumber(persons: [Int32], areas: [Int32], incidents: [Int32]) {
        suspect.renumber(persons)
        incident.renumber(incidents)
        area.renumber(areas)
    }

    private struct Key: Hashable { let incident: Int32, person: Int32, day: Int32, area: Int32 }
}
