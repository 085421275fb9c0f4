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

    /// Reads an arrests file (see ``InputKind/arrests``) into the table; also returns the arrest
    /// ids in order of first use (the table's arrest column numbers them so until ``renumber``).
    ///
    /// Rules: identifiers trimmed and NFC-normalized, blank ones rejected, person ids resolved
    /// through the aliases; dates in the mapping's formats and not after the data's end; when the
    /// person's birth date is known, not before it and an age in ``plausibleAges``;
    /// `offense_category` case-folded and code-mapped; `gun_involved` one of
    /// `0/1/true/false/yes/no/y/n/si/sí`; a row equal to an earlier one in every read column is a
    /// duplicate (counted, not kept). An arrest whose rows carry different dates is kept and
    /// counted as a warning.
    ///
    /// A large file is read in pieces on all cores (`plan`, see ``PiecePlan``): each piece keeps
    /// its rows with identifiers numbered within it (``ArrestPiece``), and ``merge(_:context:)``
    /// joins them in file order into exactly the table, interners, counts and rejections one
    /// pass gives. Measured: see docs/performance.md, "Records ingest".
    static func read(_ url: URL, mapping: InputMapping, context: ReadContext, rejects: inout RejectLog,
                     plan: PiecePlan = .automatic)
        throws(RecordError) -> (ArrestTable, FileReport, [String])
    {
        var merged: (table: ArrestTable, arrestIDs: [String], differentDates: Int)?
        let end = context.dataEnd
        var report = try TableReader.read(
            .arrests, at: url, mapping: mapping, plan: plan, rejects: &rejects,
            rows: { bytes in ArrestPiece(bytes: bytes) },
            row: { piece, row, changed throws(RowRejection) in try piece.read(row, context: context, end: end, changed: &changed) },
            merge: { pieces in
                let (table, arrests, differentDates, demoted) = merge(pieces, context: context)
                merged = (table, arrests, differentDates)
                return demoted
            })
        guard let merged else { preconditionFailure("a file read without error is merged") }
        if merged.differentDates > 0 { report.warnings[differentDatesWarning] = merged.differentDates }
        return (merged.table, report, merged.arrestIDs)
    }

    /// The warning counting rows whose arrest has an earlier row with another date.
    static let differentDatesWarning = "rows whose arrest_id has another row with a different arrest_date"

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
