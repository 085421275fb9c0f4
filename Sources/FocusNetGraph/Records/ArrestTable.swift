import Foundation

/// Arrest records in columnar form: one row per person per arrest, identifiers interned.
///
/// Person and arrest indices are dense (`0..<personCount`, `0..<arrestCount`) and numbered in
/// identifier order. Shapes: every per-row column has `rowCount` entries, except ``area`` and
/// ``charge``, which are empty when the file has no such column.
public struct ArrestTable: Sendable {
    /// Person index of each row (into ``RecordSet/personIDs``; aliases already resolved).
    public internal(set) var person: [Int32] = []
    /// Arrest index of each row.
    public internal(set) var arrest: [Int32] = []
    /// Arrest date of each row.
    public internal(set) var day: [CalendarDay] = []
    /// Offense category of each row, `nil` when the file has none.
    public internal(set) var category: [OffenseCategory?] = []
    /// Whether a gun was involved, `nil` when unknown.
    public internal(set) var gunInvolved: [Bool?] = []
    /// Area index of each row (into ``RecordSet/areaIDs``), -1 when blank; empty without an `area` column.
    public internal(set) var area: [Int32] = []
    /// The agency's charge text of each row (folded); empty without a `charge` column.
    public internal(set) var charge = CodeColumn()
    /// Arrest identifiers by arrest index.
    public internal(set) var arrestIDs: [String] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { person.count }
    /// Distinct arrests (interned arrest ids).
    public var arrestCount: Int { arrestIDs.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension ArrestTable {
    /// The ages at arrest FocusNet accepts, in whole years (both ends allowed).
    public static let plausibleAges = 10...100

    /// Reads an arrests file (see ``InputKind/arrests``) into the table.
    ///
    /// Rules: identifiers trimmed and NFC-normalized, blank ones rejected, person ids resolved
    /// through the aliases; dates in the mapping's formats and not after the data's end; when the
    /// person's birth date is known, not before it and an age in ``plausibleAges``;
    /// `offense_category` case-folded and code-mapped; `gun_involved` one of
    /// `0/1/true/false/yes/no/y/n/si/sí`; a row equal to an earlier one in every read column is a
    /// duplicate (counted, not kept). An arrest whose rows carry different dates is kept and
    /// counted as a warning.
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (ArrestTable, FileReport, Interner)
    {
        var table = ArrestTable()
        var arrests = Interner()
        var arrestDay: [Int32] = []          // first date seen for each arrest index
        var charges = CodeColumnBuilder()
        // Exact duplicates share their (arrest, person) pair with the row they repeat: remember the
        // first kept row of each pair (8-byte keys; a set of whole rows took twice the memory) and
        // compare the rest of the row only when a pair comes back.
        var firstRow: [UInt64: Int32] = [:]
        var moreRows: [UInt64: [Int32]] = [:]   // further kept rows of a pair (other details)
        // Room for the rows a file of this size likely holds (a row of the required columns takes
        // ~30–50 bytes; under-estimating costs a rehash, over-estimating idle capacity).
        let expected = TableReader.expectedRows(url, bytesPerRow: 48)
        firstRow.reserveCapacity(expected)
        table.reserveCapacity(expected)
        arrests.reserveCapacity(expected * 3 / 4)   // ~0.7 arrests per row in records exports
        arrestDay.reserveCapacity(expected * 3 / 4)
        var warnings: [String: Int] = [:]
        let end = context.dataEnd
        let report = try TableReader.read(.arrests, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let arrestID = try row.identifier("arrest_id", changed: &changed)
            let personID = try row.person("person_id", context: context, changed: &changed)
            let day = try row.requiredDate("arrest_date", notAfter: end)
            try row.check(day, column: "arrest_date", of: personID, context: context, ages: plausibleAges, event: "arrest")
            let category = try row.code("offense_category", as: OffenseCategory.self, changed: &changed)
            let gun = try row.flag("gun_involved", changed: &changed)
            let areaName = try row.optionalIdentifier("area", changed: &changed)
            let chargeText = try row.code("charge", allowed: nil, changed: &changed)

            let p = context.intern(personID), a = arrests.intern(arrestID)
            let area = areaName.map { context.areas.intern($0) } ?? -1
            let charge = charges.intern(chargeText)
            let hasArea = row.has("area"), hasCharge = row.has("charge")
            func repeats(_ r: Int32) -> Bool {
                let r = Int(r)
                return table.day[r] == day && table.category[r] == category && table.gunInvolved[r] == gun
                    && (!hasArea || table.area[r] == area) && (!hasCharge || charges.code(at: r) == charge)
            }
            let pair = UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: p))
            let newRow = Int32(table.person.count)
            if let first = firstRow.updateValue(newRow, forKey: pair) {
                firstRow[pair] = first
                if repeats(first) || moreRows[pair, default: []].contains(where: repeats) { return .duplicate }
                moreRows[pair, default: []].append(newRow)
            }
            if Int(a) == arrestDay.count {
                arrestDay.append(day.daysSinceEpoch)
            } else if arrestDay[Int(a)] != day.daysSinceEpoch {
                warnings["rows whose arrest_id has another row with a different arrest_date", default: 0] += 1
            }
            table.person.append(p)
            table.arrest.append(a)
            table.day.append(day)
            table.category.append(category)
            table.gunInvolved.append(gun)
            if hasArea { table.area.append(area) }
            if hasCharge { charges.append(code: charge) }
            return .accepted(alias: personID.wasAlias, day: day)
        }
        var full = report
        full.warnings.merge(warnings) { $1 }
        table.charge = charges.finish()
        return (table, full, arrests)
    }

    mutating func reserveCapacity(_ rows: Int) {
        person.reserveCapacity(rows)
        arrest.reserveCapacity(rows)
        day.reserveCapacity(rows)
        category.reserveCapacity(rows)
        gunInvolved.reserveCapacity(rows)
    }

    /// Renumbers persons, areas and arrests into identifier order (see ``Interner/finish()``).
    mutating func renumber(persons: [Int32], areas: [Int32], arrests: (names: [String], renumber: [Int32])) {
        person.renumber(persons)
        arrest.renumber(arrests.renumber)
        area.renumber(areas)
        arrestIDs = arrests.names
    }
}

extension MappedRow {
    /// A 0/1 flag; `nil` when absent or blank. The mapping's code table for the column is
    /// applied first (e.g. `con arma: 1`).
    func flag(_ column: String, changed: inout Bool) throws(RowRejection) -> Bool? {
        guard var (value, didChange) = try folded(column) else { return nil }
        if let mapped = schema.codes[column]?[value] {
            didChange = didChange || mapped != value
            value = mapped
        }
        switch value {
        case "":
            schema.blankCodes.note(column)
            return nil
        case "1", "true", "yes", "y", "si", "sí", "t": changed = changed || didChange || value != "1"; return true
        case "0", "false", "no", "n", "f": changed = changed || didChange || value != "0"; return false
        default: throw RowRejection(column: column, value: try text(column) ?? "", reason: "not a 0/1 flag")
        }
    }
}
