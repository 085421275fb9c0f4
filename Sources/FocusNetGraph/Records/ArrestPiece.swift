/// The arrest rows one piece of an arrests file kept, with identifiers numbered within the
/// piece: persons and areas in ``PieceNames`` (their shared index when known before the file),
/// arrests and charges in the piece's own interners. Duplicates are found within the piece;
/// ``ArrestTable/merge(_:context:)`` finds those across pieces.
final class ArrestPiece {
    /// Rows kept; `person` and `area` hold local indices (area -1 when blank), `arrest` the
    /// index in ``arrests``.
    var table = ArrestTable()
    var charges = CodeColumnBuilder()
    var arrests = Interner()
    var persons = PieceNames()
    var areas = PieceNames()
    /// The date (days since epoch) of the first kept row of each local arrest.
    var arrestDay: [Int32] = []
    /// Kept rows whose arrest's first kept row in this piece has another date.
    var differentDates = 0
    /// Whether the file has the optional `area` and `charge` columns (known from the first row read).
    private(set) var columns: (area: Bool, charge: Bool)?
    // Exact duplicates share their (arrest, person) pair with the row they repeat: remember the
    // first kept row of each pair (8-byte keys; a set of whole rows took twice the memory) and
    // compare the rest of the row only when a pair comes back.
    private var firstRow: [UInt64: Int32] = [:]
    private var moreRows: [UInt64: [Int32]] = [:]   // further kept rows of a pair (other details)

    /// Room for `expectedRows` (a row of the required columns takes ~30–50 bytes of a file;
    /// under-estimating costs a rehash, over-estimating idle capacity).
    init(expectedRows: Int) {
        let expected = min(expectedRows, Int(Int32.max))
        firstRow.reserveCapacity(expected)
        table.reserveCapacity(expected)
        arrests.reserveCapacity(expected * 3 / 4)   // ~0.7 arrests per row in records exports
        arrestDay.reserveCapacity(expected * 3 / 4)
    }

    /// Reads one row (the rules are ``ArrestTable``'s), keeping it or calling it a duplicate of
    /// an earlier row of the piece.
    func read(_ row: MappedRow, context: ReadContext, end: CalendarDay, changed: inout Bool) throws(RowRejection) -> RowOutcome {
        let arrestID = try row.identifier("arrest_id", changed: &changed)
        let (personID, knownPerson) = try row.person("person_id", context: context, names: persons, changed: &changed)
        let day = try row.requiredDate("arrest_date", notAfter: end)
        try row.check(day, column: "arrest_date", of: personID, context: context, ages: ArrestTable.plausibleAges, event: "arrest")
        let category = try row.code("offense_category", as: OffenseCategory.self, changed: &changed)
        let gun = try row.flag("gun_involved", changed: &changed)
        let areaName = try row.optionalIdentifier("area", changed: &changed)
        let chargeText = try row.code("charge", allowed: nil, changed: &changed)

        let p = knownPerson ?? persons.add(personID.value, shared: personID.index)
        let a = arrests.intern(arrestID)
        var area: Int32 = -1
        if let areaName {
            let (local, shared) = areas.find(areaName, in: context.areas)
            area = local ?? areas.add(areaName, shared: shared)
        }
        let charge = charges.intern(chargeText)
        let hasArea = row.has("area"), hasCharge = row.has("charge")
        if columns == nil { columns = (hasArea, hasCharge) }
        let values = ArrestRow(person: p, arrest: a, day: day, category: category, gun: gun, area: area, charge: charge)
        func repeats(_ r: Int32) -> Bool { values.repeats(Int(r), of: table, charges: charges, area: hasArea, charge: hasCharge) }
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
            differentDates += 1
        }
        values.append(to: &table, charges: &charges, area: hasArea, charge: hasCharge)
        return .accepted(alias: personID.wasAlias, day: day)
    }
}

