import Foundation

/// Arrest records in columnar form: one row per person per arrest, identifiers interned.
///
/// Person and arrest indices are dense (`0..<personCount`, `0..<arrestCount`) and numbered in
/// identifier order. Shapes: every per-row column has `rowCount` entries.
public struct ArrestTable: Sendable {
    /// Person index of each row.
    public internal(set) var person: [Int32] = []
    /// Arrest index of each row.
    public internal(set) var arrest: [Int32] = []
    /// Arrest date of each row.
    public internal(set) var day: [CalendarDay] = []
    /// Offense category of each row, `nil` when the file has none.
    public internal(set) var category: [OffenseCategory?] = []
    /// Whether a gun was involved, `nil` when unknown.
    public internal(set) var gunInvolved: [Bool?] = []
    /// Arrest identifiers by arrest index.
    public internal(set) var arrestIDs: [String] = []

    public var rowCount: Int { person.count }
    public var arrestCount: Int { arrestIDs.count }

    public init() {}
}

extension ArrestTable {
    /// Reads an arrests file (see ``InputKind/arrests``) into the table.
    ///
    /// Rules: identifiers trimmed and NFC-normalized, blank ones rejected; dates in the mapping's
    /// formats; `offense_category` case-folded and code-mapped; `gun_involved` one of
    /// `0/1/true/false/yes/no/y/n/si/sí`; a row equal to an earlier one in every read column is a
    /// duplicate (counted, not kept).
    static func read(
        _ url: URL, mapping: InputMapping, persons: inout Interner, rejects: inout RejectLog
    ) throws(RecordError) -> (ArrestTable, FileReport, Interner) {
        var table = ArrestTable()
        var arrests = Interner()
        var seen = Set<RowKey>()
        let report = try TableReader.read(.arrests, at: url, mapping: mapping, rejects: &rejects) { row throws(RowRejection) in
            var changed = false
            let arrestID = try row.identifier("arrest_id", changed: &changed)
            let personID = try row.identifier("person_id", changed: &changed)
            guard let day = try row.date("arrest_date", required: true) else { preconditionFailure("required date") }
            let category = try row.code("offense_category", allowed: OffenseCategory.names, changed: &changed)
                .flatMap(OffenseCategory.init(name:))
            let gun = try row.flag("gun_involved", changed: &changed)
            let p = persons.intern(personID), a = arrests.intern(arrestID)
            let key = RowKey(person: p, arrest: a, day: day.daysSinceEpoch, category: category?.rawValue ?? 255,
                             gun: gun.map { $0 ? 1 : 0 } ?? 255)
            guard seen.insert(key).inserted else { return .duplicate }
            table.person.append(p)
            table.arrest.append(a)
            table.day.append(day)
            table.category.append(category)
            table.gunInvolved.append(gun)
            return .accepted(normalized: changed)
        }
        return (table, report, arrests)
    }

    /// Renumbers persons and arrests into identifier order (see ``Interner/finish()``).
    mutating func renumber(persons: [Int32], arrests: (names: [String], renumber: [Int32])) {
        for i in person.indices {
            person[i] = persons[Int(person[i])]
            arrest[i] = arrests.renumber[Int(arrest[i])]
        }
        arrestIDs = arrests.names
    }
}

private struct RowKey: Hashable {
    let person: Int32, arrest: Int32, day: Int32, category: UInt8, gun: UInt8
}

extension MappedRow {
    /// A 0/1 flag; `nil` when absent or blank.
    func flag(_ column: String, changed: inout Bool) throws(RowRejection) -> Bool? {
        let raw = try text(column) ?? ""
        let (value, didChange) = FieldRules.code(raw)
        switch value {
        case "": return nil
        case "1", "true", "yes", "y", "si", "sí", "t": changed = changed || didChange || value != "1"; return true
        case "0", "false", "no", "n", "f": changed = changed || didChange || value != "0"; return false
        default: throw RowRejection(column: column, value: raw, reason: "not a 0/1 flag")
        }
    }
}
