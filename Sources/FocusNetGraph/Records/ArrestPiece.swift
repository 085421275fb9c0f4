/// The arrest rows one piece of an arrests file kept, with identifiers numbered within the
/// piece: persons and areas in ``PieceNames`` (their shared index when known before the file),
/// arrests and charges in the piece's own interners. Duplicates are found within the piece;
/// ``ArrestTable/merge(_:context:)`` finds those across pieces.
final class ArrestPiece {
    // The per-row state is `@exclusivity(unchecked)`: only the thread reading the piece touches
    // it, and the dynamic access checks of class properties cost ≈ 3 % of a row (perf, 10M rows).
    /// Rows kept; `person` and `area` hold local indices (area -1 when blank), `arrest` the
    /// index in ``arrests``.
    @exclusivity(unchecked) var table = ArrestTable()
    @exclusivity(unchecked) var charges = CodeColumnBuilder()
    @exclusivity(unchecked) var arrests = Interner()
    @exclusivity(unchecked) var persons = PieceNames()
    @exclusivity(unchecked) var areas = PieceNames()
    /// The date (days since epoch) of the first kept row of each local arrest.
    @exclusivity(unchecked) var arrestDay: [Int32] = []
    /// Kept rows whose arrest's first kept row in this piece has another date.
    @exclusivity(unchecked) var differentDates = 0
    /// The index of the last arrest id interned: rows of one arrest usually follow each other,
    /// so most rows find their arrest by one compare of its bytes, without hashing.
    @exclusivity(unchecked) private var lastArrest: Int32?
    /// Whether the file has the optional `area` and `charge` columns (known from the first row read).
    private(set) var columns: (area: Bool, charge: Bool)?
    /// The field positions of the code and area columns (`nil`: the file lacks it), from the first row.
    private var positions: (category: Int?, gun: Int?, area: Int?, charge: Int?)?
    /// The field positions of `arrest_id` and `person_id` (required columns), from the first row.
    private var identifierPositions: (arrest: Int, person: Int)?
    // What the exact bytes of a code, flag, area or charge field were read as (the value and
    // whether reading it changed the text), for fields of kept rows: matched on the raw bytes,
    // a value seen before needs no String, folding or String-keyed lookup.
    @exclusivity(unchecked) private var categoryMemo = FieldMemo<(value: OffenseCategory, changed: Bool)>()
    @exclusivity(unchecked) private var gunMemo = FieldMemo<(value: Bool, changed: Bool)>()
    @exclusivity(unchecked) private var areaMemo = FieldMemo<(value: Int32, changed: Bool)>()
    @exclusivity(unchecked) private var chargeMemo = FieldMemo<(value: UInt32, changed: Bool)>()
    // Exact duplicates share their arrest and person with the row they repeat. Arrests are dense
    // local indices with a few rows each, so each arrest's kept rows form a list (newest first,
    // linked through the rows) that a new row walks; an arrest with more than `listLimit` rows
    // (an event id shared by a crowd) moves to a map keyed by (arrest, person) instead. The
    // (arrest, person) map for every row cost ≈ 10 % of a row (perf, 10M rows).
    /// The last kept row of each local arrest.
    @exclusivity(unchecked) private var lastRowOfArrest: [Int32] = []
    /// Kept rows of each local arrest.
    @exclusivity(unchecked) private var rowsOfArrest: [Int32] = []
    /// For each kept row, the kept row of its arrest before it (-1: none).
    @exclusivity(unchecked) private var earlierRowOfArrest: [Int32] = []
    /// Kept rows by (arrest, person), for the arrests with more than `listLimit` rows only.
    @exclusivity(unchecked) private var pairRows: [UInt64: [Int32]] = [:]
    /// The longest list of an arrest's rows walked before it moves to `pairRows`.
    static let listLimit: Int32 = 16

    /// Room for the rows of `bytes` bytes of the file (a row of the required columns takes
    /// ~30–50 bytes of a file; under-estimating costs a rehash, over-estimating idle capacity).
    /// The arrest ids' table, whose slots are zeroed (resident) when reserved, is sized for
    /// ``sampleRows`` rows at first, then from the rows and arrests that sample met (see
    /// ``sizeFromSample(_:)``).
    init(bytes: Int) {
        self.bytes = bytes
        let expected = min(bytes / 48, Int(Int32.max))
        table.reserveCapacity(expected)
        earlierRowOfArrest.reserveCapacity(expected)
        arrests.reserveCapacity(min(expected, ArrestPiece.sampleRows) * 3 / 4)
        persons.reserveCapacity(expected * 3 / 10)  // ~0.3 distinct persons per row (growing it was ≈ 5 % of a row)
        arrestDay.reserveCapacity(expected * 3 / 4)
        lastRowOfArrest.reserveCapacity(expected * 3 / 4)
        rowsOfArrest.reserveCapacity(expected * 3 / 4)
    }

    /// The bytes of the file the piece covers.
    private let bytes: Int
    /// Rows read so far (kept, duplicate or rejected), counted up to ``sampleRows``, and the byte
    /// offset of the first.
    @exclusivity(unchecked) private var sampled = (rows: 0, firstOffset: 0)
    /// The rows after which the arrest ids' table is sized from what they held.
    static let sampleRows = 16_384

