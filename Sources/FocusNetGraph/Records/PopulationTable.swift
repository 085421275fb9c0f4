import Foundation

/// Resident population per area, for rates: one row per area.
public struct PopulationTable: Sendable {
    /// Area index of each row (into ``RecordSet/areaIDs``).
    public internal(set) var area: [Int32] = []
    /// Residents of each row's area.
    public internal(set) var population: [Int] = []

    /// Rows accepted (duplicates and rejects are not rows).
    public var rowCount: Int { area.count }

    /// An empty table: the file was not given.
    public init() {}
}

extension PopulationTable {
    /// Reads a population file (see ``InputKind/population``).
    ///
    /// Rules: `area` an identifier (trimmed, NFC, blank rejected); `population` a whole number
    /// ≥ 0 written with digits only; an area listed again with the same population is a
    /// duplicate, with another population it is rejected (`conflicting population for one area`).
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog)
        throws(RecordError) -> (PopulationTable, FileReport)
    {
        var table = PopulationTable()
        var rowOf: [Int32: Int] = [:]
        let report = try TableReader.read(.population, at: url, mapping: mapping, rejects: &rejects) { row, changed throws(RowRejection) in
            let areaName = try row.identifier("area", changed: &changed)
            let raw = try row.text("population") ?? ""
            let digits = raw.trimmingCharacters(in: .whitespaces)
            guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let count = Int(digits) else {
                throw RowRejection(column: "population", value: raw,
                                   reason: digits.isEmpty ? "blank population" : "population not a whole number")
            }
            if digits != raw { changed = true }
            if let a = context.areas.index(of: areaName), let r = rowOf[a] {
                if table.population[r] == count { return .duplicate }
                throw RowRejection(column: "population", value: raw, reason: "conflicting population for one area")
            }
            let a = context.areas.intern(areaName)
            rowOf[a] = table.area.count
            table.area.append(a)
            table.population.append(count)
            return .accepted()
        }
        return (table, report)
    }

    mutating func renumber(areas: [Int32]) { area.renumber(areas) }
}
