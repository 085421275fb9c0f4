import Foundation

/// Gunshot victimizations in columnar form: one row per victim per incident.
///
/// Shapes: every per-row column has `rowCount` entries, except ``area``, empty when the file
/// has no `area` column.
public struct VictimizationTable: Sendable {
    /// Incident index of each row (into ``RecordSet/incidentIDs``, shared with shootings).
    public internal(set) var incident: [Int32] = []
    /// Person index of the victim (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var person: [Int32] = []
    public internal(set) var day: [CalendarDay] = []
    public internal(set) var type: [VictimizationType] = []
    /// Area index (into ``RecordSet/areaIDs``), -1 when blank.
    public internal(set) var area: [Int32] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { person.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension VictimizationTable {
    /// Reads a victimizations file (see ``InputKind/victimizations``).
    ///
    /// Rules: identifiers as everywhere; `date` required, not after the data's end, not before
    /// the victim's birth; `type` folded and mapped onto `shot_fatal` / `shot_nonfatal` (e.g.
    /// `homicidio`, `lesiones por arma de fuego`), anything else rejected; exact duplicates
    /// counted and removed.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (VictimizationTable, FileReport)
    {
        var table = VictimizationTable()
        var seen = Set<Key>()
        let end = context.dataEnd
        let report = try TableReader.read(.victimizations, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let incidentID = try row.identifier("incident_id", changed: &changed)
            let id = try row.person("person_id", context: context, changed: &changed)
            let day = try row.requiredDate("date", notAfter: end)
            try row.check(day, column: "date", of: id, context: context)
            guard let type = try row.code("type", as: VictimizationType.self, changed: &changed) else {
                throw row.rejection("type", "blank type")
            }
            let areaName = try row.optionalIdentifier("area", changed: &changed)
            let p = context.intern(id), i = context.incidents.intern(incidentID)
            let area = areaName.map { context.areas.intern($0) } ?? -1
            guard seen.insert(Key(incident: i, person: p, day: day.daysSinceEpoch, type: type.rawValue, area: area)).inserted
            else { return .duplicate }
            table.incident.append(i)
            table.person.append(p)
            table.day.append(day)
            table.type.append(type)
            if row.has("area") { table.area.append(area) }
            return .accepted(alias: id.wasAlias, day: day)
        }
        return (table, report)
    }

    mutating func renumber(persons: [Int32], areas: [Int32], incidents: [Int32]) {
        person.renumber(persons)
        incident.renumber(incidents)
        area.renumber(areas)
    }

    private struct Key: Hashable { let incident: Int32, person: Int32, day: Int32, type: UInt8, area: Int32 }
}