extension ArrestTable {
    /// Joins the pieces of one arrests file, in file order, into the rows a single pass keeps:
    /// persons and areas join the context's indices (new ones in order of first use, as one pass
    /// interns them), arrests and charges one interner each; a row of a piece whose arrest
    /// appeared in an earlier piece is checked against that arrest's earlier rows (a duplicate
    /// is dropped and reported in `demoted`, by its row in its piece) and its date against the
    /// arrest's first date.
    /// - Returns: the table (charges finished), the arrest interner, the count of rows whose
    ///   arrest has another date, and the demoted rows of each piece.
    /// - Complexity: O(rows) plus one hash per distinct identifier of each piece after the
    ///   first (the first piece's interners are taken over when the context's are empty) and
    ///   per row of an arrest that spans pieces.
    static func merge(_ pieces: [ArrestPiece], context: ReadContext)
        -> (table: ArrestTable, arrests: Interner, differentDates: Int, demoted: [[Int]])
    {
        var demoted = [[Int]](repeating: [], count: pieces.count)
        let first = pieces[0]
        var table = ArrestTable(), arrests = Interner(), charges = CodeColumnBuilder()
        swap(&table, &first.table)
        swap(&arrests, &first.arrests)
        swap(&charges, &first.charges)
        var firstDay = first.arrestDay
        var differentDates = pieces.reduce(0) { $0 + $1.differentDates }
        if let map = first.persons.join(into: &context.persons) { table.person.renumber(map) }
        if let map = first.areas.join(into: &context.areas) { table.area.renumber(map) }
        guard pieces.count > 1 else {
            table.charge = charges.finish()
            return (table, arrests, differentDates, demoted)
        }

        // Arrests: each one's first piece, and whether later pieces have rows of it too.
        var firstPiece = [Int32](repeating: 0, count: arrests.count)
        var spans = [Bool](repeating: false, count: arrests.count)
        let arrestMaps: [[Int32]] = pieces.indices.map { k in
            guard k > 0 else { return [] }
            let piece = pieces[k]
            return piece.arrests.names.indices.map { i in
                let before = arrests.count
                let g = arrests.intern(piece.arrests.names[i])
                if Int(g) == before {
                    firstPiece.append(Int32(k))
                    spans.append(false)
                    firstDay.append(piece.arrestDay[i])
                } else if firstPiece[Int(g)] != k {
                    spans[Int(g)] = true
                }
                return g
            }
        }
        let (hasArea, hasCharge) = pieces.lazy.compactMap(\.columns).first ?? (false, false)
        // Kept rows of arrests that span pieces, by (arrest, person) pair.
        var spanning: [UInt64: [Int32]] = [:]
        func key(_ a: Int32, _ p: Int32) -> UInt64 { UInt64(UInt32(bitPattern: a)) << 32 | UInt64(UInt32(bitPattern: p)) }
        for r in table.person.indices where spans[Int(table.arrest[r])] {
            spanning[key(table.arrest[r], table.person[r]), default: []].append(Int32(r))
        }
        let total = pieces.reduce(0) { $0 + $1.table.rowCount }
        table.reserveCapacity(total)
        if hasArea { table.area.reserveCapacity(total) }

        for k in 1..<pieces.count {
            let piece = pieces[k]
            let persons = piece.persons.join(into: &context.persons)
            let areas = piece.areas.join(into: &context.areas)
            let chargeMap = piece.charges.names.map { charges.intern($0) }
            let arrestMap = arrestMaps[k]
            let rows = piece.table
            piece.table = ArrestTable()
            for r in 0..<rows.rowCount {
                let localArrest = Int(rows.arrest[r])
                let a = arrestMap[localArrest]
                let p = persons.map { $0[Int(rows.person[r])] } ?? rows.person[r]
                let day = rows.day[r]
                let area = hasArea ? (rows.area[r] < 0 ? -1 : areas.map { $0[Int(rows.area[r])] } ?? rows.area[r]) : -1
                let localCharge = hasCharge ? piece.charges.code(at: r) : 0
                let values = ArrestRow(person: p, arrest: a, day: day, category: rows.category[r], gun: rows.gunInvolved[r],
                                       area: area, charge: localCharge == 0 ? 0 : chargeMap[Int(localCharge) - 1])
                if firstPiece[Int(a)] != k {
                    // An arrest of an earlier piece: the row's date was compared with this
                    // piece's first date of it; compare it with the file's first instead.
                    if day.daysSinceEpoch != piece.arrestDay[localArrest] { differentDates -= 1 }
                    let earlier = spanning[key(a, p)] ?? []
                    if earlier.contains(where: { values.repeats(Int($0), of: table, charges: charges, area: hasArea, charge: hasCharge) }) {
                        demoted[k].append(r)
                        continue
                    }
                    if day.daysSinceEpoch != firstDay[Int(a)] { differentDates += 1 }
                }
                if spans[Int(a)] { spanning[key(a, p), default: []].append(Int32(table.person.count)) }
                values.append(to: &table, charges: &charges, area: hasArea, charge: hasCharge)
            }
        }
        table.charge = charges.finish()
        return (table, arrests, differentDates, demoted)
    }
}

/// The values of one arrest row, as the table stores them.
struct ArrestRow {
    let person: Int32, arrest: Int32
    let day: CalendarDay
    let category: OffenseCategory?
    let gun: Bool?
    let area: Int32
    let charge: UInt32

    /// Whether row `r` of `table` (charges in `charges`) has the same date, category, flag and,
    /// when the file has those columns, area and charge: a duplicate when the pair is the same.
    @inline(__always)
    func repeats(_ r: Int, of table: ArrestTable, charges: CodeColumnBuilder, area hasArea: Bool, charge hasCharge: Bool) -> Bool {
        table.day[r] == day && table.category[r] == category && table.gunInvolved[r] == gun
            && (!hasArea || table.area[r] == area) && (!hasCharge || charges.code(at: r) == charge)
    }

    /// Appends the row (the area and charge only when the file has those columns).
    @inline(__always)
    func append(to table: inout ArrestTable, charges: inout CodeColumnBuilder, area hasArea: Bool, charge hasCharge: Bool) {
        table.person.append(person)
        table.arrest.append(arrest)
        table.day.append(day)
        table.category.append(category)
        table.gunInvolved.append(gun)
        if hasArea { table.area.append(area) }
        if hasCharge { charges.append(code: charge) }
    }
}