    /// Sizes the arrest ids' table for the piece from its first ``sampleRows`` rows: the bytes
    /// a row takes and the arrests a row adds (≈ 0.71 in the simulated city and state exports
    /// and in israel_burglary_2020h1, 0.33 in the 10M-row benchmark file), with 10 % to spare.
    /// A fixed 0.75 a row (on 48 bytes a row) zeroed 128 MiB of table per piece of the
    /// benchmark file where 32 MiB hold its arrests. Capacity only: indices follow first use.
    private func sizeFromSample(_ offset: Int) {
        let bytesPerRow = max(1, Double(offset - sampled.firstOffset) / Double(ArrestPiece.sampleRows - 1))
        let rows = Double(bytes) / bytesPerRow
        let arrestsPerRow = Double(arrests.count) / Double(ArrestPiece.sampleRows)
        arrests.reserveCapacity(Int(min(rows * arrestsPerRow * 1.1, Double(Int32.max))))
    }

    /// Reads one row (the rules are ``ArrestTable``'s), keeping it or calling it a duplicate of
    /// an earlier row of the piece.
    func read(_ row: MappedRow, context: ReadContext, end: CalendarDay, changed: inout Bool) throws(RowRejection) -> RowOutcome {
        if sampled.rows < ArrestPiece.sampleRows {
            if sampled.rows == 0 { sampled.firstOffset = row.row.byteOffset }
            sampled.rows += 1
            if sampled.rows == ArrestPiece.sampleRows { sizeFromSample(row.row.byteOffset) }
        }
        let ids = identifierPositions ?? {
            guard let arrest = row.schema.position("arrest_id"), let person = row.schema.position("person_id") else {
                preconditionFailure("arrest_id and person_id are required columns")
            }
            identifierPositions = (arrest, person)
            return (arrest, person)
        }()
        // A clean identifier (the common case) is looked up as the field's bytes; a String is
        // made only for one that needs cleaning (or an alias lookup) and for a name new to the piece.
        let arrestID = row.row.withField(ids.arrest, FieldRules.isCleanIdentifier) ? nil
            : try row.identifier("arrest_id", changed: &changed)
        let person = try piecePerson(row, at: ids.person, context: context, changed: &changed)
        let day = try row.requiredDate("arrest_date", notAfter: end)
        try row.check(day, column: "arrest_date", ofPerson: person.shared, context: context, ages: ArrestTable.plausibleAges,
                      event: "arrest")
        let at = positions ?? {
            let found = (row.schema.position("offense_category"), row.schema.position("gun_involved"),
                         row.schema.position("area"), row.schema.position("charge"))
            positions = found
            return found
        }()
        // Each field: its remembered reading, else the full one (which may reject the row).
        let knownCategory = row.remembered(at: at.category, in: categoryMemo)
        var categoryChanged = knownCategory?.changed ?? false
        let category = if let knownCategory { knownCategory.value } else {
            try row.code("offense_category", as: OffenseCategory.self, changed: &categoryChanged)
        }
        let knownGun = row.remembered(at: at.gun, in: gunMemo)
        var gunChanged = knownGun?.changed ?? false
        let gun = if let knownGun { knownGun.value } else { try row.flag("gun_involved", changed: &gunChanged) }
        let knownArea = row.remembered(at: at.area, in: areaMemo)
        var areaChanged = knownArea?.changed ?? false
        let areaName = knownArea != nil ? nil : try row.optionalIdentifier("area", changed: &areaChanged)
        let knownCharge = row.remembered(at: at.charge, in: chargeMemo)
        var chargeChanged = knownCharge?.changed ?? false
        let chargeText = knownCharge != nil ? nil : try row.code("charge", allowed: nil, changed: &chargeChanged)
        changed = changed || categoryChanged || gunChanged || areaChanged || chargeChanged

        let p = person.local ?? person.name.map { persons.add($0, shared: person.shared) }
            ?? row.row.withField(ids.person) { persons.add($0, shared: person.shared) }
        let a = if var arrestID { arrestID.withUTF8(arrestIndex) } else { row.row.withField(ids.arrest, arrestIndex) }
        var area = knownArea?.value ?? -1
        if let areaName {
            let (local, shared) = areas.find(areaName, in: context.areas)
            area = local ?? areas.add(areaName, shared: shared)
        }
        let charge = knownCharge?.value ?? charges.intern(chargeText)
        let hasArea = at.area != nil, hasCharge = at.charge != nil
        if columns == nil { columns = (hasArea, hasCharge) }
        let values = ArrestRow(person: p, arrest: a, day: day, category: category, gun: gun, area: area, charge: charge)
        if Int(a) < arrestDay.count, repeatsKeptRow(values, area: hasArea, charge: hasCharge) { return .duplicate }
        if Int(a) == arrestDay.count {
            arrestDay.append(day.daysSinceEpoch)
        } else if arrestDay[Int(a)] != day.daysSinceEpoch {
            differentDates += 1
        }
        keep(values, area: hasArea, charge: hasCharge)
        // Remembered only now that the row is kept (an area or charge interned by a row that a
        // later field rejects would change the numbering), and never a blank (counted per row).
        if knownCategory == nil, let category { row.remember((category, categoryChanged), at: at.category, in: &categoryMemo) }
        if knownGun == nil, let gun { row.remember((gun, gunChanged), at: at.gun, in: &gunMemo) }
        if areaName != nil { row.remember((area, areaChanged), at: at.area, in: &areaMemo) }
        if chargeText != nil { row.remember((charge, chargeChanged), at: at.charge, in: &chargeMemo) }
        return .accepted(alias: person.wasAlias, day: day)
    }

    /// The person of a row as ``MappedRow/person(_:context:names:changed:)`` reads it, looked up
    /// on the field's bytes when they are a clean identifier and no aliases are known: `name` is
    /// then `nil` (the bytes are the name).
    @inline(__always)
    private func piecePerson(_ row: MappedRow, at position: Int, context: ReadContext, changed: inout Bool)
        throws(RowRejection) -> (local: Int32?, shared: Int32?, wasAlias: Bool, name: String?)
    {
        if context.aliases.isEmpty, let (local, shared) = row.row.withField(position, { bytes in
            FieldRules.isCleanIdentifier(bytes) ? persons.find(bytes, in: context.persons) : nil
        }) {
            return (local, shared, false, nil)
        }
        let (id, local) = try row.person("person_id", context: context, names: persons, changed: &changed)
        return (local, id.index, id.wasAlias, id.value)
    }

    /// The local index of the arrest id with these UTF-8 bytes, interning it when new; the
    /// arrest of the row before is found without hashing.
    @inline(__always)
    private func arrestIndex(_ id: UnsafeBufferPointer<UInt8>) -> Int32 {
        if let last = lastArrest, arrests.name(Int(last), equals: id) { return last }
        let a = arrests.intern(id)
        lastArrest = a
        return a
    }

    /// Whether a kept row of the row's arrest has its person and every other value (a duplicate).
    /// - Complexity: O(rows of the arrest) up to ``listLimit`` rows, else O(rows of the pair).
    @inline(__always)
    private func repeatsKeptRow(_ values: ArrestRow, area hasArea: Bool, charge hasCharge: Bool) -> Bool {
        let a = Int(values.arrest)
        if rowsOfArrest[a] > ArrestPiece.listLimit {
            return pairRows[ArrestPiece.pair(values.arrest, values.person)]?.contains {
                values.repeats(Int($0), of: table, charges: charges, area: hasArea, charge: hasCharge)
            } ?? false
        }
        var r = lastRowOfArrest[a]
        while r >= 0 {
            if table.person[Int(r)] == values.person,
               values.repeats(Int(r), of: table, charges: charges, area: hasArea, charge: hasCharge) { return true }
            r = earlierRowOfArrest[Int(r)]
        }
        return false
    }

    /// Appends a kept row to the table and to its arrest's rows (moving the arrest's rows to
    /// ``pairRows`` when they pass ``listLimit``).
    @inline(__always)
    private func keep(_ values: ArrestRow, area hasArea: Bool, charge hasCharge: Bool) {
        let a = Int(values.arrest), row = Int32(table.person.count)
        values.append(to: &table, charges: &charges, area: hasArea, charge: hasCharge)
        if a == lastRowOfArrest.count {
            lastRowOfArrest.append(-1)
            rowsOfArrest.append(0)
        }
        earlierRowOfArrest.append(lastRowOfArrest[a])
        lastRowOfArrest[a] = row
        rowsOfArrest[a] += 1
        if rowsOfArrest[a] == ArrestPiece.listLimit + 1 {
            var r = row
            while r >= 0 {
                pairRows[ArrestPiece.pair(values.arrest, table.person[Int(r)]), default: []].append(r)
                r = earlierRowOfArrest[Int(r)]
            }
        } else if rowsOfArrest[a] > ArrestPiece.listLimit + 1 {
            pairRows[ArrestPiece.pair(values.arrest, values.person), default: []].append(row)
        }
    }

    /// The 8-byte key of an (arrest, person) pair.
    @inline(__always)
    static func pair(_ arrest: Int32, _ person: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: arrest)) << 32 | UInt64(UInt32(bitPattern: person))
    }
}

extension MappedRow {
    /// The value `memo` holds for the exact bytes of field `position` (`nil`: none, or no such column).
    @inline(__always)
    func remembered<Value>(at position: Int?, in memo: FieldMemo<Value>) -> Value? {
        guard let position else { return nil }
        return row.withField(position) { memo.value(for: $0) }
    }

    /// Remembers `value` in `memo` for the exact bytes of field `position` (nothing when `nil`).
    @inline(__always)
    func remember<Value>(_ value: Value, at position: Int?, in memo: inout FieldMemo<Value>) {
        guard let position else { return }
        row.withField(position) { memo.remember(value, for: $0) }
    }
}

/// The values of one arrest row, as the table stores them (in a merge, area -1 and charge 0
/// when the file lacks those columns, so that `==` compares what a duplicate must repeat).
struct ArrestRow: Equatable {
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
